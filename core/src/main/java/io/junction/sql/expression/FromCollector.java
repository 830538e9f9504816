package io.junction.sql.expression;

import java.util.function.Consumer;

/** Finds the FROM clauses an expression refers to, without entering its subqueries. */
final class FromCollector extends Traversal {
    private final Consumer<FromClause> sink;
    private final boolean intoSubqueries;

    FromCollector(Consumer<FromClause> sink) {
        this(sink, false);
    }

    /** With {@code intoSubqueries}, a subquery reports every FROM it refers to, those it correlates to included. */
    FromCollector(Consumer<FromClause> sink, boolean intoSubqueries) {
        this.sink = sink;
        this.intoSubqueries = intoSubqueries;
    }

    void collect(SqlNode node) {
        traverse(node);
    }

    @Override
    protected void visitSubquery(Select select) {
        if (intoSubqueries) {
            select.froms().forEach(sink);
        }
    }

    @Override
    public Void visitColumn(ColumnClause column) {
        sink.accept(column.from());
        return null;
    }

    @Override
    public Void visitTable(TableClause table) {
        sink.accept(table);
        return null;
    }

    @Override
    public Void visitAlias(Alias alias) {
        sink.accept(alias);
        return null;
    }

    @Override
    public Void visitJoin(Join join) {
        sink.accept(join);
        return null;
    }
}
