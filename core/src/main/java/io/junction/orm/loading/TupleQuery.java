package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.SqlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A query for two entities at once, SQLAlchemy's {@code session.query(User, Address)}: each row
 * gives a {@link Tuple2} of the objects its columns load, the second typically joined
 * ({@code .join("addresses")}) or an alias of the first class. Rows are not made unique, as in
 * SQLAlchemy 2.0. Criteria, joins, order and limits are the first entity's query's; loader options
 * and configured eager loading apply to the first entity, while the second entity's relationships
 * load on access. Immutable: each method returns a new query.
 */
public final class TupleQuery<A, B> {
    private final Query<A> query;
    private final Mapper second;
    private final Class<B> secondType;
    private final FromClause secondFrom;

    TupleQuery(Query<A> query, Mapper second, Class<B> secondType, FromClause secondFrom) {
        this.query = query;
        this.second = second;
        this.secondType = secondType;
        this.secondFrom = secondFrom;
    }

    private TupleQuery<A, B> with(Query<A> changed) {
        return new TupleQuery<>(changed, second, secondType, secondFrom);
    }

    public TupleQuery<A, B> filter(ColumnElement... criteria) {
        return with(query.filter(criteria));
    }

    /** As {@link Query#join(String, JoinOption...)}. */
    public TupleQuery<A, B> join(String attribute, JoinOption... options) {
        return with(query.join(attribute, options));
    }

    /** As {@link Query#join(String, Aliased, JoinOption...)}: to the second entity's alias, typically. */
    public TupleQuery<A, B> join(String attribute, Aliased<?> target, JoinOption... options) {
        return with(query.join(attribute, target, options));
    }

    /** As {@link Query#outerJoin(String, JoinOption...)}: the second object is {@code null} where no row joins. */
    public TupleQuery<A, B> outerJoin(String attribute, JoinOption... options) {
        return with(query.outerJoin(attribute, options));
    }

    public TupleQuery<A, B> outerJoin(String attribute, Aliased<?> target, JoinOption... options) {
        return with(query.outerJoin(attribute, target, options));
    }

    public TupleQuery<A, B> join(FromClause target, ColumnElement on) {
        return with(query.join(target, on));
    }

    public TupleQuery<A, B> orderBy(SqlNode... items) {
        return with(query.orderBy(items));
    }

    public TupleQuery<A, B> limit(int rows) {
        return with(query.limit(rows));
    }

    public TupleQuery<A, B> offset(int rows) {
        return with(query.offset(rows));
    }

    public TupleQuery<A, B> options(LoaderOption... options) {
        return with(query.options(options));
    }

    /** Every row's pair of objects, in row order. */
    public List<Tuple2<A, B>> all() {
        query.beforeExecute();
        Query.TuplePlan plan = query.tuplePlan(second, secondFrom);
        LoadContext context = query.context();
        Batch firstBatch = new Batch(context, plan.first(), plan.source());
        Batch secondBatch = new Batch(context, plan.second(), null);
        List<Tuple2<A, B>> result = new ArrayList<>();
        for (Row row : context.connection().execute(plan.select())) {
            A a = query.type().cast(firstBatch.process(row));
            B b = secondType.cast(secondBatch.process(row));
            result.add(new Tuple2<>(a, b));
        }
        firstBatch.finish();
        secondBatch.finish();
        return result;
    }

    /** The first pair, or {@code null} without rows (runs with {@code LIMIT 1}). */
    public Tuple2<A, B> first() {
        List<Tuple2<A, B>> rows = limit(1).all();
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public String toString() {
        return "TupleQuery(" + query + ", " + secondType.getSimpleName() + ")";
    }
}
