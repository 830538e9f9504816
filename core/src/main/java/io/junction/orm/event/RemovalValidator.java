package io.junction.orm.event;

/**
 * A validator that also sees removals (SQLAlchemy's {@code @validates(..., include_removes=True)}):
 * {@code removing} is true for a member removed from a collection, and the value returned for it is
 * ignored. Java has no attribute deletion, so a scalar is only ever set: {@code removing} is false.
 *
 * @param <T> the mapped class
 * @param <V> the attribute's type, or the member type of a collection
 */
@FunctionalInterface
public interface RemovalValidator<T, V> {

    V validate(T target, String key, V value, boolean removing);
}
