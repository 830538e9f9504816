package io.junction.orm.session;

import io.junction.orm.event.ListenerException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of a session, or of every session a {@link SessionFactory} opens (SQLAlchemy's
 * {@code event.listen(session_or_sessionmaker, ...)}). A factory's listeners are heard by its
 * sessions before a session's own. Thread-safe, so a shared factory's listeners may be added at any time;
 * a factory's lifecycle listeners ({@code transientToPending}, ...) are heard by the sessions it opens
 * after they were added.
 */
public final class SessionEvents {

    /** The session events, in SQLAlchemy's names. */
    enum Kind {
        BEFORE_FLUSH("before_flush"), AFTER_FLUSH("after_flush"), AFTER_FLUSH_POSTEXEC("after_flush_postexec"),
        AFTER_COMMIT("after_commit"), AFTER_ROLLBACK("after_rollback");

        private final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }

        @Override
        public String toString() {
            return eventName;
        }
    }

    /** The object lifecycle events, in SQLAlchemy's names. */
    enum Transition {
        TRANSIENT_TO_PENDING("transient_to_pending"), PENDING_TO_TRANSIENT("pending_to_transient"),
        PENDING_TO_PERSISTENT("pending_to_persistent"), PERSISTENT_TO_TRANSIENT("persistent_to_transient"),
        DETACHED_TO_PERSISTENT("detached_to_persistent"), LOADED_AS_PERSISTENT("loaded_as_persistent"),
        PERSISTENT_TO_DETACHED("persistent_to_detached"), PERSISTENT_TO_DELETED("persistent_to_deleted"),
        DELETED_TO_PERSISTENT("deleted_to_persistent"), DELETED_TO_DETACHED("deleted_to_detached");

        private final String eventName;

        Transition(String eventName) {
            this.eventName = eventName;
        }

        @Override
        public String toString() {
            return eventName;
        }
    }

    private final List<SessionListener> beforeFlush = new CopyOnWriteArrayList<>();
    private final List<SessionListener> afterFlush = new CopyOnWriteArrayList<>();
    private final List<SessionListener> afterFlushPostexec = new CopyOnWriteArrayList<>();
    private final List<SessionListener> afterCommit = new CopyOnWriteArrayList<>();
    private final List<SessionListener> afterRollback = new CopyOnWriteArrayList<>();
    private final Map<Transition, List<LifecycleListener>> lifecycle = new EnumMap<>(Transition.class);
    /** Told when the first lifecycle listener is added: a session's own events turn its lifecycle flag on. */
    private final Runnable onLifecycle;
    private volatile boolean hasLifecycle;

    SessionEvents() {
        this(() -> { });
    }

    SessionEvents(Runnable onLifecycle) {
        this.onLifecycle = onLifecycle;
        for (Transition transition : Transition.values()) {
            lifecycle.put(transition, new CopyOnWriteArrayList<>());
        }
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

    /**
     * After a flush has made its objects persistent (or deleted) and cleared the session's new, dirty
     * and deleted lists, within the flush's transaction. Changes the listener makes are not written by
     * this flush: they stay for the next one. A failure rolls the transaction back.
     */
    public SessionEvents afterFlushPostexec(SessionListener listener) {
        afterFlushPostexec.add(listener);
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

    /** When {@code session.add} (or a save-update cascade) makes a new object pending. */
    public SessionEvents transientToPending(LifecycleListener listener) {
        return lifecycle(Transition.TRANSIENT_TO_PENDING, listener);
    }

    /** When a pending object leaves the session unflushed: expunged, deleted, or the transaction rolled back. */
    public SessionEvents pendingToTransient(LifecycleListener listener) {
        return lifecycle(Transition.PENDING_TO_TRANSIENT, listener);
    }

    /** When a flush has inserted a pending object's row: it is in the identity map, persistent. */
    public SessionEvents pendingToPersistent(LifecycleListener listener) {
        return lifecycle(Transition.PENDING_TO_PERSISTENT, listener);
    }

    /** When a rollback undoes the INSERT of an object this transaction flushed: it is transient again. */
    public SessionEvents persistentToTransient(LifecycleListener listener) {
        return lifecycle(Transition.PERSISTENT_TO_TRANSIENT, listener);
    }

    /** When {@code session.add} (or a cascade) attaches a detached object: it is persistent again. */
    public SessionEvents detachedToPersistent(LifecycleListener listener) {
        return lifecycle(Transition.DETACHED_TO_PERSISTENT, listener);
    }

    /** When an object is made from a row and put in the identity map, after its {@code load} event. */
    public SessionEvents loadedAsPersistent(LifecycleListener listener) {
        return lifecycle(Transition.LOADED_AS_PERSISTENT, listener);
    }

    /** When a persistent object leaves the session: expunged, or the session cleared or closed. */
    public SessionEvents persistentToDetached(LifecycleListener listener) {
        return lifecycle(Transition.PERSISTENT_TO_DETACHED, listener);
    }

    /** When a flush has deleted an object's row: it is no longer in the session, until its transaction ends. */
    public SessionEvents persistentToDeleted(LifecycleListener listener) {
        return lifecycle(Transition.PERSISTENT_TO_DELETED, listener);
    }

    /** When a rollback undoes the flushed DELETE of an object: it is persistent again. */
    public SessionEvents deletedToPersistent(LifecycleListener listener) {
        return lifecycle(Transition.DELETED_TO_PERSISTENT, listener);
    }

    /** When an object whose DELETE was flushed leaves the session: the transaction committed, or it was expunged. */
    public SessionEvents deletedToDetached(LifecycleListener listener) {
        return lifecycle(Transition.DELETED_TO_DETACHED, listener);
    }

    private SessionEvents lifecycle(Transition transition, LifecycleListener listener) {
        lifecycle.get(transition).add(listener);
        if (!hasLifecycle) {
            hasLifecycle = true;
            onLifecycle.run();
        }
        return this;
    }

    /** True if some lifecycle listener was added. */
    boolean hasLifecycle() {
        return hasLifecycle;
    }

    /** Calls the {@code transition} listeners; a listener's exception is wrapped in a {@link ListenerException} naming the event and the object. */
    void fire(Transition transition, Session session, Object object) {
        for (LifecycleListener listener : lifecycle.get(transition)) {
            try {
                listener.on(session, object);
            } catch (RuntimeException failure) {
                throw new ListenerException("a session " + transition + " listener failed for " + object + ": " + failure,
                        failure);
            }
        }
    }

    private List<SessionListener> listeners(Kind kind) {
        return switch (kind) {
            case BEFORE_FLUSH -> beforeFlush;
            case AFTER_FLUSH -> afterFlush;
            case AFTER_FLUSH_POSTEXEC -> afterFlushPostexec;
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
