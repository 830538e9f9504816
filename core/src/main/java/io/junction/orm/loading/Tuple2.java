package io.junction.orm.loading;

/**
 * One row of a query for two entities ({@code session.query(User.class, Address.class)}): the
 * object of each, or {@code null} for an entity an outer join found no row for.
 *
 * @param first  the object of the first entity
 * @param second the object of the second entity
 */
public record Tuple2<A, B>(A first, B second) {
}
