package io.junction.sql.expression;

/** The SQL keyword {@code NULL}, as in {@code SET parent_id = NULL}. */
public final class Null extends ColumnElement {
    static final Null INSTANCE = new Null();

    private Null() {
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNull(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.token("NULL");
    }
}
