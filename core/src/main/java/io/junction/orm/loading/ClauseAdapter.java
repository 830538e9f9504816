package io.junction.orm.loading;

import io.junction.sql.expression.Alias;
import io.junction.sql.expression.Between;
import io.junction.sql.expression.BinaryExpression;
import io.junction.sql.expression.BindParameter;
import io.junction.sql.expression.BooleanClauseList;
import io.junction.sql.expression.ColumnClause;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Delete;
import io.junction.sql.expression.Exists;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.FunctionCall;
import io.junction.sql.expression.InList;
import io.junction.sql.expression.InSubquery;
import io.junction.sql.expression.Insert;
import io.junction.sql.expression.Join;
import io.junction.sql.expression.Label;
import io.junction.sql.expression.Like;
import io.junction.sql.expression.LiteralColumn;
import io.junction.sql.expression.Not;
import io.junction.sql.expression.Null;
import io.junction.sql.expression.NullTest;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.ScalarSubquery;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.SqlNode;
import io.junction.sql.expression.TableClause;
import io.junction.sql.expression.Update;
import io.junction.sql.expression.Visitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites an expression so that the columns of some FROM clauses refer to others instead: the
 * columns of table {@code nodes} to those of its alias {@code nodes_1}, after
 * {@code join("parent", aliased())}. Subqueries are left as they are. Immutable.
 */
final class ClauseAdapter implements Visitor<SqlNode> {
    static final ClauseAdapter NONE = new ClauseAdapter(Map.of());

    private final Map<FromClause, FromClause> replacements;

    private ClauseAdapter(Map<FromClause, FromClause> replacements) {
        this.replacements = replacements;
    }

    /** An adapter that reads the columns of {@code from} through {@code to} (an alias of it). */
    static ClauseAdapter of(FromClause from, FromClause to) {
        if (from == to) {
            return NONE;
        }
        Map<FromClause, FromClause> map = new IdentityHashMap<>();
        map.put(from, to);
        return new ClauseAdapter(map);
    }

    /** This adapter, also replacing {@code from} by {@code to}. */
    ClauseAdapter and(FromClause from, FromClause to) {
        if (from == to) {
            return this;
        }
        Map<FromClause, FromClause> map = new IdentityHashMap<>(replacements);
        map.put(from, to);
        return new ClauseAdapter(map);
    }

    /** The FROM clause that stands for {@code from}, or {@code from} itself. */
    FromClause from(FromClause from) {
        return replacements.getOrDefault(from, from);
    }

    ColumnElement adapt(ColumnElement element) {
        return replacements.isEmpty() || element == null ? element : (ColumnElement) element.accept(this);
    }

    /** The expression rebuilt node by node, so that wrappers that delegate to a column (a metamodel reference) become the column. */
    static ColumnElement resolve(ColumnElement element) {
        return (ColumnElement) element.accept(NONE);
    }

    OrderBy adapt(OrderBy order) {
        return replacements.isEmpty() ? order : (OrderBy) order.accept(this);
    }

    List<ColumnElement> adapt(List<? extends ColumnElement> elements) {
        List<ColumnElement> result = new ArrayList<>(elements.size());
        for (ColumnElement element : elements) {
            result.add(adapt(element));
        }
        return result;
    }

    /** The column of {@code to} that stands for {@code column} of {@code from}. */
    static ColumnElement corresponding(FromClause to, ColumnElement column) {
        if (to instanceof Alias alias) {
            return alias.corresponding(column);
        }
        return column;
    }

    @Override
    public SqlNode visitColumn(ColumnClause column) {
        FromClause target = replacements.get(column.from());
        return target == null ? column : corresponding(target, column);
    }

    @Override
    public SqlNode visitBindParameter(BindParameter bind) {
        return bind;
    }

    @Override
    public SqlNode visitBinary(BinaryExpression binary) {
        return new BinaryExpression(adapt(binary.left()), binary.operator(), adapt(binary.right()));
    }

    @Override
    public SqlNode visitBooleanList(BooleanClauseList list) {
        return new BooleanClauseList(list.operator(), adapt(list.clauses()));
    }

    @Override
    public SqlNode visitNot(Not not) {
        return new Not(adapt(not.operand()));
    }

    @Override
    public SqlNode visitNullTest(NullTest test) {
        return new NullTest(adapt(test.operand()), test.negated());
    }

    @Override
    public SqlNode visitBetween(Between between) {
        return new Between(adapt(between.operand()), adapt(between.lower()), adapt(between.upper()));
    }

    @Override
    public SqlNode visitLike(Like like) {
        return new Like(adapt(like.operand()), adapt(like.pattern()), like.negated(), like.escape());
    }

    @Override
    public SqlNode visitInList(InList in) {
        return new InList(adapt(in.operand()), adapt(in.values()), in.negated());
    }

    @Override
    public SqlNode visitInSubquery(InSubquery in) {
        return new InSubquery(adapt(in.operand()), in.subquery(), in.negated());
    }

    @Override
    public SqlNode visitExists(Exists exists) {
        return exists;
    }

    @Override
    public SqlNode visitScalarSubquery(ScalarSubquery subquery) {
        return subquery;
    }

    @Override
    public SqlNode visitFunction(FunctionCall function) {
        if (function.arguments().isEmpty()) {
            return function;
        }
        return new FunctionCall(function.name(), adapt(function.arguments()), function.valueType());
    }

    @Override
    public SqlNode visitLabel(Label label) {
        return new Label(label.name(), adapt(label.element()));
    }

    @Override
    public SqlNode visitOrderBy(OrderBy orderBy) {
        return new OrderBy(adapt(orderBy.element()), orderBy.descending());
    }

    @Override
    public SqlNode visitNull(Null keyword) {
        return keyword;
    }

    @Override
    public SqlNode visitLiteralColumn(LiteralColumn literal) {
        return literal;
    }

    @Override
    public SqlNode visitTable(TableClause table) {
        return from(table);
    }

    @Override
    public SqlNode visitAlias(Alias alias) {
        return from(alias);
    }

    @Override
    public SqlNode visitJoin(Join join) {
        return join;
    }

    @Override
    public SqlNode visitSelect(Select select) {
        return select;
    }

    @Override
    public SqlNode visitInsert(Insert insert) {
        return insert;
    }

    @Override
    public SqlNode visitUpdate(Update update) {
        return update;
    }

    @Override
    public SqlNode visitDelete(Delete delete) {
        return delete;
    }
}
