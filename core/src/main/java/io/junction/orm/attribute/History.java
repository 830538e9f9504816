package io.junction.orm.attribute;

import java.util.Collections;
import java.util.List;

/**
 * What changed in an attribute since it was loaded or last flushed: for a scalar, the new value
 * and the old one; for a collection, the members added and removed.
 */
public record History(List<Object> added, List<Object> unchanged, List<Object> deleted) {
    public static final History EMPTY = new History(List.of(), List.of(), List.of());

    /** A scalar or reference that did not change: {@code current}, if any, is unchanged. */
    static History unchanged(Object current) {
        return new History(List.of(), current == null ? List.of() : List.of(current), List.of());
    }

    /** A scalar or reference changed from {@code old} ({@link InstanceState#NO_VALUE} when not loaded then) to {@code current}. */
    static History changed(Object old, Object current) {
        List<Object> added = current == null ? Collections.singletonList(null) : List.of(current);
        List<Object> deleted = old == null || old == InstanceState.NO_VALUE ? List.of() : List.of(old);
        return new History(added, List.of(), deleted);
    }

    public boolean hasChanges() {
        return !added.isEmpty() || !deleted.isEmpty();
    }
}
