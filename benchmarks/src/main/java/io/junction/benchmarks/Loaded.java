package io.junction.benchmarks;

/** Loaded children held by an open session (Junction, Hibernate) or a plain list (JDBC). */
public interface Loaded extends AutoCloseable {

    /** How many children are held. */
    int size();

    /** Gets each child by id from the session's identity map (JDBC: a {@code HashMap}); the checksum of what it got. */
    long get(Integer[] ids);

    @Override
    void close();
}
