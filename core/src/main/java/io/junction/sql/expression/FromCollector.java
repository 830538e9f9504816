package io.junction.sql.expression;

import java.util.function.Consumer;

/** Finds the FROM clauses an expression refers to, without entering its subqueries. */
final class FromCollector implements Visitor<Void> {
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

    private Void subquery(Select select) {
        if (intoSubqueries) {
            select.froms().forEach(sink);
        }
        return null;
    }

    void collect(SqlNode node) {
        node.accept(this);
    }

    @Override
    public Void visitColumn(ColumnClause column) {
        sink.accept(column.from());
        return null;
    }

    @Override
    public Void visitBindParameter(BindParameter bind) {
        return null;
    }

    @Override
    public Void visitBinary(BinaryExpression binary) {
        collect(binary.left());
        collect(binary.right());
        return null;
    }

    @Override
    public Void visitBooleanList(BooleanClauseList list) {
        list.clauses().forEach(this::collect);
        return null;
    }

    @Override
    public Void visitNot(Not not) {
        return collect(not.operand(), null);
    }

    @Override
    public Void visitNullTest(NullTest test) {
        return collect(test.operand(), null);
    }

    @Override
    public Void visitBetween(Between between) {
        collect(between.operand());
        collect(between.lower());
        collect(between.upper());
        return null;
    }

    @Override
    public Void visitLike(Like like) {
        collect(like.operand());
        collect(like.pattern());
        return null;
    }

    @Override
    public Void visitInList(InList in) {
        collect(in.operand());
        in.values().forEach(this::collect);
        return null;
    }

    @Override
    public Void visitInSubquery(InSubquery in) {
        collect(in.operand());
        return subquery(in.subquery());
    }

    @Override
    public Void visitExists(Exists exists) {
        return subquery(exists.subquery());
    }

    @Override
    public Void visitScalarSubquery(ScalarSubquery subquery) {
        return subquery(subquery.select());
    }

    @Override
    public Void visitFunction(FunctionCall function) {
        function.arguments().forEach(this::collect);
        return null;
    }

    @Override
    public Void visitLabel(Label label) {
        return collect(label.element(), null);
    }

    @Override
    public Void visitOrderBy(OrderBy orderBy) {
        return collect(orderBy.element(), null);
    }

    @Override
    public Void visitNull(Null keyword) {
        return null;
    }

    @Override
    public Void visitLiteralColumn(LiteralColumn literal) {
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

    @Override
    public Void visitSelect(Select select) {
        return null;
    }

    @Override
    public Void visitInsert(Insert insert) {
        return null;
    }

    @Override
    public Void visitUpdate(Update update) {
        return null;
    }

    @Override
    public Void visitDelete(Delete delete) {
        return null;
    }

    private Void collect(SqlNode node, Void unused) {
        collect(node);
        return unused;
    }
}
