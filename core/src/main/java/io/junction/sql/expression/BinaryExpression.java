package io.junction.sql.expression;

/** {@code left OP right}, a comparison or LIKE. */
public final class BinaryExpression extends ColumnElement {
    private final ColumnElement left;
    private final Operator operator;
    private final ColumnElement right;

    public BinaryExpression(ColumnElement left, Operator operator, ColumnElement right) {
        this.left = left;
        this.operator = operator;
        this.right = right;
    }

    public ColumnElement left() {
        return left;
    }

    public Operator operator() {
        return operator;
    }

    public ColumnElement right() {
        return right;
    }

    @Override
    public int precedence() {
        return operator.precedence();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBinary(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("bin").token(operator.name());
        left.describe(shape);
        right.describe(shape);
        shape.close();
    }
}
