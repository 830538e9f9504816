package io.junction.declarative;

import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Label;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Shape;
import io.junction.sql.expression.ValueType;
import io.junction.sql.expression.Visitor;
import io.junction.sql.schema.Column;

import java.util.Collection;

/**
 * A typed reference to the column of a model class's field, as the generated metamodel declares
 * them: {@code Node_.data.eq("child2")}. It resolves its {@link Column} from the base's metadata on
 * first use (configuring the base if needed), and every comparison it builds holds that column
 * itself, so the expressions are the ones {@code nodes.c("data").eq("child2")} builds.
 *
 * @param <T> the Java type of the field
 */
public final class ColumnRef<T> extends ColumnElement {
    private final Class<? extends DeclarativeBase> model;
    private final String field;
    private final Class<T> javaType;
    private volatile Column column;

    private ColumnRef(Class<? extends DeclarativeBase> model, String field, Class<T> javaType) {
        this.model = model;
        this.field = field;
        this.javaType = javaType;
    }

    /** The reference to the column of {@code model}'s field {@code field}. */
    public static <T> ColumnRef<T> of(Class<? extends DeclarativeBase> model, String field, Class<T> javaType) {
        return new ColumnRef<>(model, field, javaType);
    }

    /** The column, resolved from the base's metadata. */
    public Column column() {
        Column resolved = column;
        if (resolved == null) {
            resolved = DeclarativeRegistry.of(model).column(model, field);
            column = resolved;
        }
        return resolved;
    }

    public Class<? extends DeclarativeBase> model() {
        return model;
    }

    /** The field's name, which is also the attribute's name. */
    public String field() {
        return field;
    }

    public Class<T> javaType() {
        return javaType;
    }

    private static Object unwrap(Object value) {
        return value instanceof ColumnRef<?> ref ? ref.column() : value;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return column().accept(visitor);
    }

    @Override
    public void describe(Shape shape) {
        column().describe(shape);
    }

    @Override
    public ValueType valueType() {
        return column().valueType();
    }

    @Override
    public int precedence() {
        return column().precedence();
    }

    @Override
    public ColumnElement eq(Object other) {
        return column().eq(unwrap(other));
    }

    @Override
    public ColumnElement ne(Object other) {
        return column().ne(unwrap(other));
    }

    @Override
    public ColumnElement lt(Object other) {
        return column().lt(unwrap(other));
    }

    @Override
    public ColumnElement le(Object other) {
        return column().le(unwrap(other));
    }

    @Override
    public ColumnElement gt(Object other) {
        return column().gt(unwrap(other));
    }

    @Override
    public ColumnElement ge(Object other) {
        return column().ge(unwrap(other));
    }

    @Override
    public ColumnElement like(Object pattern) {
        return column().like(unwrap(pattern));
    }

    @Override
    public ColumnElement notLike(Object pattern) {
        return column().notLike(unwrap(pattern));
    }

    @Override
    public ColumnElement between(Object lower, Object upper) {
        return column().between(unwrap(lower), unwrap(upper));
    }

    @Override
    public ColumnElement isNull() {
        return column().isNull();
    }

    @Override
    public ColumnElement isNotNull() {
        return column().isNotNull();
    }

    @Override
    public ColumnElement in(Object... values) {
        return column().in(values);
    }

    @Override
    public ColumnElement in(Collection<?> values) {
        return column().in(values);
    }

    @Override
    public ColumnElement in(Select subquery) {
        return column().in(subquery);
    }

    @Override
    public ColumnElement notIn(Object... values) {
        return column().notIn(values);
    }

    @Override
    public ColumnElement notIn(Collection<?> values) {
        return column().notIn(values);
    }

    @Override
    public ColumnElement notIn(Select subquery) {
        return column().notIn(subquery);
    }

    @Override
    public ColumnElement and(ColumnElement other) {
        return column().and(other instanceof ColumnRef<?> ref ? ref.column() : other);
    }

    @Override
    public ColumnElement or(ColumnElement other) {
        return column().or(other instanceof ColumnRef<?> ref ? ref.column() : other);
    }

    @Override
    public Label label(String name) {
        return column().label(name);
    }

    @Override
    public OrderBy asc() {
        return column().asc();
    }

    @Override
    public OrderBy desc() {
        return column().desc();
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + field;
    }
}
