package io.junction.orm.attribute;

import java.util.ArrayList;
import java.util.List;

/** The members a collection gained and lost since it was loaded or last flushed, by identity. */
final class CollectionHistory {
    private final List<Object> added = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();

    void added(Object item) {
        if (!removeByIdentity(removed, item)) {
            added.add(item);
        }
    }

    void removed(Object item) {
        if (!removeByIdentity(added, item)) {
            removed.add(item);
        }
    }

    List<Object> addedItems() {
        return added;
    }

    List<Object> removedItems() {
        return removed;
    }

    CollectionHistory copy() {
        CollectionHistory copy = new CollectionHistory();
        copy.added.addAll(added);
        copy.removed.addAll(removed);
        return copy;
    }

    static boolean removeByIdentity(List<Object> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                list.remove(i);
                return true;
            }
        }
        return false;
    }
}
