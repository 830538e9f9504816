package io.junction.sql.expression;

/** A node of the SQL expression tree; compilers visit it and shape keys describe it. */
public interface SqlNode {

    <R> R accept(Visitor<R> visitor);

    /** Appends this node's structure (everything but bound values) to {@code shape}. */
    void describe(Shape shape);
}
