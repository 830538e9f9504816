package io.junction.orm.attribute;

import java.util.AbstractList;
import java.util.List;

/**
 * The list an association proxy's field holds: element {@code i} is the value of the proxied
 * list's member {@code i}. Adding a value appends a member made by the creator; setting one gives
 * the member at that position the new value; removing one removes its member. Each operation reads
 * the relationship anew, so the view follows an assignment of the relationship's field.
 */
final class ProxiedList extends AbstractList<Object> {
    private final InstanceState owner;
    private final ProxyAttribute proxy;

    ProxiedList(InstanceState owner, ProxyAttribute proxy) {
        this.owner = owner;
        this.proxy = proxy;
    }

    boolean belongsTo(InstanceState state, ProxyAttribute attribute) {
        return owner == state && proxy == attribute;
    }

    private List<Object> members() {
        return (List<Object>) proxy.members(owner);
    }

    @Override
    public Object get(int index) {
        return proxy.valueOf(members().get(index));
    }

    @Override
    public int size() {
        return members().size();
    }

    @Override
    public Object set(int index, Object value) {
        Object member = members().get(index);
        Object old = proxy.valueOf(member);
        proxy.assign(member, value);
        return old;
    }

    @Override
    public void add(int index, Object value) {
        List<Object> members = members();
        if (index < 0 || index > members.size()) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + members.size());
        }
        members.add(index, proxy.create(value));
    }

    @Override
    public Object remove(int index) {
        return proxy.valueOf(members().remove(index));
    }

    @Override
    protected void removeRange(int from, int to) {
        List<Object> members = members();
        for (int i = to - 1; i >= from; i--) {
            members.remove(i);
        }
    }
}
