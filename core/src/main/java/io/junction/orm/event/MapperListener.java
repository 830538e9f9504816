package io.junction.orm.event;

import io.junction.engine.Connection;

/**
 * A listener for one of a mapped class's flush events (before or after insert, update or delete):
 * SQLAlchemy's {@code MapperEvents}. It is given the object whose row is written and the connection
 * of the flush, on which it may run statements of its own. A before-insert or before-update
 * listener may change the object's columns: the same statement writes them.
 *
 * @param <T> the mapped class
 */
@FunctionalInterface
public interface MapperListener<T> {

    void on(T target, Connection connection);
}
