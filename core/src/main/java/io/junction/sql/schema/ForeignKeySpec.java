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

    ForeignKeySpec(List<String> columns, String targetTable, List<String> targetColumns,
                   ReferentialAction onUpdate, ReferentialAction onDelete, String name) {
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
        return new ForeignKeySpec(columns, targetTable, targetColumns, action, onDelete, name);
    }

    public ForeignKeySpec onDelete(ReferentialAction action) {
        return new ForeignKeySpec(columns, targetTable, targetColumns, onUpdate, action, name);
    }

    /** Names the constraint (otherwise {@code <table>_<columns>_fkey}). */
    public ForeignKeySpec named(String constraintName) {
        return new ForeignKeySpec(columns, targetTable, targetColumns, onUpdate, onDelete, constraintName);
    }
}
