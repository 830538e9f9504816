package io.junction.orm.relationship;

/** How a relationship loads. */
public enum Lazy {
    /** On first access, with one SELECT (the default). */
    SELECT,
    /** With its parent, through a LEFT OUTER JOIN. */
    JOINED,
    /** With its parents, through a second SELECT that repeats the parent query as a subquery. */
    SUBQUERY,
    /** With its parents, through a second SELECT with an IN list of their keys. */
    SELECTIN,
    /** Never: reading it throws, naming the attribute (the guard against N+1 queries). */
    RAISE,
    /** Never: it reads as empty. */
    NOLOAD,
    /** As a query object, for collections too large to load. */
    DYNAMIC,
    /** With its parent, by one SELECT per parent right after the parent's statement (a held many-to-one takes none). */
    IMMEDIATE,
    /**
     * Only without SQL: a many-to-one whose target the session holds (or whose foreign key is NULL)
     * reads without a statement; anything that would take one throws, naming the attribute.
     */
    RAISE_ON_SQL,
    /** Never: the field is a {@code WriteOnlyCollection} that adds and removes members and gives a query of them. */
    WRITE_ONLY
}
