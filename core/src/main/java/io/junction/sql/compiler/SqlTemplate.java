package io.junction.sql.compiler;

/**
 * The cached result of compiling a statement shape: its SQL text and, for each {@code ?} in it,
 * the index of the bind parameter in the shape's canonical order.
 */
public record SqlTemplate(String sql, int[] parameterOrder) {
}
