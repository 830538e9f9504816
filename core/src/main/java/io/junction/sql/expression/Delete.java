package io.junction.sql.expression;

/** An immutable DELETE with an optional WHERE. */
public final class Delete implements Statement {
    private volatile CompiledSlot compiled;

    private final TableClause table;
    private final ColumnElement where;

    private Delete(TableClause table, ColumnElement where) {
        this.table = table;
        this.where = where;
    }

    static Delete from(TableClause table) {
        return new Delete(table, null);
    }

    /** A copy whose WHERE is the existing one AND {@code criterion}. */
    public Delete where(ColumnElement criterion) {
        return new Delete(table, where == null ? criterion : Sql.and(where, criterion));
    }

    public TableClause table() {
        return table;
    }

    public ColumnElement where() {
        return where;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDelete(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("delete");
        table.describeReference(shape);
        if (where != null) {
            shape.token("where");
            where.describe(shape);
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
