package io.junction.orm.event;

/**
 * A listener for a collection attribute being given a new collection (SQLAlchemy's
 * {@code init_collection}): when a new object's collection is made, when the collection loads,
 * and when user code assigns a collection (the ORM's own replaces it). It is given the object and
 * the instrumented collection (a {@code List}, {@code Set} or {@code Map}) the field is to hold,
 * with its members already in it.
 *
 * @param <T> the mapped class that holds the collection
 * @param <C> the collection type of the field
 */
@FunctionalInterface
public interface CollectionInitListener<T, C> {

    void init(T target, C collection);
}
