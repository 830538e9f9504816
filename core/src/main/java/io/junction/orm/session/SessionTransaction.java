package io.junction.orm.session;

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
 * What the flushes of the session's current transaction did to its objects — which they inserted
 * (and the keys the database generated for them), deleted, or gave a new primary key — so that a
 * rollback can put every object back as it was when the transaction began; and, once a flush or
 * the COMMIT failed, that failure, after which the session refuses work until it is rolled back.
 */
final class SessionTransaction {
    private final Map<InstanceState, ColumnProperty> inserted = new LinkedHashMap<>();
    private final Set<InstanceState> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<InstanceState, EntityKey> keySwitches = new IdentityHashMap<>();
    private String failedStep;
    private RuntimeException failure;

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

    /** The objects whose deletion the COMMIT makes final. */
    Set<InstanceState> deletedStates() {
        return deleted;
    }

    /** Marks the transaction rolled back by {@code failure} of {@code what} ("a flush", "the COMMIT"). */
    void failed(String what, RuntimeException cause) {
        failedStep = what;
        failure = cause;
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
