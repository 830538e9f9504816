package io.junction.orm.collection;

import java.util.Collection;

/**
 * A collection that reports changes to a {@link CollectionListener}. The ORM changes it quietly
 * (when loading, or when the other side of a backref moved) through the {@code ...Quietly} methods.
 */
public interface InstrumentedCollection<E> extends Collection<E> {

    /** Adds without telling the listener. */
    void addQuietly(E item);

    /** True if the collection holds {@code item} itself. */
    boolean containsIdentity(Object item);

    /** Removes without telling the listener; true if the item was there. */
    boolean removeQuietly(Object item);
}
