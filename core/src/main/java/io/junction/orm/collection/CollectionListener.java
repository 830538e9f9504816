package io.junction.orm.collection;

/**
 * Told of each member an instrumented collection gains or loses through the user's calls. A
 * collection counts members by identity: a list that holds an object twice has gained it once,
 * and loses it when its last occurrence goes.
 */
public interface CollectionListener {

    void appended(Object item);

    /** An append of a member the collection holds already: nothing changes, but the append was made. */
    void appendedWithoutChange(Object item);

    void removed(Object item);
}
