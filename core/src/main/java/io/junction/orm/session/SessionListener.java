package io.junction.orm.session;

/**
 * A listener for one of a session's events (before flush, after flush, after flush postexec, after commit, after
 * rollback): SQLAlchemy's {@code SessionEvents}, given the session.
 */
@FunctionalInterface
public interface SessionListener {

    void on(Session session);
}
