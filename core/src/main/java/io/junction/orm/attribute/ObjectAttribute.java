package io.junction.orm.attribute;

import java.util.Collections;
import java.util.List;

/**
 * A reference to one other mapped object (many-to-one, or one side of a one-to-one). Setting it
 * moves the object between the collections of its backref: out of the old one, into the new one.
 */
public final class ObjectAttribute extends AttributeImpl {

    private boolean activeHistory;

    public ObjectAttribute(String key, ClassManager manager, FieldAccess field) {
        super(key, manager, field);
    }

    /**
     * Loads the old value before a change when the identity map cannot give it: a one-to-one seen
     * from the parent must know the child it replaces, to detach or delete it.
     */
    public void activeHistory(boolean load) {
        this.activeHistory = load;
    }

    @Override
    public Object write(InstanceState state, Object oldValue, Object newValue) {
        boolean loaded = state.isLoaded(key());
        if (!loaded && state.session() != null) {
            Object known = state.session().peek(state, this);
            if (known != InstanceState.NO_VALUE) {
                oldValue = known;
                loaded = true;
            } else if (activeHistory && state.key() != null) {
                load(state);
                oldValue = get(state);
                loaded = true;
            }
        }
        if (loaded && oldValue == newValue) {
            return newValue;
        }
        Object old = loaded ? oldValue : null;
        state.recordCommitted(key(), loaded ? oldValue : InstanceState.NO_VALUE);
        state.markLoaded(key());
        state.markModified();
        AttributeImpl other = backref();
        if (other != null) {
            if (old != null) {
                detachFrom(other, old, state.object());
            }
            if (newValue != null) {
                attachTo(other, newValue, state.object());
            }
        }
        return newValue;
    }

    /** Sets the reference because the other side changed: history, but no event back. */
    void setFromBackref(InstanceState state, Object value) {
        boolean loaded = state.isLoaded(key());
        Object current = loaded ? get(state) : null;
        if (loaded && current == value) {
            return;
        }
        state.recordCommitted(key(), loaded ? current : InstanceState.NO_VALUE);
        state.markModified();
        setQuietly(state, value);
        state.markLoaded(key());
        AttributeImpl other = backref();
        if (other != null && current != null) {
            detachFrom(other, current, state.object());
        }
    }

    private static void detachFrom(AttributeImpl other, Object holder, Object member) {
        InstanceState holderState = InstanceState.of(holder);
        if (holderState == null) {
            return;
        }
        if (other instanceof CollectionAttribute collection) {
            collection.removeFromBackref(holderState, member);
        } else if (other instanceof ObjectAttribute reference && reference.get(holderState) == member) {
            reference.setFromBackref(holderState, null);
        }
    }

    private static void attachTo(AttributeImpl other, Object holder, Object member) {
        InstanceState holderState = InstanceState.require(holder);
        if (other instanceof CollectionAttribute collection) {
            collection.appendFromBackref(holderState, member);
        } else if (other instanceof ObjectAttribute reference) {
            reference.setFromBackref(holderState, member);
        }
    }

    @Override
    public History history(InstanceState state) {
        Object current = state.isLoaded(key()) ? get(state) : null;
        if (!state.isChanged(key())) {
            return new History(List.of(), current == null ? List.of() : List.of(current), List.of());
        }
        Object old = state.committedValue(key());
        if (old == current) {
            return new History(List.of(), current == null ? List.of() : List.of(current), List.of());
        }
        List<Object> added = current == null ? Collections.singletonList(null) : List.of(current);
        List<Object> deleted = old == null || old == InstanceState.NO_VALUE ? List.of() : List.of(old);
        return new History(added, List.of(), deleted);
    }
}
