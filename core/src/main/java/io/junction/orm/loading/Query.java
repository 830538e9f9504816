package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.SqlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A query for objects of one mapped class: criteria, order and limits over its table, with
 * results going through the identity map. Each method returns a new query.
 */
public final class Query<T> {
    private final LoadContext context;
    private final Runnable beforeExecute;
    private final Mapper mapper;
    private final Class<T> type;
    private final Select select;

    public Query(LoadContext context, Runnable beforeExecute, Mapper mapper, Class<T> type) {
        this(context, beforeExecute, mapper, type, Sql.select(EntityColumns.of(mapper, mapper.table(), 0).columns()));
    }

    private Query(LoadContext context, Runnable beforeExecute, Mapper mapper, Class<T> type, Select select) {
        this.context = context;
        this.beforeExecute = beforeExecute;
        this.mapper = mapper;
        this.type = type;
        this.select = select;
    }

    /** Only objects matching {@code criterion}, in addition to earlier criteria. */
    public Query<T> filter(ColumnElement criterion) {
        return new Query<>(context, beforeExecute, mapper, type, select.where(criterion));
    }

    /** Only objects whose attribute {@code attribute} (a mapped column attribute) equals {@code value}. */
    public Query<T> filterBy(String attribute, Object value) {
        if (!(mapper.property(attribute) instanceof io.junction.orm.mapper.ColumnProperty column)) {
            throw new IllegalArgumentException(mapper.type().getSimpleName() + "." + attribute
                    + " is a relationship; filterBy compares column attributes");
        }
        return filter(column.column().eq(value));
    }

    public Query<T> orderBy(SqlNode... items) {
        return new Query<>(context, beforeExecute, mapper, type, select.orderBy(items));
    }

    public Query<T> limit(int rows) {
        return new Query<>(context, beforeExecute, mapper, type, select.limit(rows));
    }

    public Query<T> offset(int rows) {
        return new Query<>(context, beforeExecute, mapper, type, select.offset(rows));
    }

    /** The statement this query runs. */
    public Select statement() {
        return select;
    }

    public List<T> all() {
        beforeExecute.run();
        EntityColumns entity = EntityColumns.of(mapper, mapper.table(), 0);
        List<T> result = new ArrayList<>();
        for (Row row : context.connection().execute(select).all()) {
            Object object = ObjectLoader.instance(context, entity, row);
            if (object != null && !containsIdentity(result, object)) {
                result.add(type.cast(object));
            }
        }
        return result;
    }

    /** The first object, or {@code null}. */
    public T first() {
        List<T> result = limit(1).all();
        return result.isEmpty() ? null : result.get(0);
    }

    /** The one object; an exception when there is none or more than one. */
    public T one() {
        List<T> result = limit(2).all();
        if (result.size() != 1) {
            throw new IllegalStateException("expected one " + mapper.type().getSimpleName() + ", found "
                    + (result.isEmpty() ? "none" : "more than one"));
        }
        return result.get(0);
    }

    /** How many rows match. */
    public long count() {
        beforeExecute.run();
        Select counting = Sql.select(Sql.count()).from(select.subquery());
        return ((Number) context.connection().execute(counting).scalar()).longValue();
    }

    private static boolean containsIdentity(List<?> list, Object object) {
        for (Object member : list) {
            if (member == object) {
                return true;
            }
        }
        return false;
    }
}
