package io.junction.sql.schema;

import io.junction.sql.expression.ValueType;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A column's SQL type: its kind and, where it has them, length or precision and scale, the element
 * type of an array, the name and labels of a native enum type, and the {@link Converter} through
 * which its values cross between the application's Java type and the column's.
 */
public final class SqlType implements ValueType {

    /** The kinds of types Junction maps; each dialect names them in DDL. */
    public enum Kind {
        INTEGER(Types.INTEGER, Integer.class),
        BIGINT(Types.BIGINT, Long.class),
        SMALLINT(Types.SMALLINT, Short.class),
        REAL(Types.REAL, Float.class),
        DOUBLE(Types.DOUBLE, Double.class),
        VARCHAR(Types.VARCHAR, String.class),
        TEXT(Types.VARCHAR, String.class),
        BOOLEAN(Types.BOOLEAN, Boolean.class),
        NUMERIC(Types.NUMERIC, BigDecimal.class),
        DATE(Types.DATE, LocalDate.class),
        TIME(Types.TIME, LocalTime.class),
        TIMESTAMP(Types.TIMESTAMP, LocalDateTime.class),
        TIMESTAMP_TZ(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.class),
        UUID(Types.OTHER, java.util.UUID.class),
        BINARY(Types.VARBINARY, byte[].class),
        JSON(Types.OTHER, String.class),
        JSONB(Types.OTHER, String.class),
        ENUM(Types.OTHER, String.class),
        ARRAY(Types.ARRAY, List.class);

        private final int jdbcType;
        private final Class<?> javaType;

        Kind(int jdbcType, Class<?> javaType) {
            this.jdbcType = jdbcType;
            this.javaType = javaType;
        }
    }

    public static final SqlType INTEGER = new SqlType(Kind.INTEGER);
    public static final SqlType BIGINT = new SqlType(Kind.BIGINT);
    public static final SqlType SMALLINT = new SqlType(Kind.SMALLINT);
    public static final SqlType REAL = new SqlType(Kind.REAL);
    public static final SqlType DOUBLE = new SqlType(Kind.DOUBLE);
    public static final SqlType TEXT = new SqlType(Kind.TEXT);
    public static final SqlType BOOLEAN = new SqlType(Kind.BOOLEAN);
    public static final SqlType DATE = new SqlType(Kind.DATE);
    public static final SqlType TIME = new SqlType(Kind.TIME);
    public static final SqlType TIMESTAMP = new SqlType(Kind.TIMESTAMP);
    public static final SqlType TIMESTAMP_TZ = new SqlType(Kind.TIMESTAMP_TZ);
    public static final SqlType UUID = new SqlType(Kind.UUID);
    public static final SqlType BINARY = new SqlType(Kind.BINARY);
    public static final SqlType JSON = new SqlType(Kind.JSON);
    public static final SqlType JSONB = new SqlType(Kind.JSONB);
    public static final SqlType INSTANT = converted(new InstantConverter());
    public static final SqlType INT_ARRAY = converted(new IntArrayConverter());

    private final Kind kind;
    private final Integer length;
    private final Integer scale;
    private final SqlType element;
    private final String enumName;
    private final List<String> labels;
    private final Converter<?, ?> converter;

    private SqlType(Kind kind) {
        this(kind, null, null, null, null, List.of(), null);
    }

    private SqlType(Kind kind, Integer length, Integer scale, SqlType element, String enumName, List<String> labels,
                    Converter<?, ?> converter) {
        this.kind = kind;
        this.length = length;
        this.scale = scale;
        this.element = element;
        this.enumName = enumName;
        this.labels = labels;
        this.converter = converter;
    }

