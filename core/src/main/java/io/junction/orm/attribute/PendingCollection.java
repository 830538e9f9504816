package io.junction.orm.attribute;

import io.junction.orm.collection.IdentityList;

/**
 * Appends and removals made through a backref to a collection that is not loaded yet; they are
 * applied when it loads, so setting {@code child.parent} never forces the parent's collection to load.
 */
final class PendingCollection {
    final IdentityList<Object> appended = new IdentityList<>();
    final IdentityList<Object> removed = new IdentityList<>();

    void append(Object item) {
        if (!removed.removeIdentity(item)) {
            appended.add(item);
        }
    }

    void remove(Object item) {
        if (!appended.removeIdentity(item)) {
            removed.add(item);
        }
    }
}
