package io.junction.orm.attribute;

import java.util.Objects;

/** A column value: a write remembers the value it replaced, once, until the next flush. */
public final class ScalarAttribute extends AttributeImpl {

    public ScalarAttribute(String key, ClassManager manager, FieldAccess field) {
        super(key, manager, field);
    }

    @Override
    public Object write(InstanceState state, Object oldValue, Object newValue) {
        boolean loaded = state.isLoaded(this);
        AttributeListeners listeners = listeners();
        if (listeners != null) {
            newValue = listeners.set(state, newValue, loaded ? oldValue : null, false);
        }
        if (loaded && Objects.equals(oldValue, newValue) && !state.isChanged(this)) {
            return newValue;
        }
        state.recordCommitted(this, loaded ? oldValue : InstanceState.NO_VALUE);
        state.markLoaded(this);
        state.markModified();
        return newValue;
    }

    @Override
    public History history(InstanceState state) {
        Object current = get(state);
        if (!state.isChanged(this) || !differs(state.committedValue(this), current)) {
            return History.unchanged(current);
        }
        return History.changed(state.committedValue(this), current);
    }

    /** True if the value differs from the one loaded or last flushed. */
    public boolean isChanged(InstanceState state) {
        return state.isChanged(this) && differs(state.committedValue(this), get(state));
    }

    private static boolean differs(Object committed, Object current) {
        return committed == InstanceState.NO_VALUE || !Objects.equals(committed, current);
    }
}
