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
