package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable SELECT. Each builder method returns a copy. The FROM list is what
 * {@link #from} names plus every table that the columns and criteria refer to, less those already
 * inside a join.
 */
public final class Select implements Statement {
    private volatile CompiledSlot compiled;

    private final List<ColumnElement> columns;
    private final List<FromClause> explicitFroms;
    private final ColumnElement where;
    private final List<ColumnElement> groupBy;
    private final ColumnElement having;
    private final List<OrderBy> orderBy;
    private final BindParameter limit;
    private final BindParameter offset;
    private final boolean distinct;
    private final List<FromClause> correlateExcept;

    private Select(List<ColumnElement> columns, List<FromClause> explicitFroms, ColumnElement where,
                   List<ColumnElement> groupBy, ColumnElement having, List<OrderBy> orderBy,
                   BindParameter limit, BindParameter offset, boolean distinct, List<FromClause> correlateExcept) {
        this.columns = columns;
        this.explicitFroms = explicitFroms;
        this.where = where;
        this.groupBy = groupBy;
        this.having = having;
        this.orderBy = orderBy;
        this.limit = limit;
        this.offset = offset;
        this.distinct = distinct;
        this.correlateExcept = correlateExcept;
    }

    static Select of(List<? extends SqlNode> entities) {
        List<ColumnElement> cols = new ArrayList<>();
        List<FromClause> froms = new ArrayList<>();
        for (SqlNode entity : entities) {
            if (entity instanceof ColumnElement column) {
                cols.add(column);
            } else if (entity instanceof FromClause from) {
                cols.addAll(from.columns());
                froms.add(from);
            } else {
                throw new IllegalArgumentException("cannot select " + entity + ": give columns, tables or aliases");
            }
        }
        return new Select(List.copyOf(cols), List.copyOf(froms), null, List.of(), null, List.of(), null, null, false, List.of());
    }

    /** A copy selecting these columns instead. */
    public Select withColumns(List<? extends ColumnElement> newColumns) {
        return new Select(List.copyOf(newColumns), explicitFroms, where, groupBy, having, orderBy, limit, offset, distinct, correlateExcept);
    }

    /** A copy with these FROM clauses added to the ones the columns imply. */
    public Select from(FromClause... froms) {
        List<FromClause> list = new ArrayList<>(explicitFroms);
        Collections.addAll(list, froms);
        return new Select(columns, List.copyOf(list), where, groupBy, having, orderBy, limit, offset, distinct, correlateExcept);
    }

    /** A copy whose WHERE is the existing one AND {@code criterion}. */
    public Select where(ColumnElement criterion) {
        ColumnElement combined = where == null ? criterion : Sql.and(where, criterion);
        return new Select(columns, explicitFroms, combined, groupBy, having, orderBy, limit, offset, distinct, correlateExcept);
    }

    public Select groupBy(ColumnElement... elements) {
        List<ColumnElement> list = new ArrayList<>(groupBy);
        Collections.addAll(list, elements);
        return new Select(columns, explicitFroms, where, List.copyOf(list), having, orderBy, limit, offset, distinct, correlateExcept);
    }

    public Select having(ColumnElement criterion) {
        ColumnElement combined = having == null ? criterion : Sql.and(having, criterion);
        return new Select(columns, explicitFroms, where, groupBy, combined, orderBy, limit, offset, distinct, correlateExcept);
    }

    /** A copy ordered also by these items: columns (ascending) or {@link OrderBy}s. */
    public Select orderBy(SqlNode... items) {
        List<OrderBy> list = new ArrayList<>(orderBy);
        for (SqlNode item : items) {
            if (item instanceof OrderBy order) {
                list.add(order);
            } else if (item instanceof ColumnElement element) {
                list.add(element.asc());
            } else {
                throw new IllegalArgumentException("cannot order by " + item);
            }
        }
        return new Select(columns, explicitFroms, where, groupBy, having, List.copyOf(list), limit, offset, distinct, correlateExcept);
    }

    public Select limit(int rows) {
        return new Select(columns, explicitFroms, where, groupBy, having, orderBy,
                new BindParameter(null, rows, null), offset, distinct, correlateExcept);
    }

    public Select offset(int rows) {
        return new Select(columns, explicitFroms, where, groupBy, having, orderBy, limit,
                new BindParameter(null, rows, null), distinct, correlateExcept);
    }

    public Select distinct() {
        return new Select(columns, explicitFroms, where, groupBy, having, orderBy, limit, offset, true, correlateExcept);
    }

    /**
     * A copy that, nested in another statement, keeps these FROM clauses in its own FROM list even
     * when the enclosing statement has them too (SQLAlchemy's {@code correlate_except}); other FROM
     * clauses of the enclosing statements are still correlated.
     */
    public Select correlateExcept(FromClause... froms) {
        List<FromClause> list = new ArrayList<>(correlateExcept);
        Collections.addAll(list, froms);
        return new Select(columns, explicitFroms, where, groupBy, having, orderBy, limit, offset, distinct, List.copyOf(list));
    }

    /** The FROM clauses that {@link #correlateExcept} keeps from correlating. */
    public List<FromClause> correlateExcept() {
        return correlateExcept;
    }

    /** This select as a FROM clause with a generated name. */
    public Alias subquery() {
        return new Alias(this, null);
    }

    /** This select as a FROM clause named {@code name}. */
    public Alias subquery(String name) {
        return new Alias(this, name);
    }

    /** This one-column select as a value. */
    public ScalarSubquery asScalar() {
        return new ScalarSubquery(this);
    }

    public Exists exists() {
        return new Exists(this);
    }

    public List<ColumnElement> columns() {
        return columns;
    }

    public ColumnElement where() {
        return where;
    }

    public List<ColumnElement> groupBy() {
        return groupBy;
    }

    public ColumnElement having() {
        return having;
    }

    public List<OrderBy> orderBy() {
        return orderBy;
    }

    /** The LIMIT as a bind parameter, or {@code null}. */
    public BindParameter limit() {
        return limit;
    }

    /** The OFFSET as a bind parameter, or {@code null}. */
    public BindParameter offset() {
        return offset;
    }

    public boolean isDistinct() {
        return distinct;
    }

    /**
     * The elements of {@code froms} (this select's FROM list as compiled) that nothing links to the
     * first one, so that the database pairs every row of one with every row of the other: two
     * elements are linked when one criterion of the WHERE or HAVING (a conjunct of an AND, a
     * subquery included) refers to both, or when they are parts of one join. Empty when all are linked.
     */
    public List<FromClause> unlinkedFroms(List<FromClause> froms) {
        if (froms.size() < 2) {
            return List.of();
        }
        Map<FromClause, Integer> index = new IdentityHashMap<>();
        int[] component = new int[froms.size()];
        for (int i = 0; i < froms.size(); i++) {
            component[i] = i;
            index.put(froms.get(i), i);
            for (FromClause covered : froms.get(i).coveredFroms()) {
                index.putIfAbsent(covered, i);
            }
        }
        List<ColumnElement> criteria = new ArrayList<>();
        conjuncts(where, criteria);
        conjuncts(having, criteria);
        for (ColumnElement criterion : criteria) {
            List<Integer> linked = new ArrayList<>();
            new FromCollector(from -> {
                Integer i = index.get(from);
                if (i != null) {
                    linked.add(i);
                }
            }, true).collect(criterion);
            for (int i = 1; i < linked.size(); i++) {
                int a = root(component, linked.get(0));
                int b = root(component, linked.get(i));
                component[b] = a;
            }
        }
        int first = root(component, 0);
        List<FromClause> unlinked = new ArrayList<>();
        for (int i = 1; i < froms.size(); i++) {
            if (root(component, i) != first) {
                unlinked.add(froms.get(i));
            }
        }
        return unlinked;
    }

    private static int root(int[] component, int i) {
        while (component[i] != i) {
            i = component[i];
        }
        return i;
    }

    private static void conjuncts(ColumnElement criterion, List<ColumnElement> into) {
        if (criterion instanceof BooleanClauseList list && list.operator() == Operator.AND) {
            list.clauses().forEach(clause -> conjuncts(clause, into));
        } else if (criterion != null) {
            into.add(criterion);
        }
    }

    /**
     * The FROM list: explicit FROMs, then those of the columns, then those of the criteria, each
     * once, leaving out any that a join in the list already covers.
     */
    public List<FromClause> froms() {
        Set<FromClause> found = Collections.newSetFromMap(new IdentityHashMap<>());
        List<FromClause> ordered = new ArrayList<>();
        FromCollector collector = new FromCollector(from -> {
            if (found.add(from)) {
                ordered.add(from);
            }
        });
        for (FromClause from : explicitFroms) {
            if (found.add(from)) {
                ordered.add(from);
            }
        }
        columns.forEach(collector::collect);
        if (where != null) {
            collector.collect(where);
        }
        groupBy.forEach(collector::collect);
        if (having != null) {
            collector.collect(having);
        }
        orderBy.forEach(o -> collector.collect(o.element()));
        Set<FromClause> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FromClause from : ordered) {
            List<FromClause> inside = from.coveredFroms();
            covered.addAll(inside.subList(1, inside.size()));
        }
        List<FromClause> result = new ArrayList<>();
        for (FromClause from : ordered) {
            if (!covered.contains(from)) {
                result.add(from);
            }
        }
        return result;
    }

    /** The names under which a subquery of this select exposes its columns, unique within it. */
    public List<String> exportedNames() {
        List<String> names = new ArrayList<>(columns.size());
        Set<String> used = new LinkedHashSet<>();
        Map<String, Integer> counters = new java.util.HashMap<>();
        for (ColumnElement column : columns) {
            String base;
            if (column instanceof Label label) {
                base = label.name();
            } else if (column instanceof ColumnClause clause) {
                base = clause.name();
            } else if (column instanceof FunctionCall function) {
                base = function.name();
            } else {
                base = "anon";
            }
            String name = base;
            while (!used.add(name)) {
                int next = counters.merge(base, 1, Integer::sum);
                name = base + "_" + next;
            }
            names.add(name);
        }
        return names;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitSelect(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("select");
        if (distinct) {
            shape.token("distinct");
        }
        for (ColumnElement column : columns) {
            column.describe(shape);
        }
        shape.token("from");
        for (FromClause from : explicitFroms) {
            from.describe(shape);
        }
        if (where != null) {
            shape.token("where");
            where.describe(shape);
        }
        if (!groupBy.isEmpty()) {
            shape.token("group");
            groupBy.forEach(g -> g.describe(shape));
        }
        if (having != null) {
            shape.token("having");
            having.describe(shape);
        }
        if (!orderBy.isEmpty()) {
            shape.token("order");
            orderBy.forEach(o -> o.describe(shape));
        }
        if (limit != null) {
            shape.token("limit");
            limit.describe(shape);
        }
        if (offset != null) {
            shape.token("offset");
            offset.describe(shape);
        }
        if (!correlateExcept.isEmpty()) {
            shape.token("correlate-except");
            correlateExcept.forEach(f -> f.describe(shape));
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
