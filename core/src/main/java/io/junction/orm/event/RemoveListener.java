package io.junction.orm.event;

/**
 * A listener for a member being removed from a collection attribute: SQLAlchemy's {@code remove} event.
 *
 * @param <T> the mapped class that holds the collection
 * @param <V> the member type
 */
@FunctionalInterface
public interface RemoveListener<T, V> {

    void remove(T target, V value);
}
