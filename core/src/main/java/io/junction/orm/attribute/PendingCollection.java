package io.junction.orm.attribute;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends and removals made through a backref to a collection that is not loaded yet; they are
 * applied when it loads, so setting {@code child.parent} never forces the parent's collection to load.
 */
final class PendingCollection {
    final List<Object> appended = new ArrayList<>();
    final List<Object> removed = new ArrayList<>();

    void append(Object item) {
        if (!CollectionHistory.removeByIdentity(removed, item)) {
            appended.add(item);
        }
    }

    void remove(Object item) {
        if (!CollectionHistory.removeByIdentity(appended, item)) {
            removed.add(item);
        }
    }
}
