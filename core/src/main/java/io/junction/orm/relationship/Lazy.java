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
    DYNAMIC
}
