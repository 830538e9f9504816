package io.junction.sql.expression;

/** One method per kind of node; compilers and tree walkers implement it. */
public interface Visitor<R> {
    R visitColumn(ColumnClause column);

    R visitBindParameter(BindParameter bind);

    R visitBinary(BinaryExpression binary);

    R visitBooleanList(BooleanClauseList list);

    R visitNot(Not not);

    R visitNullTest(NullTest test);

    R visitBetween(Between between);

    R visitLike(Like like);

    R visitInList(InList in);

    R visitInSubquery(InSubquery in);

    R visitExists(Exists exists);

    R visitScalarSubquery(ScalarSubquery subquery);

    R visitFunction(FunctionCall function);

    R visitLabel(Label label);

    R visitOrderBy(OrderBy orderBy);

    R visitNull(Null keyword);

    R visitLiteralColumn(LiteralColumn literal);

    R visitTable(TableClause table);

    R visitAlias(Alias alias);

    R visitJoin(Join join);

    R visitSelect(Select select);

    R visitInsert(Insert insert);

    R visitUpdate(Update update);

    R visitDelete(Delete delete);
}
