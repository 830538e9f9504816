package io.junction.orm.session;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.IsolationLevel;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.InstanceState.Status;
import io.junction.orm.attribute.SessionLink;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.identity.IdentityMap;
import io.junction.orm.mapper.ColumnProperty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The session's transaction: its connection (taken from the engine on first use, which begins the
 * transaction, and given back when the transaction commits or rolls back, or the session closes),
 * COMMIT and ROLLBACK, its savepoints ({@code beginNested}), and what the flushes of the transaction
 * and of each savepoint did to the session's objects — which they inserted (and the keys the
 * database generated for them), deleted, updated, or gave a new primary key — so that a rollback
 * can put every object back as it was when the transaction, or the savepoint, began. Once a flush
 * or the COMMIT failed it holds that failure, and the session refuses work until it is rolled back.
 */
final class SessionTransaction {

    /** What the session does to its objects at a rollback: to the transaction's start, or to a savepoint's. */
    interface Restorer {
        void transactionStart();

        void savepoint(Frame frame);
    }

    private final Engine engine;
    private final Restorer restorer;
    /** The root frame at the bottom, a frame per open savepoint above it. */
    private final Deque<Frame> frames = new ArrayDeque<>();
    private Connection connection;
    private IsolationLevel isolation;
    private boolean begunExplicitly;
    private long generation;
    private String failedStep;
    private RuntimeException failure;
    private Frame failedFrame;

    SessionTransaction(Engine engine, Restorer restorer) {
        this.engine = engine;
        this.restorer = restorer;
        frames.push(new Frame(null));
    }

    /** The connection of the transaction, taken from the engine on first use and again after one was lost. */
    Connection connection() {
        requireActive();
        if (connection != null && connection.isLost() && !connection.inTransaction()) {
            releaseConnection();
        }
        if (connection == null) {
            Connection taken = engine.connect();
            if (isolation != null) {
                try {
                    taken.begin(isolation);
                } catch (RuntimeException e) {
                    taken.close();
                    throw e;
                }
            }
            connection = taken;
        }
        return connection;
    }

    /** Whether the transaction has begun: explicitly, or by a statement that took the connection. */
    boolean begun() {
        return begunExplicitly || frames.size() > 1 || connection != null && connection.inTransaction();
    }

    /** Begins the transaction explicitly ({@code session.begin()}), at {@code level} if not null. */
    void beginExplicitly(IsolationLevel level) {
        begunExplicitly = true;
        isolation = level;
    }

    /** Counts the transactions the session has ended, so that a handle knows whether its transaction is the current one. */
    long generation() {
        return generation;
    }

    /** Sends SAVEPOINT and opens a frame for what the flushes inside it do. */
    Frame beginNested() {
        String name = connection().savepoint();
        Frame frame = new Frame(name);
        frames.push(frame);
        return frame;
    }

    /** Whether {@code frame} is an open savepoint of this transaction. */
    boolean isOpen(Frame frame) {
        return frames.contains(frame) && frame.name != null;
    }

    boolean isInnermost(Frame frame) {
        return frames.peek() == frame;
    }

    /** Sends RELEASE SAVEPOINT; what the savepoint's flushes did becomes the enclosing frame's. */
    void releaseSavepoint(Frame frame) {
        requireActive();
        connection().releaseSavepoint(frame.name);
        frames.pop();
        frame.mergeInto(frames.peek());
    }

    /**
     * Sends ROLLBACK TO SAVEPOINT (unless a failed flush did already) for {@code frame} and every
     * savepoint opened inside it, and puts the objects back as they were when it began.
     */
    void rollbackToSavepoint(Frame frame) {
        if (failedFrame == frame) {
            frames.pop();
            clearFailure();
            return;
        }
        requireActive();
        while (frames.peek() != frame) {
            frames.pop().mergeInto(frame);
        }
        connection().rollbackToSavepoint(frame.name);
        frames.pop();
        restorer.savepoint(frame);
    }

