package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An expression that yields a value: a column, a bind parameter, a comparison, a function call.
 * Its methods build comparisons whose plain Java arguments become bind parameters typed like this
 * expression.
 */
public abstract class ColumnElement implements SqlNode {

    /** The type of this expression's values, or {@code null} when unknown. */
    public ValueType valueType() {
        return null;
    }

    /** Binding strength, used by compilers to decide on parentheses. */
    public int precedence() {
        return 10;
    }

    public ColumnElement eq(Object other) {
        if (other == null) {
            return isNull();
        }
        return new BinaryExpression(this, Operator.EQ, operand(other));
    }

    public ColumnElement ne(Object other) {
        if (other == null) {
            return isNotNull();
        }
        return new BinaryExpression(this, Operator.NE, operand(other));
    }

    public ColumnElement lt(Object other) {
        return new BinaryExpression(this, Operator.LT, operand(other));
    }

    public ColumnElement le(Object other) {
        return new BinaryExpression(this, Operator.LE, operand(other));
    }

    public ColumnElement gt(Object other) {
        return new BinaryExpression(this, Operator.GT, operand(other));
    }

    public ColumnElement ge(Object other) {
        return new BinaryExpression(this, Operator.GE, operand(other));
    }

    public ColumnElement like(Object pattern) {
        return new BinaryExpression(this, Operator.LIKE, operand(pattern));
    }

    public ColumnElement notLike(Object pattern) {
        return new BinaryExpression(this, Operator.NOT_LIKE, operand(pattern));
    }

    /**
     * {@code this LIKE pattern ESCAPE 'c'}: in {@code pattern}, {@code escape} makes the next
     * {@code %}, {@code _} or {@code escape} match itself ({@link Sql#escapeLike} writes such a pattern).
     */
    public ColumnElement like(Object pattern, char escape) {
        return new Like(this, operand(pattern), false, escape);
    }

    /** {@code this NOT LIKE pattern ESCAPE 'c'}. */
    public ColumnElement notLike(Object pattern, char escape) {
        return new Like(this, operand(pattern), true, escape);
    }

    /** {@code this LIKE '%value%'}, the pattern bound; {@code %} and {@code _} in {@code value} stay wildcards. */
    public ColumnElement contains(Object value) {
        return contains(value, false);
    }

    /**
     * {@code this LIKE '%value%'}; with {@code autoescape}, {@code %}, {@code _} and {@code /} in
     * {@code value} match themselves (they are escaped with {@code /}, and {@code ESCAPE '/'} is
     * written), as SQLAlchemy's {@code autoescape=True}.
     */
    public ColumnElement contains(Object value, boolean autoescape) {
        return LikePatterns.match(this, value, autoescape, "%", "%", "contains");
    }

    /** {@code this LIKE 'value%'}, the pattern bound; {@code %} and {@code _} in {@code value} stay wildcards. */
    public ColumnElement startsWith(Object value) {
        return startsWith(value, false);
    }

    /** {@code this LIKE 'value%'}; {@code autoescape} as in {@link #contains(Object, boolean)}. */
    public ColumnElement startsWith(Object value, boolean autoescape) {
        return LikePatterns.match(this, value, autoescape, "", "%", "startsWith");
    }

    /** {@code this LIKE '%value'}, the pattern bound; {@code %} and {@code _} in {@code value} stay wildcards. */
    public ColumnElement endsWith(Object value) {
        return endsWith(value, false);
    }

    /** {@code this LIKE '%value'}; {@code autoescape} as in {@link #contains(Object, boolean)}. */
    public ColumnElement endsWith(Object value, boolean autoescape) {
        return LikePatterns.match(this, value, autoescape, "%", "", "endsWith");
    }

    public ColumnElement between(Object lower, Object upper) {
        return new Between(this, operand(lower), operand(upper));
    }

    public ColumnElement isNull() {
        return new NullTest(this, false);
    }

    public ColumnElement isNotNull() {
        return new NullTest(this, true);
    }

    public ColumnElement in(Object... values) {
        return in(Arrays.asList(values));
    }

    public ColumnElement in(Collection<?> values) {
        return new InList(this, operands(values), false);
    }

    public ColumnElement in(Select subquery) {
        return new InSubquery(this, subquery, false);
    }

    public ColumnElement notIn(Object... values) {
        return notIn(Arrays.asList(values));
    }

    public ColumnElement notIn(Collection<?> values) {
        return new InList(this, operands(values), true);
    }

    public ColumnElement notIn(Select subquery) {
        return new InSubquery(this, subquery, true);
    }

    public ColumnElement and(ColumnElement other) {
        return Sql.and(this, other);
    }

    public ColumnElement or(ColumnElement other) {
        return Sql.or(this, other);
    }

    public Label label(String name) {
        return new Label(name, this);
    }

    public OrderBy asc() {
        return new OrderBy(this, false);
    }

    public OrderBy desc() {
        return new OrderBy(this, true);
    }

    /**
     * The value as an expression: itself if it already is one, a {@link Select} as a scalar
     * subquery, else a bind parameter typed like this.
     */
    protected ColumnElement operand(Object value) {
        return coerce(value, valueType());
    }

    /** A plain value as a bind parameter of {@code type}; expressions as they are, a SELECT as a scalar subquery. */
    static ColumnElement coerce(Object value, ValueType type) {
        if (value instanceof ColumnElement element) {
            return element;
        }
        if (value instanceof Select select) {
            return select.asScalar();
        }
        if (value instanceof SqlNode node) {
            String what = node instanceof FromClause from ? from.description() : node.getClass().getSimpleName();
            throw new IllegalArgumentException(what + " is not a value; compare with one of its columns, or give a SELECT");
        }
        return new BindParameter(null, value, type);
    }

    private List<ColumnElement> operands(Collection<?> values) {
        List<ColumnElement> result = new ArrayList<>(values.size());
        for (Object value : values) {
            result.add(operand(value));
        }
        return result;
    }
}
