package io.junction.sql.expression;

/** {@code expr IS NULL} or {@code expr IS NOT NULL}. */
public final class NullTest extends ColumnElement {
    private final ColumnElement operand;
    private final boolean negated;

    public NullTest(ColumnElement operand, boolean negated) {
        this.operand = operand;
        this.negated = negated;
    }

    public ColumnElement operand() {
        return operand;
    }

    /** True for IS NOT NULL. */
    public boolean negated() {
        return negated;
    }

    @Override
    public int precedence() {
        return 5;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNullTest(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open(negated ? "notnull" : "isnull");
        operand.describe(shape);
        shape.close();
    }
}
