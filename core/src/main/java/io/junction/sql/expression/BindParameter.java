package io.junction.sql.expression;

/**
 * A value sent to the database as a JDBC parameter, never as SQL text. A parameter with a key
 * takes its value from each row of an executemany; one without a key carries its value.
 */
public final class BindParameter extends ColumnElement {
    private final String key;
    private final Object value;
    private final ValueType type;

    BindParameter(String key, Object value, ValueType type) {
        this.key = key;
        this.value = value;
        this.type = type;
    }

    /** The name under which rows of a batch provide this parameter's value, or {@code null}. */
    public String key() {
        return key;
    }

    public Object value() {
        return value;
    }

    @Override
    public ValueType valueType() {
        return type;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBindParameter(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.bind(this);
    }
}
