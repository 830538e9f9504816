package io.junction.orm.collection;

/**
 * Told of each member an instrumented collection gains or loses through the user's calls. A
 * collection counts members by identity: a list that holds an object twice has gained it once,
 * and loses it when its last occurrence goes.
 */
public interface CollectionListener {

    /**
     * Called before {@code item} is added, so a listener can refuse it while nothing has changed yet,
     * or give the member to add in its place; returns the member to add.
     */
    default Object appending(Object item) {
        return item;
    }

    void appended(Object item);

    /** A list appended a member it holds already: the members are the same, but the append was made. */
    void appendedAgain(Object item);

    /** A set was given a member it holds already, or an assignment kept one: nothing was appended. */
    void appendedWithoutChange(Object item);

    void removed(Object item);
}
