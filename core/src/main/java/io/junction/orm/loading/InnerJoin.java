package io.junction.orm.loading;

/**
 * How a joined eager load joins, SQLAlchemy's {@code innerjoin} values: {@code False} (a LEFT OUTER
 * JOIN), {@code True} (an INNER JOIN, nested into the right side of an outer join above it) and
 * {@code "unnested"} (an INNER JOIN chained on, which becomes a LEFT OUTER JOIN below an outer one).
 */
enum InnerJoin {
    OUTER, NESTED, UNNESTED
}
