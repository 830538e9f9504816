package io.junction.sql.expression;

/** {@code operand [NOT] LIKE pattern [ESCAPE 'c']}. */
public final class Like extends ColumnElement {
    private final ColumnElement operand;
    private final ColumnElement pattern;
    private final boolean negated;
    private final Character escape;

    public Like(ColumnElement operand, ColumnElement pattern, boolean negated, Character escape) {
        this.operand = operand;
        this.pattern = pattern;
        this.negated = negated;
        this.escape = escape;
    }

    public ColumnElement operand() {
        return operand;
    }

    public ColumnElement pattern() {
        return pattern;
    }

    public boolean negated() {
        return negated;
    }

    /** The ESCAPE character, or {@code null} for the database's default. */
    public Character escape() {
        return escape;
    }

    @Override
    public int precedence() {
        return 5;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitLike(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("like").token(negated ? "NOT LIKE" : "LIKE").token(escape == null ? "no-escape" : "escape " + escape);
        operand.describe(shape);
        pattern.describe(shape);
        shape.close();
    }
}
