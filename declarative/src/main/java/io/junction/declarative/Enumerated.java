package io.junction.declarative;

/** How {@link Column#enumerated()} stores an enum field. */
public enum Enumerated {
    /** The constant's name in a VARCHAR as long as the longest name (the default). */
    NAME,
    /** The constant's ordinal in an INTEGER. */
    ORDINAL,
    /**
     * The constant's name in a native enum type, named by {@link Column#enumName()} (the enum's simple
     * name in snake_case when empty): PostgreSQL's {@code CREATE TYPE ... AS ENUM}, H2's {@code ENUM(...)}.
     */
    NATIVE
}
