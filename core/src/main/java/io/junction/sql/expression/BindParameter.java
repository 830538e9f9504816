package io.junction.sql.expression;

import java.util.function.Supplier;

/**
 * A value sent to the database as a JDBC parameter, never as SQL text. A parameter with a key
 * takes its value from each row of an executemany; one without a key carries its value.
 */
public final class BindParameter extends ColumnElement {
    private final String key;
    private final Object value;
    private final ValueType type;
    private final Supplier<?> later;

    BindParameter(String key, Object value, ValueType type) {
        this(key, value, type, null);
    }

    private BindParameter(String key, Object value, ValueType type, Supplier<?> later) {
        this.key = key;
        this.value = value;
        this.type = type;
        this.later = later;
    }

    /** A parameter whose value is asked of {@code later} each time the statement runs. */
    static BindParameter later(Supplier<?> later, ValueType type) {
        return new BindParameter(null, null, type, later);
    }

    /** The name under which rows of a batch provide this parameter's value, or {@code null}. */
    public String key() {
        return key;
    }

    /** The value: the one given, or the one its supplier gives now. */
    public Object value() {
        return later == null ? value : later.get();
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
