package io.junction.sql.schema;

import java.util.List;

/**
 * Static factories for table declarations, meant for {@code import static}:
 * {@code metadata.table("child", column("id", INTEGER).primaryKey(), column("parent_id", INTEGER).foreignKey("parent.id"))}.
 */
public final class Schema {
    public static final SqlType INTEGER = SqlType.INTEGER;
    public static final SqlType BIGINT = SqlType.BIGINT;
    public static final SqlType TEXT = SqlType.TEXT;
    public static final SqlType BOOLEAN = SqlType.BOOLEAN;
    public static final SqlType DATE = SqlType.DATE;
    public static final SqlType TIMESTAMP = SqlType.TIMESTAMP;
    public static final SqlType UUID = SqlType.UUID;
    /** SMALLINT, read as {@code Short}; a {@code Byte} field maps to it too. */
    public static final SqlType SMALLINT = SqlType.SMALLINT;
    /** REAL, read as {@code Float}. */
    public static final SqlType REAL = SqlType.REAL;
    /** DOUBLE PRECISION, read as {@code Double}. */
    public static final SqlType DOUBLE = SqlType.DOUBLE;
    /** TIME, read as {@code LocalTime}. */
    public static final SqlType TIME = SqlType.TIME;
    /** TIMESTAMP WITH TIME ZONE, read as {@code OffsetDateTime} (PostgreSQL gives it back at UTC). */
    public static final SqlType TIMESTAMP_TZ = SqlType.TIMESTAMP_TZ;
    /** TIMESTAMP WITH TIME ZONE, read as {@code Instant}. */
    public static final SqlType INSTANT = SqlType.INSTANT;
    /** An INTEGER array read as an {@code int[]} (PostgreSQL's {@code INTEGER[]}, H2's {@code INTEGER ARRAY}). */
    public static final SqlType INT_ARRAY = SqlType.INT_ARRAY;
    /** Bytes, read as {@code byte[]}: PostgreSQL's BYTEA, H2's BINARY VARYING. */
    public static final SqlType BINARY = SqlType.BINARY;
    /** JSON text held as a {@code String}: JSON on both databases. */
    public static final SqlType JSON = SqlType.JSON;
    /** JSON text held as a {@code String}: PostgreSQL's JSONB, H2's JSON. */
    public static final SqlType JSONB = SqlType.JSONB;

    private Schema() {
    }

    public static ColumnSpec column(String name, SqlType type) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        if (type == null) {
            throw new IllegalArgumentException("column '" + name + "' needs a type");
        }
        return new ColumnSpec(name, type, false, null, false, false, null, List.of(), null);
    }

    /** A sequence named {@code name}, starting at 1 and advancing by 1; see {@link Sequence#incrementBy}. */
    public static Sequence sequence(String name) {
        return new Sequence(name, 1, 1);
    }

    /** {@code VARCHAR(length)}. */
    public static SqlType string(int length) {
        return SqlType.string(length);
    }

    /** {@code VARCHAR} with no length limit. */
    public static SqlType string() {
        return SqlType.string();
    }

    public static SqlType numeric(int precision, int scale) {
        return SqlType.numeric(precision, scale);
    }

    /** An array of {@code element} values, read as an unmodifiable {@code List}: {@code array(TEXT)} is PostgreSQL's {@code TEXT[]}. */
    public static SqlType array(SqlType element) {
        return SqlType.array(element);
    }

    /** The type of a column whose values cross through the user's {@code converter} (SQLAlchemy's {@code TypeDecorator}). */
    public static SqlType converted(Converter<?, ?> converter) {
        return SqlType.converted(converter);
    }

    /** An enum stored by its constants' names in a VARCHAR as long as the longest name (SQLAlchemy's {@code Enum(native_enum=False)}). */
    public static <E extends Enum<E>> SqlType enumByName(Class<E> type) {
        return SqlType.enumByName(type);
    }

    /** An enum stored by its constants' ordinals in an INTEGER. */
    public static <E extends Enum<E>> SqlType enumByOrdinal(Class<E> type) {
        return SqlType.enumByOrdinal(type);
    }

    /**
     * An enum stored by its constants' names in a native enum type named {@code name}: PostgreSQL's
     * {@code CREATE TYPE name AS ENUM (...)} (created before the tables, dropped after them), H2's {@code ENUM(...)}.
     */
    public static <E extends Enum<E>> SqlType nativeEnum(String name, Class<E> type) {
        return SqlType.nativeEnum(name, type);
    }

    /** A primary key over several columns. */
    public static PrimaryKeySpec primaryKey(String... columns) {
        return new PrimaryKeySpec(List.of(columns));
    }

    /** A unique constraint over several columns. */
    public static UniqueSpec unique(String... columns) {
        return new UniqueSpec(List.of(columns));
    }

    /** A composite foreign key: {@code foreignKey(List.of("a", "b"), "other", List.of("x", "y"))}. */
    public static ForeignKeySpec foreignKey(List<String> columns, String targetTable, List<String> targetColumns) {
        return new ForeignKeySpec(columns, targetTable, targetColumns, null, null, null);
    }
}
