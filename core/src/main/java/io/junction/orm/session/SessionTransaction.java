package io.junction.orm.session;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.InstanceState.Status;
import io.junction.orm.attribute.SessionLink;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.identity.IdentityMap;
import io.junction.orm.mapper.ColumnProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The session's transaction: its connection (taken from the engine on first use, which begins the
 * transaction, and kept across transactions until the session closes or finds it lost), COMMIT and
 * ROLLBACK, and what the flushes of the current transaction did to the session's objects — which
 * they inserted (and the keys the database generated for them), deleted, or gave a new primary key —
 * so that a rollback can put every object back as it was when the transaction began. Once a flush
 * or the COMMIT failed it holds that failure, and the session refuses work until it is rolled back.
 */
final class SessionTransaction {
    private final Engine engine;
    private final Runnable restoreObjects;
    private final Map<InstanceState, ColumnProperty> inserted = new LinkedHashMap<>();
    private final Set<InstanceState> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<InstanceState, EntityKey> keySwitches = new IdentityHashMap<>();
    private Connection connection;
    private String failedStep;
    private RuntimeException failure;

    /**
     * A transaction on connections of {@code engine}; {@code restoreObjects} puts the session's objects
     * back as they were when the transaction began, calling {@link #undo} for what the flushes did.
     */
    SessionTransaction(Engine engine, Runnable restoreObjects) {
        this.engine = engine;
        this.restoreObjects = restoreObjects;
    }

    /** The connection of the transaction, taken from the engine on first use and again after one was lost. */
    Connection connection() {
        requireActive();
        if (connection != null && connection.isLost() && !connection.inTransaction()) {
            releaseLostConnection();
        }
        if (connection == null) {
            connection = engine.connect();
        }
        return connection;
    }

    /**
     * COMMITs the database transaction, if one is open; when that fails, rolls back as after a failed
     * flush and rethrows. Then the deletions are final: the deleted objects are detached, and the next
     * transaction begins with nothing to undo.
     */
    void commit() {
        if (connection != null && connection.inTransaction()) {
            try {
                connection.commit();
            } catch (RuntimeException cause) {
                rollbackAfterFailure("the COMMIT", cause);
                throw cause;
            }
        }
        for (InstanceState state : deleted) {
            state.attach(null);
            state.status(Status.DETACHED);
        }
        begin();
    }

    /** Rolls the database transaction back, releases a lost connection, restores the objects, and begins anew. */
    void rollback() {
        try {
            if (connection != null && connection.inTransaction()) {
                connection.rollback();
            }
        } finally {
            releaseLostConnection();
            restoreObjects.run();
            begin();
        }
    }

    /**
     * After {@code cause} broke {@code step} ("a flush", "the COMMIT"): rolls the database transaction
     * back (a failure to do so is added to {@code cause} as suppressed), restores the objects, and
     * refuses further work until {@link #rollback()}.
     */
    void rollbackAfterFailure(String step, RuntimeException cause) {
        try {
            if (connection != null && connection.inTransaction()) {
                connection.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        } finally {
            releaseLostConnection();
            restoreObjects.run();
            failedStep = step;
            failure = cause;
        }
    }

    /** Closes the connection (which rolls back anything uncommitted); a later statement takes a new one. */
    void close() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            open.close();
        }
    }

    /** Closes the connection if it was found lost, so that the next statement takes a new one. */
    private void releaseLostConnection() {
        if (connection != null && connection.isLost()) {
            Connection dead = connection;
            connection = null;
            dead.close();
        }
    }

    /** Forgets what the previous transaction did and its failure. */
    private void begin() {
        inserted.clear();
        deleted.clear();
        keySwitches.clear();
        failedStep = null;
        failure = null;
    }

    /** Notes an object a flush inserted, with the primary-key attribute the database generated for it (or null). */
    void inserted(InstanceState state, ColumnProperty generatedKey) {
        inserted.putIfAbsent(state, generatedKey);
    }

    /** Notes an object whose row a flush deleted. */
    void deleted(InstanceState state) {
        deleted.add(state);
    }

    /** True if a flush of this transaction deleted the object's row. */
    boolean hasDeleted(InstanceState state) {
        return deleted.contains(state);
    }

    /** Notes that a flush changed an object's primary key; the first key it had in this transaction is kept. */
    void keySwitched(InstanceState state, EntityKey oldKey) {
        if (oldKey != null && !inserted.containsKey(state)) {
            keySwitches.putIfAbsent(state, oldKey);
        }
    }

    boolean isFailed() {
        return failure != null;
    }

    /** Throws while the transaction awaits its rollback, naming the failure that rolled it back. */
    void requireActive() {
        if (failure != null) {
            throw new PendingRollbackException(failedStep, failure);
        }
    }

    /**
     * Puts back what the flushes did: objects they inserted become new again (their generated keys
     * cleared), objects whose key they changed take their first key back, and objects whose row they
     * deleted return to the identity map, displacing any object loaded for that key since.
     */
    void undo(IdentityMap identityMap, SessionLink link, Consumer<InstanceState> detach) {
        inserted.forEach((state, generatedKey) -> {
            if (state.session() == link) {
                detach.accept(state);
            } else if (state.session() != null) {
                return;
            }
            if (generatedKey != null) {
                generatedKey.setQuietly(state, null);
            }
            state.renew();
        });
        Map<InstanceState, EntityKey> firstKeys = new IdentityHashMap<>();
        keySwitches.forEach((state, oldKey) -> {
            if (state.session() == link && state.key() != null) {
                firstKeys.put(state, oldKey);
            }
        });
        identityMap.rekey(firstKeys);
        List<InstanceState> returning = new ArrayList<>();
        for (InstanceState state : deleted) {
            if (!inserted.containsKey(state) && state.session() == link) {
                returning.add(state);
            }
        }
        for (InstanceState state : returning) {
            InstanceState holder = identityMap.get((EntityKey) state.key());
            if (holder != null && holder != state) {
                detach.accept(holder);
            }
            state.status(Status.PERSISTENT);
            identityMap.add(state);
        }
    }
}
