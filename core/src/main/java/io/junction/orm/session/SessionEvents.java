package io.junction.orm.session;

import io.junction.orm.event.ListenerException;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of a session, or of every session a {@link SessionFactory} opens (SQLAlchemy's
 * {@code event.listen(session_or_sessionmaker, ...)}). A factory's listeners are heard by its
 * sessions before a session's own. Thread-safe, so a shared factory's listeners may be added at any time.
 */
public final class SessionEvents {

    /** The session events, in SQLAlchemy's names. */
    enum Kind {
        BEFORE_FLUSH("before_flush"), AFTER_FLUSH("after_flush"), AFTER_COMMIT("after_commit"),
        AFTER_ROLLBACK("after_rollback");

        private final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }

        @Override
        public String toString() {
            return eventName;
        }
    }

    private final List<SessionListener> beforeFlush = new CopyOnWriteArrayList<>();
    private final List<SessionListener> afterFlush = new CopyOnWriteArrayList<>();
    private final List<SessionListener> afterCommit = new CopyOnWriteArrayList<>();
    private final List<SessionListener> afterRollback = new CopyOnWriteArrayList<>();

    SessionEvents() {
    }

    /**
     * At the start of a flush that has changes to write, before the flush looks at them: the listener
     * may add, change or delete objects, and the same flush writes them.
     */
    public SessionEvents beforeFlush(SessionListener listener) {
        beforeFlush.add(listener);
        return this;
    }

    /** After a flush's statements, before its objects are marked persistent; a failure rolls the transaction back. */
    public SessionEvents afterFlush(SessionListener listener) {
        afterFlush.add(listener);
        return this;
    }

    /** After the COMMIT of the session's transaction (not a savepoint's release), before its objects expire. */
    public SessionEvents afterCommit(SessionListener listener) {
        afterCommit.add(listener);
        return this;
    }

    /** After {@code session.rollback()} has rolled the transaction back and put the objects back. */
    public SessionEvents afterRollback(SessionListener listener) {
        afterRollback.add(listener);
        return this;
    }

    private List<SessionListener> listeners(Kind kind) {
        return switch (kind) {
            case BEFORE_FLUSH -> beforeFlush;
            case AFTER_FLUSH -> afterFlush;
            case AFTER_COMMIT -> afterCommit;
            case AFTER_ROLLBACK -> afterRollback;
        };
    }

    boolean has(Kind kind) {
        return !listeners(kind).isEmpty();
    }

    /** Calls the {@code kind} listeners; a listener's exception is wrapped in a {@link ListenerException} naming the event. */
    void fire(Kind kind, Session session) {
        for (SessionListener listener : listeners(kind)) {
            try {
                listener.on(session);
            } catch (RuntimeException failure) {
                throw new ListenerException("a session " + kind + " listener failed: " + failure, failure);
            }
        }
    }
}
