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
 * <p>The table is a chained hash table whose chain nodes are the weak references themselves, so
 * an object costs the map one {@link Entry} and a slot, not a map node besides; it grows when it
 * holds as many entries as slots (chains stay short: under one entry per slot on average).
 */
public final class IdentityMap {
    private static final int INITIAL_CAPACITY = 16;

    private Entry[] table = new Entry[INITIAL_CAPACITY];
    private int size;
    private ReferenceQueue<InstanceState> collected = new ReferenceQueue<>();

    /** A weak reference to one state and the next entry of its bucket; it keeps the key so that it can be found and unlinked once the state is gone. */
    private static final class Entry extends WeakReference<InstanceState> {
        final EntityKey key;
        /** The key's hash, kept here (in the padding the entry has anyway) so that growing and probing do not read the key. */
        final int hash;
        Entry next;

        Entry(EntityKey key, int hash, InstanceState state, ReferenceQueue<InstanceState> queue, Entry next) {
            super(state, queue);
            this.key = key;
            this.hash = hash;
            this.next = next;
        }
    }

    /** Spreads the high bits of a key's hash into the low bits a table index keeps, as {@code HashMap} does. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private Entry find(EntityKey key) {
        Entry[] tab = table;
        int hash = spread(key.hashCode());
        for (Entry entry = tab[hash & (tab.length - 1)]; entry != null; entry = entry.next) {
            if (entry.hash == hash && entry.key.equals(key)) {
                return entry;
            }
        }
        return null;
    }

    /** The state held under {@code key}, or {@code null} when there is none or its object was collected. */
    public InstanceState get(EntityKey key) {
        purge();
        Entry entry = find(key);
        return entry == null ? null : entry.get();
    }

    /**
     * The state held for the one-column primary key {@code value} of {@code mapper}'s class, found
     * without building a key; {@code null} as {@link #get}.
     */
    public InstanceState get(Mapper mapper, Object value) {
        purge();
        Class<?> type = mapper.identityClass();
        Object normalized = EntityKey.normalizedSingle(mapper, value);
        Entry[] tab = table;
        int keyHash = EntityKey.singleHash(type, normalized);
        int hash = spread(keyHash);
        for (Entry entry = tab[hash & (tab.length - 1)]; entry != null; entry = entry.next) {
            if (entry.hash == hash && entry.key.isSingle(keyHash, type, normalized)) {
                return entry.get();
            }
        }
        return null;
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
        Entry existing = find(key);
        if (existing != null) {
            InstanceState held = existing.get();
            if (held == state) {
                return;
            }
            if (held != null) {
                throw new IllegalStateException("the session already holds another object for " + key
                        + "; load that one with session.get, or merge this one with session.merge");
            }
            unlink(existing);
            existing.clear();
        }
        link(key, state);
    }

    /**
     * Adds a state under its key, which the caller has just looked up ({@link #get(Mapper, Object)}
     * or {@link #get(EntityKey)}) and found no live object for: no second probe.
     */
    public void addAbsent(InstanceState state) {
        EntityKey key = EntityKey.of(state);
        link(key, state);
    }

    /** Puts a new entry for {@code state} at the head of its key's bucket, growing the table first when it is full. */
    private void link(EntityKey key, InstanceState state) {
        if (size >= table.length) {
            grow();
        }
        int hash = spread(key.hashCode());
        int index = hash & (table.length - 1);
        table[index] = new Entry(key, hash, state, collected, table[index]);
        size++;
    }

    /** Removes the state under its key, if it is the one there. */
    public void remove(InstanceState state) {
        purge();
        EntityKey key = EntityKey.of(state);
        if (key != null) {
            Entry entry = find(key);
            if (entry != null && entry.get() == state) {
                unlink(entry);
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
        List<InstanceState> live = new ArrayList<>(size);
        forEach(live::add);
        return live;
    }

    /** Calls {@code action} with each state whose object is still alive. */
    public void forEach(Consumer<InstanceState> action) {
        purge();
        for (Entry head : table) {
            for (Entry entry = head; entry != null; entry = entry.next) {
                InstanceState state = entry.get();
                if (state != null) {
                    action.accept(state);
                }
            }
        }
    }

    /**
     * Empties the map without visiting its entries: the old table and its queue are dropped
     * together, so an entry of the old table that is collected later is queued where nothing looks.
     */
    public void clear() {
        table = new Entry[INITIAL_CAPACITY];
        size = 0;
        collected = new ReferenceQueue<>();
    }

    /** Unlinks {@code target} from its bucket, if it is still linked there. */
    private void unlink(Entry target) {
        int index = target.hash & (table.length - 1);
        Entry previous = null;
        for (Entry entry = table[index]; entry != null; previous = entry, entry = entry.next) {
            if (entry == target) {
                if (previous == null) {
                    table[index] = entry.next;
                } else {
                    previous.next = entry.next;
                }
                entry.next = null;
                size--;
                return;
            }
        }
    }

    /** Doubles the table: each chain splits into the one at its index and the one a table length above, in order. */
    private void grow() {
        Entry[] old = table;
        int length = old.length;
        Entry[] grown = new Entry[length << 1];
        for (int i = 0; i < length; i++) {
            Entry lowHead = null;
            Entry lowTail = null;
            Entry highHead = null;
            Entry highTail = null;
            for (Entry entry = old[i]; entry != null; entry = entry.next) {
                if ((entry.hash & length) == 0) {
                    if (lowTail == null) {
                        lowHead = entry;
                    } else {
                        lowTail.next = entry;
                    }
                    lowTail = entry;
                } else {
                    if (highTail == null) {
                        highHead = entry;
                    } else {
                        highTail.next = entry;
                    }
                    highTail = entry;
                }
            }
            if (lowTail != null) {
                lowTail.next = null;
                grown[i] = lowHead;
            }
            if (highTail != null) {
                highTail.next = null;
                grown[i + length] = highHead;
            }
        }
        table = grown;
    }

    /** Removes the entries of collected objects, as the garbage collector queued them. */
    private void purge() {
        for (Object reference; (reference = collected.poll()) != null; ) {
            unlink((Entry) reference);
        }
    }
}
