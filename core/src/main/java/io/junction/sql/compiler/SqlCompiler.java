package io.junction.sql.compiler;

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
import io.junction.sql.expression.Operator;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.ScalarSubquery;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Shape;
import io.junction.sql.expression.SqlNode;
import io.junction.sql.expression.Statement;
import io.junction.sql.expression.TableClause;
import io.junction.sql.expression.Update;
import io.junction.sql.expression.Visitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles one statement into SQL text. Anonymous aliases are named in order of appearance
 * ({@code nodes_1}); the columns of a top-level SELECT are labelled {@code nodes.id AS nodes_id}.
 * Each construct has a protected hook that a dialect's subclass overrides where its SQL differs.
 * An instance compiles one statement and is then discarded.
 */
public class SqlCompiler implements Visitor<Void> {
    private static final Logger CARTESIAN = LoggerFactory.getLogger(SqlCompiler.class);

    /** Where a SELECT is being compiled, which decides its labels and correlation. */
    protected enum SelectContext { TOP, FROM_SUBQUERY, NESTED }

    protected final StringBuilder sql = new StringBuilder(256);
    private final IdentifierPreparer preparer;
    private final Map<BindParameter, Integer> canonicalIndex = new IdentityHashMap<>();
    private final List<Integer> parameterOrder = new ArrayList<>();
    private final Map<Alias, String> aliasNames = new IdentityHashMap<>();
    private final Map<String, Integer> aliasCounters = new HashMap<>();
    private Deque<List<FromClause>> enclosingFroms = new ArrayDeque<>();
    private SelectContext nextSelectContext = SelectContext.TOP;

    public SqlCompiler(IdentifierPreparer preparer) {
        this.preparer = preparer;
    }

    /** Compiles {@code statement}, whose bind parameters {@code shape} lists in canonical order. */
    public SqlTemplate compile(Statement statement, Shape shape) {
        List<BindParameter> binds = shape.binds();
        for (int i = 0; i < binds.size(); i++) {
            canonicalIndex.putIfAbsent(binds.get(i), i);
        }
        statement.accept(this);
        int[] order = parameterOrder.stream().mapToInt(Integer::intValue).toArray();
        return new SqlTemplate(sql.toString(), order);
    }

    // ---- identifiers and names -------------------------------------------------------------

    protected String quote(String identifier) {
        return preparer.quote(identifier);
    }

    /** The name a FROM goes by in this statement: a table's name, or an alias's (possibly generated) name. */
    protected String fromName(FromClause from) {
        if (from instanceof TableClause table) {
            return table.name();
        }
        if (from instanceof Alias alias) {
            return aliasNames.computeIfAbsent(alias, a -> {
                if (a.name() != null) {
                    return a.name();
                }
                String base = a.baseName();
                int n = aliasCounters.merge(base, 1, Integer::sum);
                return base + "_" + n;
            });
        }
        throw new IllegalArgumentException("a column of " + from.description() + " cannot be referenced by name");
    }

    protected String tableName(TableClause table) {
        return table.schema() == null ? quote(table.name()) : quote(table.schema()) + "." + quote(table.name());
    }

    // ---- values ----------------------------------------------------------------------------

    @Override
    public Void visitColumn(ColumnClause column) {
        sql.append(quote(fromName(column.from()))).append('.').append(quote(column.name()));
        return null;
    }

    @Override
    public Void visitBindParameter(BindParameter bind) {
        Integer index = canonicalIndex.get(bind);
        if (index == null) {
            throw new IllegalStateException("bind parameter outside the statement's shape: " + bind.key());
        }
        parameterOrder.add(index);
        sql.append(bindMarker(bind));
        return null;
    }

    /** The placeholder for a parameter. */
    protected String bindMarker(BindParameter bind) {
        return "?";
    }

    @Override
    public Void visitBinary(BinaryExpression binary) {
        // comparisons do not associate: a comparison inside a comparison is parenthesized
        operand(binary.left(), binary.precedence() + 1);
        sql.append(' ').append(operatorText(binary.operator())).append(' ');
        operand(binary.right(), binary.precedence() + 1);
        return null;
    }

    protected String operatorText(Operator operator) {
        return operator.sql();
    }

    @Override
    public Void visitBooleanList(BooleanClauseList list) {
        String separator = " " + operatorText(list.operator()) + " ";
        boolean first = true;
        for (ColumnElement clause : list.clauses()) {
            if (!first) {
                sql.append(separator);
            }
            first = false;
            operand(clause, list.precedence());
        }
        return null;
    }

