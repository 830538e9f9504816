package io.junction.orm.session;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The objects the flushes of one transaction frame inserted, in order, each with the primary-key
 * attribute the database generated for it: appended to on every flush without hashing, looked up
 * only by a rollback or a key switch, which build the index they need then.
 */
final class InsertedObjects {
    private final List<InstanceState> states = new ArrayList<>();
    private final List<ColumnProperty> generatedKeys = new ArrayList<>();
    /** The states as an identity set, built on the first lookup and kept up to date after it. */
    private Set<InstanceState> index;

    void add(InstanceState state, ColumnProperty generatedKey) {
        states.add(state);
        generatedKeys.add(generatedKey);
        if (index != null) {
            index.add(state);
        }
    }

    boolean contains(InstanceState state) {
        if (index == null) {
            index = Collections.newSetFromMap(new IdentityHashMap<>(states.size() * 2));
            index.addAll(states);
        }
        return index.contains(state);
    }

    /** Calls {@code action} once per object, with the generated key of its first insert, in insertion order. */
    void forEach(BiConsumer<InstanceState, ColumnProperty> action) {
        Set<InstanceState> seen = Collections.newSetFromMap(new IdentityHashMap<>(states.size() * 2));
        for (int i = 0; i < states.size(); i++) {
            if (seen.add(states.get(i))) {
                action.accept(states.get(i), generatedKeys.get(i));
            }
        }
    }

    void addAllTo(InsertedObjects parent) {
        for (int i = 0; i < states.size(); i++) {
            parent.add(states.get(i), generatedKeys.get(i));
        }
    }

    void clear() {
        states.clear();
        generatedKeys.clear();
        index = null;
    }
}
