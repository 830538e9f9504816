package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns a user's {@code column -> value} map into ordered column/expression pairs for INSERT and UPDATE. */
final class Values {

    private Values() {
    }

    /** The map's entries in the table's column order; keys are columns or column names. */
    static List<Map.Entry<ColumnClause, ColumnElement>> of(TableClause table, Map<?, ?> values) {
        List<Map.Entry<ColumnClause, ColumnElement>> result = new ArrayList<>(values.size());
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            ColumnClause column = column(table, entry.getKey());
            for (Map.Entry<ColumnClause, ColumnElement> earlier : result) {
                if (earlier.getKey() == column) {
                    throw new IllegalArgumentException("column '" + column.name() + "' of " + table.description()
                            + " is given twice: once by name and once as a column");
                }
            }
            result.add(Map.entry(column, operand(column, entry.getValue())));
        }
        List<? extends ColumnClause> order = table.columns();
        result.sort(Comparator.comparingInt(e -> order.indexOf(e.getKey())));
        return List.copyOf(result);
    }

    static ColumnElement operand(ColumnClause column, Object value) {
        return ColumnElement.coerce(value, column.valueType());
    }

    /** The column a value key names: a column of {@code table}, or the name of one. */
    static ColumnClause column(TableClause table, Object key) {
        if (key instanceof ColumnClause column) {
            if (column.from() != table) {
                throw new IllegalArgumentException(column + " is not a column of " + table.description());
            }
            return column;
        }
        if (key instanceof String name) {
            return table.c(name);
        }
        throw new IllegalArgumentException("value keys are columns or column names, not " + key);
    }
}
