package io.junction.orm.collection;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@code Map} of members by key (SQLAlchemy's {@code KeyFuncDict}), in insertion order, whose
 * appends and removals are reported. {@code put(key, member)} appends the member and removes the
 * one the key held before; {@code remove(key)} removes. The ORM adds a member by value (when
 * loading, or when a backref appends it) under the key its key rule gives; a key given to
 * {@code put} is kept as given, so a member whose key attribute differs from its map key is
 * re-keyed only when the collection loads again.
 */
public final class InstrumentedMap<K, V> extends AbstractMap<K, V> implements Instrumented<V> {
    private final LinkedHashMap<K, V> items = new LinkedHashMap<>();
    /** How many keys hold each member, by identity. */
    private final IdentityHashMap<Object, Integer> holders = new IdentityHashMap<>();
    private final CollectionType.KeyedType rule;
    private final CollectionListener listener;
    private Set<Entry<K, V>> entries;

    InstrumentedMap(CollectionListener listener, CollectionType.KeyedType rule, Collection<? extends V> members) {
        this.listener = listener;
        this.rule = rule;
        for (V member : members) {
            K key = keyOf(member);
            if (key != null || rule.holdsLoadedWithoutKey(member)) {
                addQuietly(key, member);
            }
        }
    }

    /** The key the key rule gives {@code member}. */
    @SuppressWarnings("unchecked")
    public K keyOf(Object member) {
        return (K) rule.keyOf(member);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return items.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return items.containsValue(value);
    }

    @Override
    public V get(Object key) {
        return items.get(key);
    }

    @Override
    public V put(K key, V member) {
        if (member == null) {
            throw new IllegalArgumentException("a relationship's Map holds members, not null; remove the key with remove("
                    + key + ") instead");
        }
        V old = items.get(key);
        if (old == member) {
            listener.appendedWithoutChange(member);
            return old;
        }
        member = (V) listener.appending(member);
        items.put(key, member);
        if (old != null && release(old)) {
            listener.removed(old);
        }
        if (hold(member)) {
            listener.appended(member);
        } else {
            listener.appendedAgain(member);
        }
        return old;
    }

    @Override
    public V remove(Object key) {
        if (!items.containsKey(key)) {
            return null;
        }
        V old = items.remove(key);
        if (release(old)) {
            listener.removed(old);
        }
        return old;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        if (entries == null) {
            entries = new Entries();
        }
        return entries;
    }

    /** Adds {@code member} under its key; a member without one is skipped if the rule ignores such members. */
    @Override
    public void addQuietly(V member) {
        K key = keyOf(member);
        if (key != null || !rule.ignoresUnpopulated()) {
            addQuietly(key, member);
        }
    }

    private void addQuietly(K key, V member) {
        V old = items.put(key, member);
        if (old != member) {
            if (old != null) {
                release(old);
            }
            hold(member);
        }
    }

    @Override
    public Object displacedBy(V member) {
        V old = items.get(keyOf(member));
        return old == member ? null : old;
    }

    @Override
    public boolean containsIdentity(Object member) {
        return holders.containsKey(member);
    }

    /** Removes {@code member} from under its key, or, if its key changed since, from the key that holds it. */
    @Override
    public boolean removeQuietly(Object member) {
        if (!holders.containsKey(member)) {
            return false;
        }
        K key = keyOf(member);
        if (items.get(key) == member) {
            items.remove(key);
        } else {
            Iterator<V> values = items.values().iterator();
            while (values.hasNext()) {
                if (values.next() == member) {
                    values.remove();
                    break;
                }
            }
        }
        release(member);
        return true;
    }

    @Override
    public Collection<V> members() {
        return Collections.unmodifiableCollection(items.values());
    }

    /** Counts one more key holding {@code member}; true if it is the first. */
    private boolean hold(Object member) {
        return holders.merge(member, 1, Integer::sum) == 1;
    }

    /** Counts one key fewer holding {@code member}; true if none is left. */
    private boolean release(Object member) {
        return holders.computeIfPresent(member, (m, count) -> count == 1 ? null : count - 1) == null;
    }

    /** The entries, whose iterator's {@code remove} and entries' {@code setValue} are reported. */
    private final class Entries extends AbstractSet<Entry<K, V>> {
        @Override
        public int size() {
            return items.size();
        }

        @Override
        public Iterator<Entry<K, V>> iterator() {
            Iterator<Entry<K, V>> delegate = items.entrySet().iterator();
            return new Iterator<>() {
                private Entry<K, V> current;

                @Override
                public boolean hasNext() {
                    return delegate.hasNext();
                }

                @Override
                public Entry<K, V> next() {
                    current = delegate.next();
                    K key = current.getKey();
                    return new SimpleEntry<>(key, current.getValue()) {
                        @Override
                        public V setValue(V member) {
                            super.setValue(member);
                            return put(key, member);
                        }
                    };
                }

                @Override
                public void remove() {
                    V old = current.getValue();
                    delegate.remove();
                    if (release(old)) {
                        listener.removed(old);
                    }
                }
            };
        }
    }
}