    /**
     * COMMITs the database transaction, if one is open, and gives the connection back; when the
     * COMMIT fails, rolls back as after a failed flush and rethrows. Then the deletions are final:
     * the deleted objects still deleted (not expunged or added again) are detached, and the next
     * transaction begins with nothing to undo. Returns those objects.
     */
    List<InstanceState> commit() {
        if (connection != null && connection.inTransaction()) {
            try {
                connection.commit();
            } catch (RuntimeException cause) {
                collapseFrames();
                rollbackAfterFailure("the COMMIT", cause);
                throw cause;
            }
        }
        collapseFrames();
        List<InstanceState> detached = new ArrayList<>();
        for (InstanceState state : root().deleted) {
            if (state.status() == Status.DELETED) {
                state.attach(null);
                state.status(Status.DETACHED);
                detached.add(state);
            }
        }
        try {
            releaseConnection();
        } finally {
            begin();
        }
        return detached;
    }

    /** Rolls the database transaction back, gives the connection back, restores the objects, and begins anew. */
    void rollback() {
        try {
            if (connection != null && connection.inTransaction()) {
                connection.rollback();
            }
        } finally {
            try {
                releaseConnection();
            } finally {
                collapseFrames();
                restorer.transactionStart();
                begin();
            }
        }
    }