    @Override
    public Void visitNot(Not not) {
        sql.append("NOT ");
        operand(not.operand(), not.precedence() + 1);
        return null;
    }

    @Override
    public Void visitNullTest(NullTest test) {
        operand(test.operand(), test.precedence() + 1);
        sql.append(test.negated() ? " IS NOT NULL" : " IS NULL");
        return null;
    }

    @Override
    public Void visitBetween(Between between) {
        operand(between.operand(), between.precedence() + 1);
        sql.append(" BETWEEN ");
        operand(between.lower(), between.precedence() + 1);
        sql.append(" AND ");
        operand(between.upper(), between.precedence() + 1);
        return null;
    }

    @Override
    public Void visitLike(Like like) {
        operand(like.operand(), like.precedence() + 1);
        sql.append(like.negated() ? " NOT LIKE " : " LIKE ");
        operand(like.pattern(), like.precedence() + 1);
        if (like.escape() != null) {
            sql.append(" ESCAPE ").append(likeEscape(like.escape()));
        }
        return null;
    }

    /** The ESCAPE character of a LIKE as a string literal. */
    protected String likeEscape(char escape) {
        return escape == '\'' ? "''''" : "'" + escape + "'";
    }

    @Override
    public Void visitInList(InList in) {
        if (in.values().isEmpty()) {
            sql.append(emptyInClause(in.negated()));
            return null;
        }
        operand(in.operand(), in.precedence() + 1);
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        boolean first = true;
        for (ColumnElement value : in.values()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            value.accept(this);
        }
        sql.append(')');
        return null;
    }

    /** What an IN with an empty list renders as: never true, or for NOT IN always true. */
    protected String emptyInClause(boolean negated) {
        return negated ? "1 = 1" : "1 != 1";
    }

    @Override
    public Void visitInSubquery(InSubquery in) {
        operand(in.operand(), in.precedence() + 1);
        sql.append(in.negated() ? " NOT IN " : " IN ");
        nested(in.subquery());
        return null;
    }

    @Override
    public Void visitExists(Exists exists) {
        sql.append("EXISTS ");
        nested(exists.subquery());
        return null;
    }

    @Override
    public Void visitScalarSubquery(ScalarSubquery subquery) {
        nested(subquery.select());
        return null;
    }

    @Override
    public Void visitFunction(FunctionCall function) {
        sql.append(function.name()).append('(');
        if (function.star()) {
            sql.append('*');
        }
        boolean first = true;
        for (ColumnElement argument : function.arguments()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            argument.accept(this);
        }
        sql.append(')');
        return null;
    }

    @Override
    public Void visitLabel(Label label) {
        label.element().accept(this);
        return null;
    }

    @Override
    public Void visitOrderBy(OrderBy orderBy) {
        orderBy.element().accept(this);
        if (orderBy.descending()) {
            sql.append(" DESC");
        }
        return null;
    }

    @Override
    public Void visitNull(Null keyword) {
        sql.append("NULL");
        return null;
    }

    @Override
    public Void visitLiteralColumn(LiteralColumn literal) {
        sql.append(literal.text());
        return null;
    }

    private void operand(ColumnElement element, int parentPrecedence) {
        boolean parens = element.precedence() < parentPrecedence;
        if (parens) {
            sql.append('(');
        }
        element.accept(this);
        if (parens) {
            sql.append(')');
        }
    }

    private void nested(Select select) {
        sql.append('(');
        nextSelectContext = SelectContext.NESTED;
        select.accept(this);
        sql.append(')');
    }

    // ---- FROM ------------------------------------------------------------------------------

    @Override
    public Void visitTable(TableClause table) {
        sql.append(tableName(table));
        return null;
    }

    @Override
    public Void visitAlias(Alias alias) {
        SqlNode element = alias.element();
        while (element instanceof Alias inner) {
            // an alias of an alias renames what the inner alias names: nodes AS outer, not nodes AS inner AS outer
            element = inner.element();
        }
        if (element instanceof Select select) {
            sql.append('(');
            nextSelectContext = SelectContext.FROM_SUBQUERY;
            select.accept(this);
            sql.append(')');
        } else {
            element.accept(this);
        }
        sql.append(" AS ").append(quote(fromName(alias)));
        return null;
    }

