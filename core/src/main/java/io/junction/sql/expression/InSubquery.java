package io.junction.sql.expression;

/** {@code expr IN (SELECT ...)} or {@code NOT IN}. */
public final class InSubquery extends ColumnElement {
    private final ColumnElement operand;
    private final Select subquery;
    private final boolean negated;

    public InSubquery(ColumnElement operand, Select subquery, boolean negated) {
        this.operand = operand;
        this.subquery = subquery;
        this.negated = negated;
    }

    public ColumnElement operand() {
        return operand;
    }

    public Select subquery() {
        return subquery;
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public int precedence() {
        return 5;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInSubquery(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open(negated ? "notinsub" : "insub");
        operand.describe(shape);
        subquery.describe(shape);
        shape.close();
    }
}
