package io.junction.sql.schema;

import java.util.List;

/**
 * A foreign key declaration, single or composite: local columns referencing columns of a target
 * table named by string, resolved when first used so that tables may be declared in any order.
 */
public final class ForeignKeySpec implements TableElement {
    final List<String> columns;
    final String targetTable;
    final List<String> targetColumns;
    final ReferentialAction onUpdate;
    final ReferentialAction onDelete;
    final String name;
    final Deferral deferral;

    ForeignKeySpec(List<String> columns, String targetTable, List<String> targetColumns,
                   ReferentialAction onUpdate, ReferentialAction onDelete, String name) {
        this(columns, targetTable, targetColumns, onUpdate, onDelete, name, Deferral.NOT_DEFERRABLE);
    }

    ForeignKeySpec(List<String> columns, String targetTable, List<String> targetColumns,
                   ReferentialAction onUpdate, ReferentialAction onDelete, String name, Deferral deferral) {
        if (columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " -> " + targetTable + targetColumns
                    + " must name as many target columns as local ones");
        }
        this.columns = List.copyOf(columns);
        this.targetTable = targetTable;
        this.targetColumns = List.copyOf(targetColumns);
        this.onUpdate = onUpdate;
        this.onDelete = onDelete;
        this.name = name;
        this.deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
    }

    static ForeignKeySpec single(String column, String target, ReferentialAction onUpdate, ReferentialAction onDelete) {
        int dot = target.lastIndexOf('.');
        if (dot <= 0 || dot == target.length() - 1) {
            throw new IllegalArgumentException("foreign key target of column '" + column
                    + "' must be \"table.column\", not \"" + target + "\"");
        }
        return new ForeignKeySpec(List.of(column), target.substring(0, dot), List.of(target.substring(dot + 1)),
                onUpdate, onDelete, null);
    }

    public ForeignKeySpec onUpdate(ReferentialAction action) {
        return new ForeignKeySpec(columns, targetTable, targetColumns, action, onDelete, name, deferral);
    }

    public ForeignKeySpec onDelete(ReferentialAction action) {
        return new ForeignKeySpec(columns, targetTable, targetColumns, onUpdate, action, name, deferral);
    }

    /** Names the constraint (otherwise {@code <table>_<columns>_fkey}). */
    public ForeignKeySpec named(String constraintName) {
        return new ForeignKeySpec(columns, targetTable, targetColumns, onUpdate, onDelete, constraintName, deferral);
    }

    /** When the database checks the key, e.g. {@link Deferral#DEFERRABLE_INITIALLY_DEFERRED}: at commit. */
    public ForeignKeySpec deferral(Deferral when) {
        return new ForeignKeySpec(columns, targetTable, targetColumns, onUpdate, onDelete, name, when);
    }
}