    @Override
    public Void visitJoin(Join join) {
        join.left().accept(this);
        sql.append(join.outer() ? " LEFT OUTER JOIN " : " JOIN ");
        boolean nested = join.right() instanceof Join;
        if (nested) {
            sql.append('(');
        }
        join.right().accept(this);
        if (nested) {
            sql.append(')');
        }
        sql.append(" ON ");
        join.on().accept(this);
        return null;
    }

    // ---- statements ------------------------------------------------------------------------

    @Override
    public Void visitSelect(Select select) {
        SelectContext context = nextSelectContext;
        nextSelectContext = SelectContext.NESTED;
        Deque<List<FromClause>> outerScopes = enclosingFroms;
        if (context == SelectContext.FROM_SUBQUERY) {
            // a subquery in FROM cannot see the FROMs of the query around it, so nothing in it correlates to them
            enclosingFroms = new ArrayDeque<>();
        }
        List<FromClause> froms = correlate(select, context);
        enclosingFroms.push(select.froms());
        try {
            sql.append("SELECT ");
            if (select.isDistinct()) {
                sql.append("DISTINCT ");
            }
            selectColumns(select, context);
            if (!froms.isEmpty()) {
                sql.append(" \nFROM ");
                boolean first = true;
                for (FromClause from : froms) {
                    if (!first) {
                        sql.append(", ");
                    }
                    first = false;
                    from.accept(this);
                }
            }
            if (select.where() != null) {
                sql.append(" \nWHERE ");
                select.where().accept(this);
            }
            if (!select.groupBy().isEmpty()) {
                sql.append(" \nGROUP BY ");
                list(select.groupBy());
            }
            if (select.having() != null) {
                sql.append(" \nHAVING ");
                select.having().accept(this);
            }
            if (!select.orderBy().isEmpty()) {
                sql.append(" \nORDER BY ");
                list(select.orderBy());
            }
            if (select.limit() != null || select.offset() != null) {
                limitClause(select);
            }
            warnIfCartesian(select, froms);
        } finally {
            enclosingFroms.pop();
            enclosingFroms = outerScopes;
        }
        return null;
    }

    /**
     * Warns, as SQLAlchemy 1.4's FROM linter does, when some FROM element of a SELECT is neither
     * joined nor compared with the others: every row of one is paired with every row of the other.
     * An intended cartesian product is written as one join on a true condition, which never warns.
     * Called once the statement is written, so that anonymous aliases have their names.
     */
    private void warnIfCartesian(Select select, List<FromClause> froms) {
        List<FromClause> unlinked = select.unlinkedFroms(froms);
        if (!unlinked.isEmpty()) {
            CARTESIAN.warn("SELECT statement has a cartesian product between FROM element(s) {} and FROM element {}. "
                            + "Apply join condition(s) between each element to resolve: a WHERE criterion comparing their "
                            + "columns, or a join (a.join(b, on)); for an intended cartesian product write "
                            + "a.join(b, Sql.literal(true))",
                    unlinked.stream().map(this::lintName).toList(), lintName(froms.get(0)));
        }
    }

    private String lintName(FromClause from) {
        return from instanceof TableClause || from instanceof Alias ? "\"" + fromName(from) + "\"" : from.description();
    }

    /** Appends LIMIT and OFFSET; the default is {@code LIMIT ? OFFSET ?}. */
    protected void limitClause(Select select) {
        if (select.limit() != null) {
            sql.append(" \nLIMIT ");
            select.limit().accept(this);
        }
        if (select.offset() != null) {
            sql.append(select.limit() == null ? " \nOFFSET " : " OFFSET ");
            select.offset().accept(this);
        }
    }

