package io.junction.orm.event;

/**
 * A listener for a scalar or many-to-one attribute being set (SQLAlchemy's {@code set} event with
 * {@code retval=True}): it is given the new value and the one replaced ({@code null} when that is
 * not loaded), and returns the value to store. Throwing leaves the attribute unchanged.
 *
 * @param <T> the mapped class
 * @param <V> the attribute's type
 */
@FunctionalInterface
public interface SetListener<T, V> {

    V set(T target, V value, V oldValue);
}
