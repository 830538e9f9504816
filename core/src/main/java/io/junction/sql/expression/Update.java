package io.junction.sql.expression;

import java.util.List;
import java.util.Map;

/** An immutable UPDATE: the columns to set, a WHERE, and optionally RETURNING. */
public final class Update implements Statement {
    private volatile CompiledSlot compiled;

    private final TableClause table;
    private final List<Map.Entry<ColumnClause, ColumnElement>> values;
    private final ColumnElement where;
    private final List<ColumnElement> returning;

    private Update(TableClause table, List<Map.Entry<ColumnClause, ColumnElement>> values, ColumnElement where,
                   List<ColumnElement> returning) {
        this.table = table;
        this.values = values;
        this.where = where;
        this.returning = returning;
    }

    static Update of(TableClause table) {
        return new Update(table, List.of(), null, List.of());
    }

    /** A copy setting these values (keys: columns or column names). */
    public Update set(Map<?, ?> newValues) {
        return new Update(table, Values.of(table, newValues), where, returning);
    }

    /** A copy setting one more column (keyed by the column or its name), or setting a column again; {@code null} sets NULL. */
    public Update set(Object column, Object value) {
        java.util.Map<Object, Object> all = new java.util.LinkedHashMap<>();
        values.forEach(e -> all.put(e.getKey(), e.getValue()));
        all.put(Values.column(table, column), value == null ? Sql.nullValue() : value);
        return set(all);
    }

    /** A copy whose WHERE is the existing one AND {@code criterion}. */
    public Update where(ColumnElement criterion) {
        return new Update(table, values, where == null ? criterion : Sql.and(where, criterion), returning);
    }

    public Update returning(ColumnElement... cols) {
        return new Update(table, values, where, List.of(cols));
    }

    public TableClause table() {
        return table;
    }

    public List<Map.Entry<ColumnClause, ColumnElement>> values() {
        return values;
    }

    public ColumnElement where() {
        return where;
    }

    public List<ColumnElement> returning() {
        return returning;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitUpdate(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("update");
        table.describeReference(shape);
        for (Map.Entry<ColumnClause, ColumnElement> entry : values) {
            shape.token(entry.getKey().name());
            entry.getValue().describe(shape);
        }
        if (where != null) {
            shape.token("where");
            where.describe(shape);
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
