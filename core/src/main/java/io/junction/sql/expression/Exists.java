package io.junction.sql.expression;

/** {@code EXISTS (SELECT ...)}. */
public final class Exists extends ColumnElement {
    private final Select subquery;

    Exists(Select subquery) {
        this.subquery = subquery;
    }

    public Select subquery() {
        return subquery;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitExists(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("exists");
        subquery.describe(shape);
        shape.close();
    }
}
