package io.junction.orm.event;

/**
 * A listener for an object's load or refresh: SQLAlchemy's {@code InstanceEvents.load} and
 * {@code refresh}. It is called once the row's columns are set on the object.
 *
 * @param <T> the mapped class
 */
@FunctionalInterface
public interface InstanceListener<T> {

    void on(T target);
}
