package io.junction.sql.expression;

/** {@code NOT criterion}. */
public final class Not extends ColumnElement {
    private final ColumnElement operand;

    public Not(ColumnElement operand) {
        this.operand = operand;
    }

    public ColumnElement operand() {
        return operand;
    }

    @Override
    public int precedence() {
        return 4;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNot(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("not");
        operand.describe(shape);
        shape.close();
    }
}
