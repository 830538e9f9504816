package io.junction.orm.inspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What changed in one attribute since it was loaded or last flushed, SQLAlchemy's {@code History}:
 * for a scalar or a many-to-one, the new value in {@code added} and the old one in {@code deleted}
 * (or the value in {@code unchanged}); for a collection, the members appended, those still there,
 * and those removed. An attribute that is not loaded has only the changes made without loading it.
 *
 * @param added values set, or members appended, since the last load or flush
 * @param unchanged the loaded value or members that did not change
 * @param deleted the value replaced, or the members removed
 */
public record AttributeHistory(List<Object> added, List<Object> unchanged, List<Object> deleted) {

    /** No value and no change: an attribute not loaded and not changed. */
    public static final AttributeHistory EMPTY = new AttributeHistory(List.of(), List.of(), List.of());

    public AttributeHistory {
        added = copy(added);
        unchanged = copy(unchanged);
        deleted = copy(deleted);
    }

    /** Whether something was added or deleted. */
    public boolean hasChanges() {
        return !added.isEmpty() || !deleted.isEmpty();
    }

    /** Whether there is nothing at all: no change and no unchanged value. */
    public boolean isEmpty() {
        return added.isEmpty() && unchanged.isEmpty() && deleted.isEmpty();
    }

    /** Keeps nulls (a scalar set to {@code null} has {@code [null]} added), unlike {@link List#copyOf}. */
    private static List<Object> copy(List<?> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