    /** {@code VARCHAR(length)}. */
    static SqlType string(int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("a string length must be positive, not " + length);
        }
        return new SqlType(Kind.VARCHAR, length, null, null, null, List.of(), null);
    }

    /** {@code VARCHAR} without a length limit. */
    static SqlType string() {
        return new SqlType(Kind.VARCHAR);
    }

    /** {@code NUMERIC(precision, scale)}. */
    public static SqlType numeric(int precision, int scale) {
        return new SqlType(Kind.NUMERIC, precision, scale, null, null, List.of(), null);
    }

    /** An array of {@code element} values, read as an unmodifiable {@code List}. */
    static SqlType array(SqlType element) {
        if (element.kind == Kind.ARRAY || element.converter != null || element.kind == Kind.ENUM) {
            throw new IllegalArgumentException("an array holds plain values, not " + element
                    + "; use an array of INTEGER, BIGINT, TEXT, VARCHAR, BOOLEAN, NUMERIC, DOUBLE or the like");
        }
        return new SqlType(Kind.ARRAY, null, null, element, null, List.of(), null);
    }

    /** The type whose values cross through {@code converter} into its column type. */
    static SqlType converted(Converter<?, ?> converter) {
        Objects.requireNonNull(converter, "converter");
        SqlType column = Objects.requireNonNull(converter.columnType(),
                () -> converter.getClass().getName() + ".columnType() returned null; return the column's SqlType");
        if (column.converter != null) {
            throw new IllegalArgumentException(converter.getClass().getName() + ".columnType() is " + column
                    + ", which converts already; return a plain SqlType such as Schema.TEXT");
        }
        if (converter.javaType() == null) {
            throw new IllegalArgumentException(converter.getClass().getName() + ".javaType() returned null; return the "
                    + "Java class the application holds");
        }
        return new SqlType(column.kind, column.length, column.scale, column.element, column.enumName, column.labels,
                converter);
    }

    /** An enum stored by its constants' names in a VARCHAR as long as the longest name. */
    static <E extends Enum<E>> SqlType enumByName(Class<E> type) {
        return converted(new EnumConverter<>(type, false, string(EnumConverter.longestName(type))));
    }

    /** An enum stored by its constants' ordinals in an INTEGER. */
    static <E extends Enum<E>> SqlType enumByOrdinal(Class<E> type) {
        return converted(new EnumConverter<>(type, true, INTEGER));
    }

    /**
     * An enum stored by its constants' names in a native enum type: PostgreSQL's
     * {@code CREATE TYPE name AS ENUM (...)}, H2's {@code ENUM(...)}.
     */
    static <E extends Enum<E>> SqlType nativeEnum(String name, Class<E> type) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a native enum type of " + type.getSimpleName() + " needs a name");
        }
        List<String> labels = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        SqlType column = new SqlType(Kind.ENUM, null, null, null, name, labels, null);
        return converted(new EnumConverter<>(type, false, column));
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

    /** The type of an array's elements, or {@code null}. */
    public SqlType element() {
        return element;
    }

    /** The name of a native enum type, or {@code null}. */
    public String enumName() {
        return enumName;
    }

    /** The labels of a native enum type, in order; empty for other kinds. */
    public List<String> labels() {
        return labels;
    }

    /** The converter of a converted type, or {@code null}. */
    public Converter<?, ?> converter() {
        return converter;
    }

    /** True for INTEGER and BIGINT, the types a generated key can have. */
    public boolean isInteger() {
        return converter == null && (kind == Kind.INTEGER || kind == Kind.BIGINT);
    }

    @Override
    public int jdbcType() {
        return kind.jdbcType;
    }

    /** The Java type the application holds: the converter's, else the column's. */
    @Override
    public Class<?> javaType() {
        return converter != null ? converter.javaType() : kind.javaType;
    }

    /** The Java type JDBC reads and binds for this column, before any converter. */
    public Class<?> columnJavaType() {
        return kind.javaType;
    }

    /** A value of the converter's Java type through its {@code toColumn}; any other value (a column value already) as it is. */
    @Override
    @SuppressWarnings("unchecked")
    public Object toDatabase(Object value) {
        return converter == null || !converter.javaType().isInstance(value) ? value
                : ((Converter<Object, Object>) converter).toColumn(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object fromDatabase(Object value) {
        return converter == null || value == null ? value : ((Converter<Object, Object>) converter).fromColumn(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlType other && kind == other.kind && Objects.equals(length, other.length)
                && Objects.equals(scale, other.scale) && Objects.equals(element, other.element)
                && Objects.equals(enumName, other.enumName) && labels.equals(other.labels)
                && sameConverter(converter, other.converter);
    }

    /** Two converters are the same when equal, or of the same class for the same Java type. */
    private static boolean sameConverter(Converter<?, ?> a, Converter<?, ?> b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(b) || a.getClass() == b.getClass() && a.javaType() == b.javaType();
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length, scale, element, enumName, converter == null ? null : converter.javaType());
    }

    /** {@code VARCHAR(8)}, {@code INTEGER[]}, {@code ENUM status}, {@code VARCHAR(8) as Status by name}. */
    @Override
    public String toString() {
        String text;
        if (kind == Kind.ARRAY) {
            text = element + "[]";
        } else if (kind == Kind.ENUM) {
            text = "ENUM " + enumName + labels;
        } else if (length == null) {
            text = kind.name();
        } else {
            text = kind.name() + "(" + length + (scale != null ? ", " + scale : "") + ")";
        }
        if (converter instanceof EnumConverter<?> || converter instanceof InstantConverter || converter instanceof IntArrayConverter) {
            return text + " as " + converter;
        }
        return converter == null ? text : text + " through " + converter.getClass().getSimpleName();
    }
}
