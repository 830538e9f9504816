package io.junction.orm.attribute;

import java.util.List;
import java.util.Objects;

/** A column value: a write remembers the value it replaced, once, until the next flush. */
public final class ScalarAttribute extends AttributeImpl {

    public ScalarAttribute(String key, ClassManager manager, FieldAccess field) {
        super(key, manager, field);
    }

    @Override
    public Object write(InstanceState state, Object oldValue, Object newValue) {
        boolean loaded = state.isLoaded(key());
        if (loaded && Objects.equals(oldValue, newValue) && !state.isChanged(key())) {
            return newValue;
        }
        state.recordCommitted(key(), loaded ? oldValue : InstanceState.NO_VALUE);
        state.markLoaded(key());
        state.markModified();
        return newValue;
    }

    @Override
    public History history(InstanceState state) {
        Object current = get(state);
        if (!state.isChanged(key())) {
            return new History(List.of(), current == null ? List.of() : List.of(current), List.of());
        }
        Object old = state.committedValue(key());
        if (old != InstanceState.NO_VALUE && Objects.equals(old, current)) {
            return new History(List.of(), current == null ? List.of() : List.of(current), List.of());
        }
        List<Object> added = current == null ? java.util.Collections.singletonList(null) : List.of(current);
        List<Object> deleted = old == null || old == InstanceState.NO_VALUE ? List.of() : List.of(old);
        return new History(added, List.of(), deleted);
    }

    /** True if the value differs from the one loaded or last flushed. */
    public boolean isChanged(InstanceState state) {
        if (!state.isChanged(key())) {
            return false;
        }
        Object old = state.committedValue(key());
        return old == InstanceState.NO_VALUE || !Objects.equals(old, get(state));
    }
}
