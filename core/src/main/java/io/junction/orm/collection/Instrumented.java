package io.junction.orm.collection;

import java.util.Collection;

/**
 * What the ORM needs of any instrumented container a relationship field holds — a list, a set, a
 * map or a user's collection class: its members, and changes made quietly (when loading, or when
 * the other side of a backref moved) that the listener does not hear of.
 */
public interface Instrumented<E> {

    /** Adds without telling the listener. */
    void addQuietly(E item);

    /** True if the container holds {@code item} itself. */
    boolean containsIdentity(Object item);

    /** Removes without telling the listener; true if the item was there. */
    boolean removeQuietly(Object item);

    /** The members, a live view (a map's values). */
    Collection<E> members();

    /**
     * The member that a quiet add of {@code item} would push out, or {@code null}: a map holds one
     * member per key, so adding a member under a key that is taken replaces the member there.
     */
    default Object displacedBy(E item) {
        return null;
    }
}
