package io.junction.sql.expression;

/**
 * A visitor that walks an expression, as SQLAlchemy's {@code ClauseVisitor.traverse} does: each
 * composite element visits its operands in order, and the leaves (columns, bind parameters,
 * literals), FROM clauses, subqueries and statements do nothing until a subclass overrides the
 * visit of what it looks for. A subquery is not entered; {@link #visitSubquery} sees it.
 */
abstract class Traversal implements Visitor<Void> {

    /** Walks {@code node}. */
    public void traverse(SqlNode node) {
        node.accept(this);
    }

    /** A subquery met in the walk (of IN, EXISTS, or a scalar subquery); not entered. */
    protected void visitSubquery(Select select) {
    }

    @Override
    public Void visitColumn(ColumnClause column) {
        return null;
    }

    @Override
    public Void visitBindParameter(BindParameter bind) {
        return null;
    }

    @Override
    public Void visitBinary(BinaryExpression binary) {
        traverse(binary.left());
        traverse(binary.right());
        return null;
    }

    @Override
    public Void visitBooleanList(BooleanClauseList list) {
        list.clauses().forEach(this::traverse);
        return null;
    }

    @Override
    public Void visitNot(Not not) {
        traverse(not.operand());
        return null;
    }

    @Override
    public Void visitNullTest(NullTest test) {
        traverse(test.operand());
        return null;
    }

    @Override
    public Void visitBetween(Between between) {
        traverse(between.operand());
        traverse(between.lower());
        traverse(between.upper());
        return null;
    }

    @Override
    public Void visitLike(Like like) {
        traverse(like.operand());
        traverse(like.pattern());
        return null;
    }

    @Override
    public Void visitInList(InList in) {
        traverse(in.operand());
        in.values().forEach(this::traverse);
        return null;
    }

    @Override
    public Void visitInSubquery(InSubquery in) {
        traverse(in.operand());
        visitSubquery(in.subquery());
        return null;
    }

    @Override
    public Void visitExists(Exists exists) {
        visitSubquery(exists.subquery());
        return null;
    }

    @Override
    public Void visitScalarSubquery(ScalarSubquery subquery) {
        visitSubquery(subquery.select());
        return null;
    }

    @Override
    public Void visitFunction(FunctionCall function) {
        function.arguments().forEach(this::traverse);
        return null;
    }

    @Override
    public Void visitLabel(Label label) {
        traverse(label.element());
        return null;
    }

    @Override
    public Void visitOrderBy(OrderBy orderBy) {
        traverse(orderBy.element());
        return null;
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
        return null;
    }

    @Override
    public Void visitAlias(Alias alias) {
        return null;
    }

    @Override
    public Void visitJoin(Join join) {
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
}
