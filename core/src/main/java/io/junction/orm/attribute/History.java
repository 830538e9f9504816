package io.junction.orm.attribute;

import java.util.List;

/**
 * What changed in an attribute since it was loaded or last flushed: for a scalar, the new value
 * and the old one; for a collection, the members added and removed.
 */
public record History(List<Object> added, List<Object> unchanged, List<Object> deleted) {
    public static final History EMPTY = new History(List.of(), List.of(), List.of());

    public boolean hasChanges() {
        return !added.isEmpty() || !deleted.isEmpty();
    }
}
