package io.junction.orm.event;

/**
 * A listener for a member being appended to a collection attribute (SQLAlchemy's {@code append}
 * event with {@code retval=True}): it returns the member to append instead. Throwing leaves the
 * collection unchanged.
 *
 * @param <T> the mapped class that holds the collection
 * @param <V> the member type
 */
@FunctionalInterface
public interface AppendListener<T, V> {

    V append(T target, V value);
}
