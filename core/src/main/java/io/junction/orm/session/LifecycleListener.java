package io.junction.orm.session;

/**
 * A listener for an object moving from one state of its life with a session to another (SQLAlchemy's
 * object lifecycle events, such as {@code transient_to_pending}): given the session and the object,
 * called once the object is in its new state.
 */
@FunctionalInterface
public interface LifecycleListener {

    void on(Session session, Object object);
}
