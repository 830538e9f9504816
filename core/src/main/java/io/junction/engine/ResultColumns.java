package io.junction.engine;

import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.ColumnClause;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Label;
import io.junction.sql.expression.ValueType;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a result, shared by its rows: their labels, the expressions they were selected
 * as, and the type each is read as (by the dialect, through its converter). Finds a column by expression or by label.
 */
final class ResultColumns {
    private static final int AMBIGUOUS = -1;

    private final List<String> labels;
    private final List<ColumnElement> elements;
    private final Dialect dialect;
    private final ValueType[] types;
    private final Map<String, Integer> byLabel = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();

    private ResultColumns(List<String> labels, List<ColumnElement> elements, Dialect dialect) {
        this.labels = Collections.unmodifiableList(labels);
        this.elements = elements;
        this.dialect = dialect;
        this.types = new ValueType[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            ColumnElement element = element(i);
            types[i] = element == null ? null : element.valueType();
            byLabel.putIfAbsent(labels.get(i).toLowerCase(Locale.ROOT), i);
            String name = plainName(element);
            if (name != null) {
                byName.merge(name.toLowerCase(Locale.ROOT), i, (a, b) -> AMBIGUOUS);
            }
        }
    }

    /** The columns of {@code resultSet}, which holds the values of {@code elements} in order. */
    static ResultColumns of(ResultSet resultSet, List<ColumnElement> elements, Dialect dialect) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int count = meta.getColumnCount();
        List<String> labels = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            labels.add(dialect.normalizeName(meta.getColumnLabel(i)));
        }
        return new ResultColumns(labels, elements, dialect);
    }

    /** Columns of a result known to have no rows, labelled by the expressions' names. */
    static ResultColumns of(List<ColumnElement> elements, Dialect dialect) {
        List<String> labels = new ArrayList<>(elements.size());
        for (ColumnElement element : elements) {
            String name = plainName(element);
            labels.add(name == null ? "anon_" + (labels.size() + 1) : name);
        }
        return new ResultColumns(labels, elements, dialect);
    }

    private static String plainName(ColumnElement element) {
        if (element instanceof ColumnClause column) {
            return column.name();
        }
        if (element instanceof Label label) {
            return label.name();
        }
        return null;
    }

    List<String> labels() {
        return labels;
    }

    private ColumnElement element(int index) {
        return index < elements.size() ? elements.get(index) : null;
    }

    /** The values of the result set's current row. */
    Object[] read(ResultSet resultSet) throws SQLException {
        return read(resultSet, new Object[types.length]);
    }

    /** The values of the result set's current row, written into {@code values}. */
    Object[] read(ResultSet resultSet, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            values[i] = dialect.read(resultSet, i + 1, types[i]);
        }
        return values;
    }

    int size() {
        return types.length;
    }

    /** The position of {@code element} among the columns: the expression itself, or the labelled expression. */
    int indexOf(ColumnElement element) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == element) {
                return i;
            }
        }
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof Label label && label.element() == element) {
                return i;
            }
        }
        throw new IllegalArgumentException(element + " is not a column of this result; its columns are " + labels);
    }

    /** The position of the column labelled {@code label}, or named so when only one column has that name. */
    int indexOf(String label) {
        String key = label.toLowerCase(Locale.ROOT);
        Integer index = byLabel.get(key);
        if (index != null) {
            return index;
        }
        index = byName.get(key);
        if (index == null) {
            throw new IllegalArgumentException("no column '" + label + "' in this result; its columns are " + labels);
        }
        if (index == AMBIGUOUS) {
            throw new IllegalArgumentException("column name '" + label + "' is ambiguous in this result; "
                    + "use one of the labels " + labels);
        }
        return index;
    }
}
