package io.junction.sql.schema;

import io.junction.sql.expression.ValueType;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A column's SQL type: its kind and, where it has them, length or precision and scale. */
public final class SqlType implements ValueType {

    /** The kinds of types Junction maps; each dialect names them in DDL. */
    public enum Kind {
        INTEGER(Types.INTEGER, Integer.class),
        BIGINT(Types.BIGINT, Long.class),
        VARCHAR(Types.VARCHAR, String.class),
        TEXT(Types.VARCHAR, String.class),
        BOOLEAN(Types.BOOLEAN, Boolean.class),
        NUMERIC(Types.NUMERIC, BigDecimal.class),
        DATE(Types.DATE, LocalDate.class),
        TIMESTAMP(Types.TIMESTAMP, LocalDateTime.class),
        UUID(Types.OTHER, java.util.UUID.class);

        private final int jdbcType;
        private final Class<?> javaType;

        Kind(int jdbcType, Class<?> javaType) {
            this.jdbcType = jdbcType;
            this.javaType = javaType;
        }
    }

    public static final SqlType INTEGER = new SqlType(Kind.INTEGER, null, null);
    public static final SqlType BIGINT = new SqlType(Kind.BIGINT, null, null);
    public static final SqlType TEXT = new SqlType(Kind.TEXT, null, null);
    public static final SqlType BOOLEAN = new SqlType(Kind.BOOLEAN, null, null);
    public static final SqlType DATE = new SqlType(Kind.DATE, null, null);
    public static final SqlType TIMESTAMP = new SqlType(Kind.TIMESTAMP, null, null);
    public static final SqlType UUID = new SqlType(Kind.UUID, null, null);

    private final Kind kind;
    private final Integer length;
    private final Integer scale;

    private SqlType(Kind kind, Integer length, Integer scale) {
        this.kind = kind;
        this.length = length;
        this.scale = scale;
    }

    /** {@code VARCHAR(length)}. */
    static SqlType string(int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("a string length must be positive, not " + length);
        }
        return new SqlType(Kind.VARCHAR, length, null);
    }

    /** {@code VARCHAR} without a length limit. */
    static SqlType string() {
        return new SqlType(Kind.VARCHAR, null, null);
    }

    /** {@code NUMERIC(precision, scale)}. */
    public static SqlType numeric(int precision, int scale) {
        return new SqlType(Kind.NUMERIC, precision, scale);
    }

    public Kind kind() {
        return kind;
    }

    /** The length of a string or the precision of a numeric, or {@code null}. */
    public Integer length() {
        return length;
    }

    /** The scale of a numeric, or {@code null}. */
    public Integer scale() {
        return scale;
    }

    /** True for INTEGER and BIGINT, the types a generated key can have. */
    public boolean isInteger() {
        return kind == Kind.INTEGER || kind == Kind.BIGINT;
    }

    @Override
    public int jdbcType() {
        return kind.jdbcType;
    }

    @Override
    public Class<?> javaType() {
        return kind.javaType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlType other && kind == other.kind && Objects.equals(length, other.length)
                && Objects.equals(scale, other.scale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length, scale);
    }

    @Override
    public String toString() {
        if (length == null) {
            return kind.name();
        }
        return kind.name() + "(" + length + (scale != null ? ", " + scale : "") + ")";
    }
}
