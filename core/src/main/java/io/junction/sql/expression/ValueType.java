package io.junction.sql.expression;

/** What a column's values are in Java and in JDBC; the schema's SQL types implement it. */
public interface ValueType {

    /** The {@link java.sql.Types} code used to bind a NULL of this type. */
    int jdbcType();

    /** The Java class values of this type are read as. */
    Class<?> javaType();
}
