package io.junction.orm.attribute;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map an association proxy's field holds over a {@code Map} relationship: under each key, the
 * value of the member that key holds. Putting a value under a key the relationship holds gives
 * that member the value; under a new key, the creator makes a member from the key and the value.
 * Removing a key removes its member. Each operation reads the relationship anew.
 */
final class ProxiedMap extends AbstractMap<Object, Object> {
    private final InstanceState owner;
    private final ProxyAttribute proxy;

    ProxiedMap(InstanceState owner, ProxyAttribute proxy) {
        this.owner = owner;
        this.proxy = proxy;
    }

    boolean belongsTo(InstanceState state, ProxyAttribute attribute) {
        return owner == state && proxy == attribute;
    }

    private Map<Object, Object> members() {
        return proxy.memberMap(owner);
    }

    @Override
    public int size() {
        return members().size();
    }

    @Override
    public boolean containsKey(Object key) {
        return members().containsKey(key);
    }

    @Override
    public Object get(Object key) {
        Object member = members().get(key);
        return member == null ? null : proxy.valueOf(member);
    }

    @Override
    public Object put(Object key, Object value) {
        Map<Object, Object> members = members();
        Object member = members.get(key);
        if (member != null) {
            Object old = proxy.valueOf(member);
            proxy.assign(member, value);
            return old;
        }
        members.put(key, proxy.create(key, value));
        return null;
    }

    @Override
    public Object remove(Object key) {
        Object member = members().remove(key);
        return member == null ? null : proxy.valueOf(member);
    }

    @Override
    public void clear() {
        members().clear();
    }

    /**
     * Takes {@code values} as SQLAlchemy's dict proxy does on assignment: a key held already gives
     * its member the new value, a new key makes a member, and the keys not given are removed.
     */
    void replaceWith(Map<?, ?> values) {
        Map<Object, Object> wanted = new LinkedHashMap<>(values);
        List<Object> removals = new ArrayList<>();
        for (Object key : members().keySet()) {
            if (!wanted.containsKey(key)) {
                removals.add(key);
            }
        }
        for (Map.Entry<Object, Object> entry : wanted.entrySet()) {
            put(entry.getKey(), entry.getValue());
        }
        for (Object key : removals) {
            members().remove(key);
        }
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return members().size();
            }

            @Override
            public Iterator<Entry<Object, Object>> iterator() {
                Iterator<Entry<Object, Object>> entries = members().entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Entry<Object, Object> next() {
                        Entry<Object, Object> entry = entries.next();
                        Object member = entry.getValue();
                        return new SimpleEntry<>(entry.getKey(), proxy.valueOf(member)) {
                            @Override
                            public Object setValue(Object value) {
                                Object old = super.setValue(value);
                                proxy.assign(member, value);
                                return old;
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        entries.remove();
                    }
                };
            }
        };
    }
}
