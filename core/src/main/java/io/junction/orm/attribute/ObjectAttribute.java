package io.junction.orm.attribute;

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
        AttributeListeners listeners = listeners();
        if (viewonly()) {
            if (listeners != null) {
                newValue = listeners.set(state, newValue, state.isLoaded(this) ? oldValue : null, false);
            }
            checkMemberClass(newValue);
            state.markLoaded(this);
            return newValue;
        }
        if (listeners == null) {
            checkMemberClass(newValue);
        }
        if (newValue != oldValue) {
            checkSingleParent(state, newValue);
        }
        boolean loaded = state.isLoaded(this);
        if (!loaded) {
            Object known = currentWithoutSql(state);
            if (known != InstanceState.NO_VALUE) {
                oldValue = known;
                loaded = true;
            }
        }
        if (listeners != null) {
            Object given = newValue;
            newValue = listeners.set(state, newValue, loaded ? oldValue : null, false);
            checkMemberClass(newValue);
            if (newValue != given && newValue != oldValue) {
                checkSingleParent(state, newValue);
            }
        }
        if (loaded && oldValue == newValue) {
            return newValue;
        }
        Object old = loaded ? oldValue : null;
        state.recordCommitted(this, loaded ? oldValue : InstanceState.NO_VALUE);
        state.markLoaded(this);
        state.markModified();
        replaced(state, old, newValue);
        AttributeImpl other = backref();
        if (other != null) {
            if (old != null) {
                detachFrom(other, old, state.object());
            }
            if (newValue != null) {
                attachTo(other, newValue, state.object());
            }
        }
        memberDetached(state, old);
        memberAttached(state, newValue);
        return newValue;
    }

    /** Sets the reference because the other side changed: history, but no event back. */
    void setFromBackref(InstanceState state, Object value) {
        boolean loaded = state.isLoaded(this);
        Object current = loaded ? get(state) : currentWithoutSql(state);
        replaceFromBackref(state, current, value);
    }

    /**
     * Clears the reference because {@code holder} let go of this object, unless it refers to another
     * object by now. An unloaded reference is taken to hold {@code holder}: nothing is loaded to clear it.
     */
    void unsetFromBackref(InstanceState state, Object holder) {
        Object current = state.isLoaded(this) ? get(state) : peek(state);
        if (current == InstanceState.NO_VALUE || current == holder) {
            replaceFromBackref(state, holder, null);
        }
    }

    private void replaceFromBackref(InstanceState state, Object current, Object value) {
        boolean known = current != InstanceState.NO_VALUE;
        AttributeListeners listeners = listeners();
        if (listeners != null) {
            value = listeners.set(state, value, known ? current : null, true);
        }
        checkMemberClass(value);
        if (known && current == value) {
            return;
        }
        Object old = known ? current : null;
        state.recordCommitted(this, current);
        state.markModified();
        setQuietly(state, value);
        state.markLoaded(this);
        replaced(state, old, value);
        AttributeImpl other = backref();
        if (other != null && old != null) {
            detachFrom(other, old, state.object());
        }
        memberDetached(state, old);
    }

    private Object peek(InstanceState state) {
        SessionLink session = state.session();
        return session == null ? InstanceState.NO_VALUE : session.peek(state, this);
    }

    /**
     * The value of an unloaded reference when it can be had without a query that flushes: from the
     * identity map, or — for a reference whose old value matters (a one-to-one seen from the
     * parent, or delete-orphan) — loaded without autoflush; {@link InstanceState#NO_VALUE} otherwise.
     */
    private Object currentWithoutSql(InstanceState state) {
        Object known = peek(state);
        if (known != InstanceState.NO_VALUE) {
            return known;
        }
        if (activeHistory && state.key() != null) {
            state.session().loadWithoutAutoflush(state, this);
            return get(state);
        }
        return InstanceState.NO_VALUE;
    }

    /** Parent bookkeeping for the objects this reference now holds and no longer holds. */
    private void replaced(InstanceState state, Object old, Object value) {
        if (value != null) {
            trackParent(InstanceState.require(value), state, true);
        }
        InstanceState oldState = old == null ? null : InstanceState.of(old);
        if (oldState != null) {
            trackParent(oldState, state, false);
        }
    }

    private static void detachFrom(AttributeImpl other, Object holder, Object member) {
        InstanceState holderState = InstanceState.of(holder);
        if (holderState == null) {
            return;
        }
        if (other instanceof CollectionAttribute collection) {
            collection.removeFromBackref(holderState, member);
        } else if (other instanceof ObjectAttribute reference) {
            reference.unsetFromBackref(holderState, member);
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
        Object current = state.isLoaded(this) ? get(state) : null;
        if (!state.isChanged(this) || state.committedValue(this) == current) {
            return History.unchanged(current);
        }
        return History.changed(state.committedValue(this), current);
    }
}
