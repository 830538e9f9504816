package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Static factories for statements and expressions: {@code select(nodes).where(and(...))}. */
public final class Sql {

    private static final ValueType BIGINT_TYPE = new ValueType() {
        @Override
        public int jdbcType() {
            return java.sql.Types.BIGINT;
        }

        @Override
        public Class<?> javaType() {
            return Long.class;
        }
    };

    private Sql() {
    }

    /** SELECT of columns, tables or aliases (a table stands for all its columns). */
    public static Select select(SqlNode... columnsOrFroms) {
        return Select.of(Arrays.asList(columnsOrFroms));
    }

    public static Select select(List<? extends SqlNode> columnsOrFroms) {
        return Select.of(columnsOrFroms);
    }

    public static Insert insert(TableClause table) {
        return Insert.into(table);
    }

    public static Update update(TableClause table) {
        return Update.of(table);
    }

    public static Delete delete(TableClause table) {
        return Delete.from(table);
    }

    /** All criteria must hold; nested ANDs are flattened and a single criterion is returned as is. */
    public static ColumnElement and(ColumnElement... criteria) {
        return join(Operator.AND, Arrays.asList(criteria));
    }

    public static ColumnElement and(List<? extends ColumnElement> criteria) {
        return join(Operator.AND, criteria);
    }

    /** Any criterion may hold. */
    public static ColumnElement or(ColumnElement... criteria) {
        return join(Operator.OR, Arrays.asList(criteria));
    }

    public static ColumnElement or(List<? extends ColumnElement> criteria) {
        return join(Operator.OR, criteria);
    }

    public static ColumnElement not(ColumnElement criterion) {
        return new Not(criterion);
    }

    /** A bind parameter whose value each row of a batch supplies under {@code key}. */
    public static BindParameter bindparam(String key) {
        return new BindParameter(key, null, null);
    }

    public static BindParameter bindparam(String key, ValueType type) {
        return new BindParameter(key, null, type);
    }

    /**
     * A bind parameter whose value {@code value} gives when the statement runs, not when it is built
     * (SQLAlchemy's {@code bindparam(callable_=...)}): a key the next flush will assign, say.
     */
    public static BindParameter bindparam(Supplier<?> value, ValueType type) {
        return BindParameter.later(value, type);
    }

    /** A value as a bind parameter, for where no column gives it a type: {@code literal(5).lt(col)}. */
    public static BindParameter literal(Object value) {
        return new BindParameter(null, value, null);
    }

    public static BindParameter literal(Object value, ValueType type) {
        return new BindParameter(null, value, type);
    }

    /** SQL text written as is, such as {@code literalColumn("1")}; never a user's value (use {@link #literal}). */
    public static LiteralColumn literalColumn(String text) {
        return new LiteralColumn(text);
    }

    /** The keyword NULL. */
    public static ColumnElement nullValue() {
        return Null.INSTANCE;
    }

    /** {@code count(*)}. */
    public static FunctionCall count() {
        return new FunctionCall("count", List.of(), BIGINT_TYPE, true);
    }

    /** {@code count(expr)}. */
    public static FunctionCall count(ColumnElement expr) {
        return new FunctionCall("count", List.of(expr), BIGINT_TYPE);
    }

    /** Any SQL function: {@code func("lower", users.c("name"))}; {@code func("now")} is {@code now()}. */
    public static FunctionCall func(String name, ColumnElement... arguments) {
        return new FunctionCall(name, List.of(arguments), null);
    }

    public static Exists exists(Select subquery) {
        return new Exists(subquery);
    }

    private static ColumnElement join(Operator operator, List<? extends ColumnElement> criteria) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException(operator + " needs at least one criterion");
        }
        List<ColumnElement> flat = new ArrayList<>();
        for (ColumnElement criterion : criteria) {
            if (criterion instanceof BooleanClauseList list && list.operator() == operator) {
                flat.addAll(list.clauses());
            } else {
                flat.add(criterion);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new BooleanClauseList(operator, flat);
    }

    /**
     * {@code value} escaped for a LIKE pattern with {@code escape}: each {@code %}, {@code _} and
     * {@code escape} gets {@code escape} before it, so {@code col.like("%" + escapeLike(v, '/') + "%", '/')}
     * matches {@code v} literally.
     */
    public static String escapeLike(String value, char escape) {
        return LikePatterns.escape(value, escape);
    }
}
