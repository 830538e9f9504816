package io.junction.sql.schema;

import io.junction.sql.expression.ColumnClause;
import io.junction.sql.expression.ValueType;

import java.util.ArrayList;
import java.util.List;

/** A column of a {@link Table}: name, type, constraints, and the foreign keys it takes part in. */
public final class Column extends ColumnClause {
    private final Table table;
    private final String name;
    private final SqlType type;
    private final boolean primaryKey;
    private final boolean nullable;
    private final boolean unique;
    private final boolean index;
    private final Boolean autoincrement;
    private final Sequence sequence;
    private final ColumnDefaults defaults;

    Column(Table table, ColumnSpec spec, boolean primaryKey) {
        this.table = table;
        this.name = spec.name;
        this.type = spec.type;
        this.primaryKey = primaryKey;
        this.nullable = !primaryKey && (spec.nullable == null || spec.nullable);
        this.unique = spec.unique;
        this.index = spec.index;
        this.autoincrement = spec.autoincrement;
        this.sequence = spec.sequence;
        this.defaults = spec.defaults;
        if (sequence != null && (!primaryKey || !type.isInteger())) {
            throw new IllegalArgumentException("column " + table.name() + "." + name + " takes its values from " + sequence
                    + ", but a sequence generates keys only for an integer primary key column; declare the column "
                    + "INTEGER or BIGINT and primaryKey(), or drop .sequence(...)");
        }
    }

    /** The sequence that generates this column's values, or {@code null}. */
    public Sequence sequence() {
        return sequence;
    }

    /** The SQL text of the column's DEFAULT in the DDL, or {@code null}. */
    public String serverDefault() {
        return defaults.server();
    }

    /** What a flush inserts when an object holds no value for this column, or {@code null}. */
    public java.util.function.Supplier<?> defaultValue() {
        return defaults.insert();
    }

    /** What a flush writes into this column when it updates a row without changing it, or {@code null}. */
    public java.util.function.Supplier<?> onUpdate() {
        return defaults.update();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Table from() {
        return table;
    }

    public Table table() {
        return table;
    }

    public SqlType type() {
        return type;
    }

    @Override
    public ValueType valueType() {
        return type;
    }

    public boolean isPrimaryKey() {
        return primaryKey;
    }

    public boolean isNullable() {
        return nullable;
    }

    public boolean isUnique() {
        return unique;
    }

    public boolean isIndexed() {
        return index;
    }

    /**
     * Whether the database generates this column's value: as declared, or by default when it is
     * the table's only primary key column, of an integer type, and not a foreign key; never for a
     * column whose values come from a {@link #sequence()}.
     */
    public boolean isAutoincrement() {
        if (sequence != null) {
            return false;
        }
        if (autoincrement != null) {
            return autoincrement;
        }
        return primaryKey && type.isInteger() && table.primaryKey().size() == 1 && foreignKeys().isEmpty();
    }

    /** The foreign keys of this column's table that include this column. */
    public List<ForeignKey> foreignKeys() {
        List<ForeignKey> result = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.columns().contains(this)) {
                result.add(fk);
            }
        }
        return result;
    }

    /** True if this column references {@code target} through one of its foreign keys. */
    public boolean references(Column target) {
        for (ForeignKey fk : foreignKeys()) {
            if (fk.referencedColumnFor(this) == target) {
                return true;
            }
        }
        return false;
    }
}
