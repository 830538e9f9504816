package io.junction.orm.attribute;

import io.junction.orm.collection.IdentityList;

/** The members a collection gained and lost since it was loaded or last flushed, by identity. */
final class CollectionHistory {
    private final IdentityList<Object> added = new IdentityList<>();
    private final IdentityList<Object> removed = new IdentityList<>();

    void added(Object item) {
        if (!removed.removeIdentity(item)) {
            added.add(item);
        }
    }

    void removed(Object item) {
        if (!added.removeIdentity(item)) {
            removed.add(item);
        }
    }

    IdentityList<Object> addedItems() {
        return added;
    }

    IdentityList<Object> removedItems() {
        return removed;
    }

    CollectionHistory copy() {
        CollectionHistory copy = new CollectionHistory();
        copy.added.addAll(added);
        copy.removed.addAll(removed);
        return copy;
    }
}
