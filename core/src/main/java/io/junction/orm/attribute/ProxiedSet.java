package io.junction.orm.attribute;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The set an association proxy's field holds: the values of the proxied set's members. Adding a
 * value that no member shows adds a member made by the creator; removing a value removes the
 * member that shows it. Each operation reads the relationship anew.
 */
final class ProxiedSet extends AbstractSet<Object> {
    private final InstanceState owner;
    private final ProxyAttribute proxy;

    ProxiedSet(InstanceState owner, ProxyAttribute proxy) {
        this.owner = owner;
        this.proxy = proxy;
    }

    boolean belongsTo(InstanceState state, ProxyAttribute attribute) {
        return owner == state && proxy == attribute;
    }

    private Collection<Object> members() {
        return proxy.members(owner);
    }

    @Override
    public int size() {
        return members().size();
    }

    @Override
    public boolean contains(Object value) {
        return memberShowing(value) != null;
    }

    @Override
    public boolean add(Object value) {
        if (contains(value)) {
            return false;
        }
        members().add(proxy.create(value));
        return true;
    }

    @Override
    public boolean remove(Object value) {
        Object member = memberShowing(value);
        return member != null && members().remove(member);
    }

    @Override
    public void clear() {
        members().clear();
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> members = members().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return members.hasNext();
            }

            @Override
            public Object next() {
                return proxy.valueOf(members.next());
            }

            @Override
            public void remove() {
                members.remove();
            }
        };
    }

    /**
     * Takes {@code values} as SQLAlchemy's set proxy does on assignment: the members whose values
     * stay are kept, a member is made for each new value, and the others are removed.
     */
    void replaceWith(Collection<?> values) {
        Set<Object> wanted = new LinkedHashSet<>(values);
        List<Object> removals = new ArrayList<>();
        Set<Object> kept = new LinkedHashSet<>();
        for (Object member : new ArrayList<>(members())) {
            Object value = proxy.valueOf(member);
            if (wanted.contains(value) && kept.add(value)) {
                continue;
            }
            removals.add(member);
        }
        for (Object value : wanted) {
            if (!kept.contains(value)) {
                members().add(proxy.create(value));
            }
        }
        for (Object member : removals) {
            members().remove(member);
        }
    }

    private Object memberShowing(Object value) {
        for (Object member : members()) {
            if (Objects.equals(proxy.valueOf(member), value)) {
                return member;
            }
        }
        return null;
    }
}
