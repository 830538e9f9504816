package io.junction.orm.loading;

/** How {@link Query#join(String, JoinOption...)} joins along a relationship; made by {@link QueryOptions}. */
public enum JoinOption {
    /**
     * Join to an anonymous alias of the target's table, and read the criteria given to later
     * {@code filter} calls through it: SQLAlchemy's {@code join('parent', aliased=True)}.
     */
    ALIASED,
    /** Join from the target of the previous join (the join point) rather than from the query's entity. */
    FROM_JOINPOINT
}
