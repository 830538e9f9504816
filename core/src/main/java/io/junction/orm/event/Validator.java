package io.junction.orm.event;

/**
 * A validator of an attribute (SQLAlchemy's {@code @validates}): called when the attribute is set,
 * or a member appended to it, never when it loads. It returns the value to store, or throws to
 * refuse it, and then the attribute stays as it was.
 *
 * @param <T> the mapped class
 * @param <V> the attribute's type, or the member type of a collection
 */
@FunctionalInterface
public interface Validator<T, V> {

    V validate(T target, String key, V value);
}