    private List<FromClause> correlate(Select select, SelectContext context) {
        List<FromClause> froms = select.froms();
        if (context != SelectContext.NESTED || enclosingFroms.isEmpty()) {
            return froms;
        }
        Set<FromClause> outer = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<FromClause> level : enclosingFroms) {
            for (FromClause from : level) {
                outer.addAll(from.coveredFroms());
            }
        }
        List<FromClause> own = new ArrayList<>();
        for (FromClause from : froms) {
            if (!outer.contains(from) || select.correlateExcept().contains(from)) {
                own.add(from);
            }
        }
        return own.isEmpty() ? froms : own;
    }

    private void selectColumns(Select select, SelectContext context) {
        List<String> exported = context == SelectContext.FROM_SUBQUERY ? select.exportedNames() : null;
        Set<String> usedLabels = new HashSet<>();
        Map<String, Integer> labelCounters = new HashMap<>();
        boolean first = true;
        for (int i = 0; i < select.columns().size(); i++) {
            ColumnElement column = select.columns().get(i);
            if (!first) {
                sql.append(", ");
            }
            first = false;
            column.accept(this);
            String label = switch (context) {
                case TOP -> uniqueLabel(topLevelLabel(column), usedLabels, labelCounters);
                case FROM_SUBQUERY -> exported.get(i);
                case NESTED -> column instanceof Label l ? l.name() : null;
            };
            boolean plainName = column instanceof ColumnClause clause && clause.name().equals(label);
            if (label != null && !plainName) {
                sql.append(" AS ").append(quote(label));
            }
        }
    }

    /** The label of a column in a top-level SELECT: {@code <from>_<column>}, a label's own name, or {@code <function>_1}. */
    protected String topLevelLabel(ColumnElement column) {
        if (column instanceof Label label) {
            return label.name();
        }
        if (column instanceof ColumnClause clause) {
            return fromName(clause.from()) + "_" + clause.name();
        }
        if (column instanceof FunctionCall function) {
            return function.name() + "_1";
        }
        return "anon_1";
    }

    private static String uniqueLabel(String label, Set<String> used, Map<String, Integer> counters) {
        if (used.add(label)) {
            return label;
        }
        String base = label.replaceAll("_\\d+$", "");
        String candidate;
        do {
            candidate = base + "_" + counters.merge(base, 1, (a, b) -> a + b);
        } while (!used.add(candidate));
        return candidate;
    }

    private void list(List<? extends SqlNode> items) {
        boolean first = true;
        for (SqlNode item : items) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            item.accept(this);
        }
    }

    @Override
    public Void visitInsert(Insert insert) {
        sql.append("INSERT INTO ").append(tableName(insert.table()));
        if (insert.columns().isEmpty()) {
            sql.append(' ').append(defaultValuesClause());
        } else {
            sql.append(" (");
            boolean first = true;
            for (ColumnClause column : insert.columns()) {
                if (!first) {
                    sql.append(", ");
                }
                first = false;
                sql.append(quote(column.name()));
            }
            sql.append(") VALUES ");
            boolean firstRow = true;
            for (List<ColumnElement> row : insert.rows()) {
                if (!firstRow) {
                    sql.append(", ");
                }
                firstRow = false;
                sql.append('(');
                list(row);
                sql.append(')');
            }
        }
        if (!insert.returning().isEmpty()) {
            returningClause(insert.returning());
        }
        return null;
    }

    /** An INSERT of a row made entirely of defaults. */
    protected String defaultValuesClause() {
        return "DEFAULT VALUES";
    }

    /** Appends {@code RETURNING cols}; a dialect without RETURNING refuses. */
    protected void returningClause(List<ColumnElement> columns) {
        sql.append(" RETURNING ");
        boolean first = true;
        for (ColumnElement column : columns) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            if (column instanceof ColumnClause clause) {
                sql.append(quote(clause.name()));
            } else {
                column.accept(this);
            }
        }
    }

    @Override
    public Void visitUpdate(Update update) {
        if (update.values().isEmpty()) {
            throw new IllegalArgumentException("an UPDATE of " + update.table().description() + " needs at least one column to set");
        }
        sql.append("UPDATE ").append(tableName(update.table())).append(" SET ");
        // a subquery in SET or WHERE correlates to the table whose rows are updated
        enclosingFroms.push(List.of(update.table()));
        boolean first = true;
        for (Map.Entry<ColumnClause, ColumnElement> entry : update.values()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            sql.append(quote(entry.getKey().name())).append('=');
            entry.getValue().accept(this);
        }
        if (update.where() != null) {
            sql.append(" WHERE ");
            update.where().accept(this);
        }
        enclosingFroms.pop();
        if (!update.returning().isEmpty()) {
            returningClause(update.returning());
        }
        return null;
    }

    @Override
    public Void visitDelete(Delete delete) {
        sql.append("DELETE FROM ").append(tableName(delete.table()));
        if (delete.where() != null) {
            // a subquery in the WHERE correlates to the table the rows are deleted from
            enclosingFroms.push(List.of(delete.table()));
            sql.append(" WHERE ");
            delete.where().accept(this);
            enclosingFroms.pop();
        }
        return null;
    }
}
