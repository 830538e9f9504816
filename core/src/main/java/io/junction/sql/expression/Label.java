package io.junction.sql.expression;

/** {@code expr AS name} in a select list. */
public final class Label extends ColumnElement {
    private final String name;
    private final ColumnElement element;

    public Label(String name, ColumnElement element) {
        this.name = name;
        this.element = element;
    }

    public String name() {
        return name;
    }

    public ColumnElement element() {
        return element;
    }

    @Override
    public ValueType valueType() {
        return element.valueType();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitLabel(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("label").token(name);
        element.describe(shape);
        shape.close();
    }
}
