package io.junction.sql.expression;

/** A one-column SELECT used as a value: {@code (SELECT count(*) FROM ...)}. */
public final class ScalarSubquery extends ColumnElement {
    private final Select select;

    ScalarSubquery(Select select) {
        this.select = select;
    }

    public Select select() {
        return select;
    }

    @Override
    public ValueType valueType() {
        return select.columns().size() == 1 ? select.columns().get(0).valueType() : null;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitScalarSubquery(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("scalar");
        select.describe(shape);
        shape.close();
    }
}
