package io.junction.sql.expression;

/** {@code expr BETWEEN lower AND upper}. */
public final class Between extends ColumnElement {
    private final ColumnElement operand;
    private final ColumnElement lower;
    private final ColumnElement upper;

    public Between(ColumnElement operand, ColumnElement lower, ColumnElement upper) {
        this.operand = operand;
        this.lower = lower;
        this.upper = upper;
    }

    public ColumnElement operand() {
        return operand;
    }

    public ColumnElement lower() {
        return lower;
    }

    public ColumnElement upper() {
        return upper;
    }

    @Override
    public int precedence() {
        return 5;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBetween(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("between");
        operand.describe(shape);
        lower.describe(shape);
        upper.describe(shape);
        shape.close();
    }
}
