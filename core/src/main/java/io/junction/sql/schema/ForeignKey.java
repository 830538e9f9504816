package io.junction.sql.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A foreign key constraint of a table: its columns reference the columns of another table (or the
 * same table). The referenced table is looked up in the {@link MetaData} when first needed.
 */
public final class ForeignKey {
    private final Table table;
    private final ForeignKeySpec spec;
    private final List<Column> columns;
    private volatile List<Column> referencedColumns;

    ForeignKey(Table table, ForeignKeySpec spec) {
        this.table = table;
        this.spec = spec;
        List<Column> cols = new ArrayList<>();
        for (String name : spec.columns) {
            cols.add(table.c(name));
        }
        this.columns = List.copyOf(cols);
    }

    /** The table holding the constraint. */
    public Table table() {
        return table;
    }

    /** The referencing columns. */
    public List<Column> columns() {
        return columns;
    }

    public String referencedTableName() {
        return spec.targetTable;
    }

    /** The referenced table, resolved by name in the same {@link MetaData}. */
    public Table referencedTable() {
        return table.metadata().tableFor(spec.targetTable, () -> "foreign key " + this);
    }

    /** The referenced columns, in the order of {@link #columns()}. */
    public List<Column> referencedColumns() {
        List<Column> resolved = referencedColumns;
        if (resolved == null) {
            Table target = referencedTable();
            List<Column> cols = new ArrayList<>();
            for (String name : spec.targetColumns) {
                if (!target.hasColumn(name)) {
                    throw new IllegalArgumentException("foreign key " + this + " references column '" + name
                            + "', which " + target.description() + " does not have; its columns are "
                            + target.columns().stream().map(Column::name).toList());
                }
                cols.add(target.c(name));
            }
            resolved = List.copyOf(cols);
            referencedColumns = resolved;
        }
        return resolved;
    }

    /** The column that {@code local}, one of {@link #columns()}, references. */
    public Column referencedColumnFor(Column local) {
        int i = columns.indexOf(local);
        if (i < 0) {
            throw new IllegalArgumentException(local + " is not a column of foreign key " + this);
        }
        return referencedColumns().get(i);
    }

    /** True if this constraint references {@code target}. */
    public boolean references(Table target) {
        return spec.targetTable.equals(target.name()) && table.metadata() == target.metadata();
    }

    public ReferentialAction onUpdate() {
        return spec.onUpdate;
    }

    public ReferentialAction onDelete() {
        return spec.onDelete;
    }

    /** When the database checks this key. */
    public Deferral deferral() {
        return spec.deferral;
    }

    /** The constraint's name: as declared, else {@code <table>_<columns>_fkey}. */
    public String name() {
        if (spec.name != null) {
            return spec.name;
        }
        return table.name() + "_" + String.join("_", spec.columns) + "_fkey";
    }

    @Override
    public String toString() {
        return table.name() + "(" + String.join(", ", spec.columns) + ") -> " + spec.targetTable + "("
                + String.join(", ", spec.targetColumns) + ")";
    }
}