    /**
     * After {@code cause} broke {@code step} ("a flush", "the COMMIT"): within a savepoint, rolls back
     * to it and restores the objects as they were when it began; otherwise (or when the connection
     * is lost) rolls the database transaction back and restores the objects as at its start. A
     * failure to roll back is added to {@code cause} as suppressed. Either way the session refuses
     * further work until the savepoint, or the transaction, is rolled back.
     */
    void rollbackAfterFailure(String step, RuntimeException cause) {
        Frame innermost = frames.peek();
        if (innermost.name != null && connection != null && !connection.isLost()) {
            try {
                connection.rollbackToSavepoint(innermost.name);
                restorer.savepoint(innermost);
                failedStep = step;
                failure = cause;
                failedFrame = innermost;
                return;
            } catch (RuntimeException rollbackFailure) {
                cause.addSuppressed(rollbackFailure);
            }
        }
        try {
            if (connection != null && connection.inTransaction()) {
                connection.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        } finally {
            try {
                releaseConnection();
            } catch (RuntimeException closeFailure) {
                cause.addSuppressed(closeFailure);
            }
            collapseFrames();
            restorer.transactionStart();
            failedStep = step;
            failure = cause;
            failedFrame = null;
        }
    }

    /** Gives the connection back (rolling back anything uncommitted); a later statement takes a new one. */
    void close() {
        try {
            releaseConnection();
        } finally {
            collapseFrames();
        }
    }

    private void releaseConnection() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            open.close();
        }
    }

    /** Every savepoint's records become the root's: the whole transaction ends. */
    private void collapseFrames() {
        while (frames.size() > 1) {
            Frame frame = frames.pop();
            frame.mergeInto(frames.peek());
        }
    }

    private Frame root() {
        return frames.getLast();
    }

    /** Forgets what the previous transaction did and its failure; a handle on it is no longer active. */
    private void begin() {
        root().clear();
        begunExplicitly = false;
        isolation = null;
        generation++;
        clearFailure();
    }

    private void clearFailure() {
        failedStep = null;
        failure = null;
        failedFrame = null;
    }

    /** Notes an object a flush inserted, with the primary-key attribute the database generated for it (or null). */
    void inserted(InstanceState state, ColumnProperty generatedKey) {
        frames.peek().inserted.add(state, generatedKey);
    }

    /** Notes an object whose row a flush deleted. */
    void deleted(InstanceState state) {
        frames.peek().deleted.add(state);
    }

    /** Notes a persistent object whose row a flush updated. */
    void updated(InstanceState state) {
        frames.peek().updated.add(state);
    }

    /** Notes that a flush changed an object's primary key; the first key it had in this transaction is kept. */
    void keySwitched(InstanceState state, EntityKey oldKey) {
        if (oldKey == null) {
            return;
        }
        for (Frame frame : frames) {
            if (frame.inserted.contains(state) || frame.keySwitches.containsKey(state)) {
                return;
            }
        }
        frames.peek().keySwitches.put(state, oldKey);
    }

    boolean isFailed() {
        return failure != null;
    }

    /** Throws while the transaction (or a savepoint) awaits its rollback, naming the failure that rolled it back. */
    void requireActive() {
        if (failure != null) {
            throw new PendingRollbackException(failedStep, failure);
        }
    }

    /** Puts back what the flushes of the whole transaction did (see {@link Frame#undo}). */
    void undo(IdentityMap identityMap, SessionLink link, Undo undo) {
        root().undo(identityMap, link, undo);
    }

    /** What undoing a frame does to the session's objects, so the session can tell their listeners. */
    interface Undo {
        /** Takes an object out of the session. */
        void detach(InstanceState state);

        /** Takes an object inserted in the frame out of the session; {@link #madeTransient} follows. */
        void detachInserted(InstanceState state);

        /** An object inserted in the frame and taken out of the session was made transient again. */
        void madeTransient(InstanceState state);

        /** An object deleted in the frame is persistent again. */
        void undeleted(InstanceState state);
    }

    /** What the flushes did within the transaction (the root frame) or within one savepoint. */
    static final class Frame {
        /** The savepoint's name; null for the root. */
        private final String name;
        private final InsertedObjects inserted = new InsertedObjects();
        private final Set<InstanceState> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<InstanceState> updated = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<InstanceState, EntityKey> keySwitches = new IdentityHashMap<>();

        private Frame(String name) {
            this.name = name;
        }

        /** Whether a flush within this frame updated the object's row. */
        boolean updated(InstanceState state) {
            return updated.contains(state);
        }

        private void mergeInto(Frame parent) {
            inserted.addAllTo(parent.inserted);
            parent.deleted.addAll(deleted);
            parent.updated.addAll(updated);
            keySwitches.forEach(parent.keySwitches::putIfAbsent);
            clear();
        }

        private void clear() {
            inserted.clear();
            deleted.clear();
            updated.clear();
            keySwitches.clear();
        }

        /**
         * Puts back what the flushes did: objects they inserted become new again (their generated keys
         * cleared), objects whose key they changed take their first key back, and objects whose row they
         * deleted return to the identity map, displacing any object loaded for that key since.
         */
        void undo(IdentityMap identityMap, SessionLink link, Undo undo) {
            List<InstanceState> madeTransient = new ArrayList<>();
            inserted.forEach((state, generatedKey) -> {
                if (state.session() == link) {
                    undo.detachInserted(state);
                    madeTransient.add(state);
                } else if (state.session() != null) {
                    return;
                }
                if (generatedKey != null) {
                    generatedKey.setQuietly(state, null);
                }
                state.renew();
            });
            madeTransient.forEach(undo::madeTransient);
            Map<InstanceState, EntityKey> firstKeys = new IdentityHashMap<>();
            keySwitches.forEach((state, oldKey) -> {
                if (state.session() == link && state.key() != null) {
                    firstKeys.put(state, oldKey);
                }
            });
            identityMap.rekey(firstKeys);
            List<InstanceState> returning = new ArrayList<>();
            for (InstanceState state : deleted) {
                if (!inserted.contains(state) && state.session() == link) {
                    returning.add(state);
                }
            }
            for (InstanceState state : returning) {
                InstanceState holder = identityMap.get((EntityKey) state.key());
                if (holder != null && holder != state) {
                    undo.detach(holder);
                }
                state.status(Status.PERSISTENT);
                identityMap.add(state);
            }
            returning.forEach(undo::undeleted);
        }
    }
}
