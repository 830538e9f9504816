package io.junction.sql.expression;

import java.util.List;

/** {@code expr IN (v1, v2, ...)} or {@code NOT IN}; an empty list is never true (never false for NOT IN). */
public final class InList extends ColumnElement {
    private final ColumnElement operand;
    private final List<ColumnElement> values;
    private final boolean negated;

    public InList(ColumnElement operand, List<ColumnElement> values, boolean negated) {
        this.operand = operand;
        this.values = List.copyOf(values);
        this.negated = negated;
    }

    public ColumnElement operand() {
        return operand;
    }

    public List<ColumnElement> values() {
        return values;
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
        return visitor.visitInList(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open(negated ? "notin" : "in").token(Integer.toString(values.size()));
        operand.describe(shape);
        for (ColumnElement value : values) {
            value.describe(shape);
        }
        shape.close();
    }
}
