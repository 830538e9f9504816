package io.junction.sql.expression;

/** What a column's values are in Java and in JDBC; the schema's SQL types implement it. */
public interface ValueType {

    /** The {@link java.sql.Types} code used to bind a NULL of this type. */
    int jdbcType();

    /** The Java class values of this type are read as. */
    Class<?> javaType();

    /** A non-null value of {@link #javaType()} as the column stores it; the value itself unless the type converts. */
    default Object toDatabase(Object value) {
        return value;
    }

    /** A value read from the column as {@link #javaType()}; the value itself unless the type converts. */
    default Object fromDatabase(Object value) {
        return value;
    }
}
