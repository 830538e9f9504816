package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable INSERT of one row, or of several rows in one multi-row VALUES. An insert given no
 * values inserts every column from bind parameters keyed by column name, ready for a batch.
 */
public final class Insert implements Statement {
    private volatile CompiledSlot compiled;

    private final TableClause table;
    private final List<ColumnClause> columns;
    private final List<List<ColumnElement>> rows;
    private final List<ColumnElement> returning;
    /** The values were given (not every column as a keyed parameter): later values are added to them. */
    private final boolean given;

    private Insert(TableClause table, List<ColumnClause> columns, List<List<ColumnElement>> rows,
                   List<ColumnElement> returning, boolean given) {
        this.table = table;
        this.columns = columns;
        this.rows = rows;
        this.returning = returning;
        this.given = given;
    }

    static Insert into(TableClause table) {
        List<ColumnClause> columns = new ArrayList<>();
        List<ColumnElement> row = new ArrayList<>();
        for (ColumnClause column : table.columns()) {
            columns.add(column);
            row.add(new BindParameter(column.name(), null, column.valueType()));
        }
        return new Insert(table, List.copyOf(columns), List.of(List.copyOf(row)), List.of(), false);
    }

    /**
     * A copy inserting one row with these values (keys: columns or column names), added to the values
     * given before (as SQLAlchemy's successive {@code values()} calls are); a column given again takes the new value.
     */
    public Insert values(Map<?, ?> values) {
        List<Map.Entry<ColumnClause, ColumnElement>> entries = Values.of(table, withGiven(values));
        List<ColumnClause> cols = entries.stream().map(Map.Entry::getKey).toList();
        List<ColumnElement> row = entries.stream().map(Map.Entry::getValue).toList();
        return new Insert(table, cols, List.of(row), returning, true);
    }

    /** {@code values} after the single row of values given before, if any. */
    private Map<?, ?> withGiven(Map<?, ?> values) {
        if (!given || rows.size() != 1) {
            return values;
        }
        Map<Object, Object> all = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            all.put(columns.get(i), rows.get(0).get(i));
        }
        values.forEach((key, value) -> all.put(Values.column(table, key), value));
        return all;
    }

    /**
     * A copy inserting all these rows in one multi-row VALUES; every row names the same columns, and
     * each row takes the single row of values given before, if any, under its own.
     * Use it only where the dialect supports multi-row VALUES.
     */
    public Insert values(List<? extends Map<?, ?>> manyRows) {
        if (manyRows.isEmpty()) {
            throw new IllegalArgumentException("a multi-row insert into " + table.description() + " needs at least one row");
        }
        List<ColumnClause> cols = null;
        List<List<ColumnElement>> all = new ArrayList<>(manyRows.size());
        for (Map<?, ?> values : manyRows) {
            List<Map.Entry<ColumnClause, ColumnElement>> entries = Values.of(table, withGiven(values));
            List<ColumnClause> rowColumns = entries.stream().map(Map.Entry::getKey).toList();
            if (cols == null) {
                cols = rowColumns;
            } else if (!cols.equals(rowColumns)) {
                throw new IllegalArgumentException("every row of a multi-row insert into " + table.description()
                        + " must name the same columns: " + cols + " vs " + rowColumns);
            }
            all.add(entries.stream().map(Map.Entry::getValue).toList());
        }
        return new Insert(table, cols, List.copyOf(all), returning, true);
    }

    /** A copy that returns these columns of the inserted rows. */
    public Insert returning(ColumnElement... cols) {
        return new Insert(table, columns, rows, List.of(cols), given);
    }

    public TableClause table() {
        return table;
    }

    public List<ColumnClause> columns() {
        return columns;
    }

    /** The rows of the VALUES clause; more than one makes a multi-row insert. */
    public List<List<ColumnElement>> rows() {
        return rows;
    }

    public List<ColumnElement> returning() {
        return returning;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInsert(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("insert");
        table.describeReference(shape);
        for (ColumnClause column : columns) {
            shape.token(column.name());
        }
        for (List<ColumnElement> row : rows) {
            shape.open("row");
            row.forEach(v -> v.describe(shape));
            shape.close();
        }
        if (!returning.isEmpty()) {
            shape.token("returning");
            returning.forEach(r -> r.describe(shape));
        }
        shape.close();
    }

    @Override
    public Object compiledBy(Object compiler) {
        return CompiledSlot.of(compiled, compiler);
    }

    @Override
    public void compiledBy(Object compiler, Object form) {
        compiled = new CompiledSlot(compiler, form);
    }
}
