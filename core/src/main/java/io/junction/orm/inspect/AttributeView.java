package io.junction.orm.inspect;

/**
 * One mapped attribute of an inspected object, SQLAlchemy's {@code inspect(obj).attrs[name]}.
 *
 * @param name the attribute's name
 * @param loaded whether it holds a loaded value (reading it would run no SQL)
 * @param value the value it held when inspected, read without loading: for a collection an
 *        unmodifiable copy of its members; {@code null} when not loaded
 * @param history its changes since the last load or flush
 */
public record AttributeView(String name, boolean loaded, Object value, AttributeHistory history) {
}
