package io.junction.orm.identity;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The persistent objects of one session by identity key, so that each row is one object.
 *
 * <p>The map holds its objects weakly, as SQLAlchemy's {@code WeakInstanceDict}: an object the
 * application no longer references is collected by the garbage collector and drops out of the
 * map, and reading its row again makes a new object. Objects with changes not yet flushed are not
 * lost this way: the session holds its pending, changed and deleted objects strongly (its own sets
 * of them) until a flush has written them, which is SQLAlchemy's {@code _strong_obj}. An entry
 * whose object was collected is removed the next time the map is used, through a
 * {@link ReferenceQueue}, so that cost is proportional to what was collected.
 */
public final class IdentityMap {
    private final Map<EntityKey, Entry> states = new HashMap<>();
    private final ReferenceQueue<InstanceState> collected = new ReferenceQueue<>();
    private final EntityKey.Probe probe = new EntityKey.Probe();

    /** A weak reference to one state, remembering its key so that the entry can be removed once the state is gone. */
    private static final class Entry extends WeakReference<InstanceState> {
        final EntityKey key;

        Entry(EntityKey key, InstanceState state, ReferenceQueue<InstanceState> queue) {
            super(state, queue);
            this.key = key;
        }
    }

    /** The state held under {@code key}, or {@code null} when there is none or its object was collected. */
    public InstanceState get(EntityKey key) {
        purge();
        Entry entry = states.get(key);
        return entry == null ? null : entry.get();
    }

    /**
     * The state held for the one-column primary key {@code value} of {@code mapper}'s class, found
     * without building a key (the map reuses one probe key); {@code null} as {@link #get}.
     */
    public InstanceState get(Mapper mapper, Object value) {
        purge();
        Entry entry = states.get(probe.set(mapper.identityClass(), EntityKey.normalizedSingle(mapper, value)));
        probe.clear();
        return entry == null ? null : entry.get();
    }

    /**
     * The state a load may hand out for {@code key}: as {@link #get}, but {@code null} also when
     * the object is marked for deletion ({@code session.delete}), so that loading looks past it.
     */
    public InstanceState present(EntityKey key) {
        InstanceState state = get(key);
        return state == null || state.status() == InstanceState.Status.DELETED ? null : state;
    }

    /** Adds a state under its key; another live object already holding the key is an error. */
    public void add(InstanceState state) {
        purge();
        EntityKey key = EntityKey.of(state);
        Entry existing = states.get(key);
        if (existing != null) {
            InstanceState held = existing.get();
            if (held == state) {
                return;
            }
            if (held != null) {
                throw new IllegalStateException("the session already holds another object for " + key
                        + "; load that one with session.get, or merge this one with session.merge");
            }
        }
        states.put(key, new Entry(key, state, collected));
    }

    /** Removes the state under its key, if it is the one there. */
    public void remove(InstanceState state) {
        purge();
        EntityKey key = EntityKey.of(state);
        if (key != null) {
            Entry entry = states.get(key);
            if (entry != null && entry.get() == state) {
                states.remove(key);
                entry.clear();
            }
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

    /** The states whose objects are still alive, as a new list (which holds them until it is dropped). */
    public List<InstanceState> states() {
        List<InstanceState> live = new ArrayList<>(states.size());
        forEach(live::add);
        return live;
    }

    /** Calls {@code action} with each state whose object is still alive. */
    public void forEach(Consumer<InstanceState> action) {
        purge();
        for (Entry entry : states.values()) {
            InstanceState state = entry.get();
            if (state != null) {
                action.accept(state);
            }
        }
    }

    /** Empties the map. */
    public void clear() {
        for (Entry entry : states.values()) {
            entry.clear();
        }
        states.clear();
        purge();
    }

    /** Removes the entries of collected objects, as the garbage collector queued them. */
    private void purge() {
        for (Object reference; (reference = collected.poll()) != null; ) {
            Entry entry = (Entry) reference;
            states.remove(entry.key, entry);
        }
    }
}
