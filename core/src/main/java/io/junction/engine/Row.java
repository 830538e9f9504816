package io.junction.engine;

import io.junction.sql.expression.ColumnElement;
import io.junction.util.Numbers;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of a {@link Result}. Its values are read by position (from 0), by the expression they
 * were selected as ({@code row.get(nodes.c("data"))}), or by label ({@code row.get("nodes_data")},
 * any case, or the plain column name {@code "data"} when no other column has it).
 */
public final class Row {
    private final ResultColumns columns;
    private final Object[] values;

    Row(ResultColumns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** The value at {@code index}, counting from 0. */
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new IndexOutOfBoundsException("column " + index + " of a row of " + values.length + " columns "
                    + columns.labels());
        }
        return values[index];
    }

    /** The value of {@code column}, an expression of the select list or the returned columns. */
    public Object get(ColumnElement column) {
        return values[columns.indexOf(column)];
    }

    /** The value labelled {@code label}. */
    public Object get(String label) {
        return values[columns.indexOf(label)];
    }

    public <T> T get(int index, Class<T> type) {
        return convert(get(index), type);
    }

    public <T> T get(ColumnElement column, Class<T> type) {
        return convert(get(column), type);
    }

    public <T> T get(String label, Class<T> type) {
        return convert(get(label), type);
    }

    /** The values in column order; NULLs are {@code null}. */
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    public int size() {
        return values.length;
    }

    /** The labels of the columns, as in {@link Result#columns()}. */
    public List<String> columns() {
        return columns.labels();
    }

    /** The value as {@code type}, converting between number classes failing rather than losing digits. */
    private static <T> T convert(Object value, Class<T> type) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Number number) {
            Object converted;
            try {
                converted = Numbers.convertExact(number, type);
            } catch (ArithmeticException | NumberFormatException e) {
                throw new ClassCastException("cannot read " + number + " as " + type.getName() + ": " + e.getMessage());
            }
            if (converted != null) {
                return type.cast(converted);
            }
        }
        throw new ClassCastException("cannot read " + ParameterFormat.value(value) + " (" + value.getClass().getName()
                + ") as " + type.getName());
    }

    /** The values as the seed prints a row: {@code (4, 3, 'subchild1')}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(ParameterFormat.value(values[i]));
        }
        return out.append(values.length == 1 ? ",)" : ")").toString();
    }
}
