package io.junction.orm.collection;

/** Told of each member an instrumented collection gains or loses through the user's calls. */
public interface CollectionListener {

    void appended(Object item);

    void removed(Object item);
}
