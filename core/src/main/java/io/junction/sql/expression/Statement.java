package io.junction.sql.expression;

/**
 * A complete statement that an engine can execute: SELECT, INSERT, UPDATE or DELETE. A statement
 * is immutable, so it keeps what a dialect compiled it to: run again (a flush's next page of rows,
 * a cached by-key SELECT), it is not walked again for its shape.
 */
public sealed interface Statement extends SqlNode permits Select, Insert, Update, Delete {

    /** What {@code compiler} compiled this statement to, or {@code null}. */
    Object compiledBy(Object compiler);

    /** Keeps {@code compiled} as what {@code compiler} compiled this statement to (one compiler at a time). */
    void compiledBy(Object compiler, Object compiled);
}
