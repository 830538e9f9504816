package io.junction.sql.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The immutable declaration of a column, given to {@link MetaData#table}:
 * {@code column("parent_id", INTEGER).foreignKey("parent.id")}. Each method returns a copy.
 */
public final class ColumnSpec implements TableElement {
    final String name;
    final SqlType type;
    final boolean primaryKey;
    final Boolean nullable;
    final boolean unique;
    final boolean index;
    final Boolean autoincrement;
    final List<ForeignKeySpec> foreignKeys;
    final Sequence sequence;
    final ColumnDefaults defaults;

    ColumnSpec(String name, SqlType type, boolean primaryKey, Boolean nullable, boolean unique, boolean index,
               Boolean autoincrement, List<ForeignKeySpec> foreignKeys, Sequence sequence) {
        this(name, type, primaryKey, nullable, unique, index, autoincrement, foreignKeys, sequence, ColumnDefaults.NONE);
    }

    private ColumnSpec(String name, SqlType type, boolean primaryKey, Boolean nullable, boolean unique, boolean index,
                       Boolean autoincrement, List<ForeignKeySpec> foreignKeys, Sequence sequence, ColumnDefaults defaults) {
        this.name = name;
        this.type = type;
        this.primaryKey = primaryKey;
        this.nullable = nullable;
        this.unique = unique;
        this.index = index;
        this.autoincrement = autoincrement;
        this.foreignKeys = foreignKeys;
        this.sequence = sequence;
        this.defaults = defaults;
    }

    /** A copy with {@code options} instead of this spec's defaults; the other settings kept. */
    private ColumnSpec with(ColumnDefaults options) {
        return new ColumnSpec(name, type, primaryKey, nullable, unique, index, autoincrement, foreignKeys, sequence, options);
    }

    /** The database's default for the column, as SQL text written into the DDL: {@code serverDefault("0")}, {@code serverDefault("CURRENT_TIMESTAMP")}. */
    public ColumnSpec serverDefault(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("column '" + name + "': a server default needs SQL text, such as \"0\"");
        }
        return with(new ColumnDefaults(sql, defaults.insert(), defaults.update()));
    }

    /** The value a flush inserts when an object holds none for the column (null and never set), asked of {@code supplier} per row. */
    public ColumnSpec defaultValue(java.util.function.Supplier<?> supplier) {
        return with(new ColumnDefaults(defaults.server(), java.util.Objects.requireNonNull(supplier, "supplier"), defaults.update()));
    }

    /** The value a flush writes into the column whenever it updates a row in which the column itself did not change. */
    public ColumnSpec onUpdate(java.util.function.Supplier<?> supplier) {
        return with(new ColumnDefaults(defaults.server(), defaults.insert(), java.util.Objects.requireNonNull(supplier, "supplier")));
    }

    public ColumnSpec primaryKey() {
        return new ColumnSpec(name, type, true, nullable, unique, index, autoincrement, foreignKeys, sequence, defaults);
    }

    /** Whether NULL is allowed; primary key columns never allow it, others do unless told. */
    public ColumnSpec nullable(boolean allowed) {
        return new ColumnSpec(name, type, primaryKey, allowed, unique, index, autoincrement, foreignKeys, sequence, defaults);
    }

    public ColumnSpec unique() {
        return new ColumnSpec(name, type, primaryKey, nullable, true, index, autoincrement, foreignKeys, sequence, defaults);
    }

    /** Creates an index on this column with the table. */
    public ColumnSpec index() {
        return new ColumnSpec(name, type, primaryKey, nullable, unique, true, autoincrement, foreignKeys, sequence, defaults);
    }

    /**
     * Whether the database generates this column's value. By default a lone integer primary key
     * that is not also a foreign key is generated (an identity column).
     */
    public ColumnSpec autoincrement(boolean generated) {
        return new ColumnSpec(name, type, primaryKey, nullable, unique, index, generated, foreignKeys, sequence, defaults);
    }

    /** A foreign key to {@code "table.column"}. */
    public ColumnSpec foreignKey(String target) {
        return foreignKey(target, null, null);
    }

    /** A foreign key to {@code "table.column"} with ON UPDATE and ON DELETE actions ({@code null} for none). */
    public ColumnSpec foreignKey(String target, ReferentialAction onUpdate, ReferentialAction onDelete) {
        List<ForeignKeySpec> list = new ArrayList<>(foreignKeys);
        list.add(ForeignKeySpec.single(name, target, onUpdate, onDelete));
        return new ColumnSpec(name, type, primaryKey, nullable, unique, index, autoincrement, List.copyOf(list), sequence, defaults);
    }

    /** A foreign key to {@code "table.column"} that the database checks as {@code deferral} says (at commit when deferred). */
    public ColumnSpec foreignKey(String target, Deferral deferral) {
        List<ForeignKeySpec> list = new ArrayList<>(foreignKeys);
        list.add(ForeignKeySpec.single(name, target, null, null).deferral(deferral));
        return new ColumnSpec(name, type, primaryKey, nullable, unique, index, autoincrement, List.copyOf(list), sequence, defaults);
    }

    /**
     * Values from {@code sequence} rather than an identity column: the flush takes one {@code nextval}
     * per block of {@code sequence.increment()} keys. Only for a lone integer primary key column.
     */
    public ColumnSpec sequence(Sequence sequence) {
        return new ColumnSpec(name, type, primaryKey, nullable, unique, index, autoincrement, foreignKeys, sequence, defaults);
    }
}
