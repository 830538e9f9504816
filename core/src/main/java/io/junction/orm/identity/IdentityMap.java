package io.junction.orm.identity;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
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
 *
 * <p>The entries sit in one open-addressed table (linear probing, deletion by shifting back), so
 * each held object costs its weak reference and a slot, not a hash-map node as well.
 */
public final class IdentityMap {
    private static final int INITIAL_CAPACITY = 16;

    private Entry[] table = new Entry[INITIAL_CAPACITY];
    private int shift = Integer.SIZE - Integer.numberOfTrailingZeros(INITIAL_CAPACITY);
    private int size;
    private final ReferenceQueue<InstanceState> collected = new ReferenceQueue<>();
    private final EntityKey.Probe probe = new EntityKey.Probe();

    /** A weak reference to one state, remembering its key so that the entry is found, and removed once the state is gone. */
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
        int slot = find(key);
        return slot < 0 ? null : table[slot].get();
    }

    /**
     * The state held for the one-column primary key {@code value} of {@code mapper}'s class, found
     * without building a key; {@code null} as {@link #get}.
     */
    public InstanceState get(Mapper mapper, Object value) {
        purge();
        int slot = find(probe.set(mapper.identityClass(), EntityKey.normalizedSingle(mapper, value)));
        probe.clear();
        return slot < 0 ? null : table[slot].get();
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
        int slot = find(key);
        if (slot >= 0) {
            InstanceState held = table[slot].get();
            if (held == state) {
                return;
            }
            if (held != null) {
                throw new IllegalStateException("the session already holds another object for " + key
                        + "; load that one with session.get, or merge this one with session.merge");
            }
            table[slot] = new Entry(key, state, collected);
            return;
        }
        if (size + 1 > table.length - (table.length >> 2)) {
            grow();
        }
        insert(new Entry(key, state, collected));
        size++;
    }

    /** Removes the state under its key, if it is the one there. */
    public void remove(InstanceState state) {
        purge();
        EntityKey key = EntityKey.of(state);
        if (key != null) {
            int slot = find(key);
            if (slot >= 0 && table[slot].get() == state) {
                table[slot].clear();
                delete(slot);
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
        List<InstanceState> live = new ArrayList<>(size);
        forEach(live::add);
        return live;
    }

    /** Calls {@code action} with each state whose object is still alive. */
    public void forEach(Consumer<InstanceState> action) {
        purge();
        for (Entry entry : table) {
            InstanceState state = entry == null ? null : entry.get();
            if (state != null) {
                action.accept(state);
            }
        }
    }

    /** Empties the map. */
    public void clear() {
        for (Entry entry : table) {
            if (entry != null) {
                entry.clear();
            }
        }
        table = new Entry[INITIAL_CAPACITY];
        shift = Integer.SIZE - Integer.numberOfTrailingZeros(INITIAL_CAPACITY);
        size = 0;
        purge();
    }

    /** Removes the entries of collected objects, as the garbage collector queued them. */
    private void purge() {
        for (Object reference; (reference = collected.poll()) != null; ) {
            Entry entry = (Entry) reference;
            for (int slot = home(entry.key); table[slot] != null; slot = next(slot)) {
                if (table[slot] == entry) {
                    delete(slot);
                    break;
                }
            }
        }
    }

    /** The slot holding {@code key}, or -1. */
    private int find(EntityKey key) {
        for (int slot = home(key); table[slot] != null; slot = next(slot)) {
            if (key.equals(table[slot].key)) {
                return slot;
            }
        }
        return -1;
    }

    private void insert(Entry entry) {
        int slot = home(entry.key);
        while (table[slot] != null) {
            slot = next(slot);
        }
        table[slot] = entry;
    }

    /** Empties {@code slot} and moves back the entries after it that would no longer be found (Knuth's algorithm R). */
    private void delete(int slot) {
        table[slot] = null;
        size--;
        int gap = slot;
        for (int scan = next(gap); table[scan] != null; scan = next(scan)) {
            int home = home(table[scan].key);
            boolean reachable = gap <= scan ? gap < home && home <= scan : gap < home || home <= scan;
            if (!reachable) {
                table[gap] = table[scan];
                table[scan] = null;
                gap = scan;
            }
        }
    }

    /** Doubles the table, dropping entries whose objects were collected. */
    private void grow() {
        Entry[] old = table;
        table = new Entry[old.length << 1];
        shift--;
        size = 0;
        for (Entry entry : old) {
            if (entry != null && !entry.refersTo(null)) {
                insert(entry);
                size++;
            }
        }
    }

    /** Fibonacci hashing of the key's hash onto the table. */
    private int home(EntityKey key) {
        return (key.hashCode() * 0x9E3779B9) >>> shift;
    }

    private int next(int slot) {
        return (slot + 1) & (table.length - 1);
    }
}
