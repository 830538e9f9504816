package io.junction.orm.identity;

import io.junction.orm.attribute.InstanceState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The persistent objects of one session by identity key, so that each row is one object. */
public final class IdentityMap {
    private final Map<EntityKey, InstanceState> states = new HashMap<>();

    public InstanceState get(EntityKey key) {
        return states.get(key);
    }

    public boolean contains(EntityKey key) {
        return states.containsKey(key);
    }

    /** Adds a state under its key; another object already holding the key is an error. */
    public void add(InstanceState state) {
        EntityKey key = EntityKey.of(state);
        InstanceState existing = states.putIfAbsent(key, state);
        if (existing != null && existing != state) {
            throw new IllegalStateException("the session already holds another object for " + key
                    + "; load that one with session.get, or merge this one with session.merge");
        }
    }

    /** Removes the state under its key, if it is the one there. */
    public void remove(InstanceState state) {
        EntityKey key = EntityKey.of(state);
        if (key != null) {
            states.remove(key, state);
        }
    }

    /** Moves states whose primary keys changed to their new keys, all together, so that objects may swap keys. */
    public void rekey(Map<InstanceState, EntityKey> newKeys) {
        newKeys.keySet().forEach(this::remove);
        newKeys.forEach((state, key) -> {
            state.key(key);
            add(state);
        });
    }

    public List<InstanceState> states() {
        return new ArrayList<>(states.values());
    }

    public int size() {
        return states.size();
    }

    public void clear() {
        states.clear();
    }
}
