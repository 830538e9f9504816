package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Lazy.SELECT}, SQLAlchemy's {@code LazyLoader}: the relationship loads on first access. A
 * many-to-one whose target the session already holds is taken from the identity map with no SQL;
 * anything else is one SELECT of the target rows that match the parent's values. The eager
 * strategies load this way too when their relationship is read unloaded (after an expire, say).
 */
final class SelectLoader extends LoaderStrategy {

    /** Loads {@code relationship} of {@code state}, an object at {@code path}, now. */
    static void select(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        Mapper parent = Mapper.of(state);
        JoinCondition join = relationship.join();
        if (state.key() != null && localColumnExpired(state, parent, join)) {
            Refresher.refresh(context, state);
        }
        List<Object> values = localValues(state, parent, join);
        if (join.direction() == Direction.MANY_TO_ONE) {
            if (values.contains(null)) {
                relationship.attribute().setCommitted(state, null);
                return;
            }
            Object fromIdentityMap = KeyLoader.heldTarget(context, relationship, values);
            if (fromIdentityMap != null) {
                relationship.attribute().setCommitted(state, fromIdentityMap);
                return;
            }
        }
        if (values.contains(null) && join.direction() != Direction.MANY_TO_ONE) {
            setEmpty(relationship, state);
            return;
        }
        Batch.populate(state, relationship, targets(context, relationship, values, path.child(relationship), path.isPlainRoot()));
    }

    /**
     * Sets {@code relationship} of {@code state} from what is known without SQL — the target of a
     * many-to-one that the identity map holds, or nothing when a value it joins on is NULL — and
     * tells whether it could; {@code Lazy.RAISE_ON_SQL} throws when it could not.
     */
    static boolean loadWithoutSql(LoadContext context, InstanceState state, RelationshipProperty relationship) {
        Mapper parent = Mapper.of(state);
        JoinCondition join = relationship.join();
        if (state.key() != null && localColumnExpired(state, parent, join)) {
            return false;
        }
        List<Object> values = localValues(state, parent, join);
        if (values.contains(null)) {
            setEmpty(relationship, state);
            return true;
        }
        if (join.direction() == Direction.MANY_TO_ONE && !relationship.uselist()) {
            Object held = KeyLoader.heldTarget(context, relationship, values);
            if (held != null) {
                relationship.attribute().setCommitted(state, held);
                return true;
            }
        }
        return false;
    }

    /**
     * The values the relationship joins on: the row's (committed) values of a persistent object,
     * the current ones of a pending object, which has no row yet ({@code loadOnPending}).
     */
    private static List<Object> localValues(InstanceState state, Mapper parent, JoinCondition join) {
        List<Object> values = new ArrayList<>(join.pairs().size());
        for (JoinCondition.Pair pair : join.pairs()) {
            ColumnProperty property = parent.columnProperty(pair.local());
            values.add(state.key() == null ? property.get(state) : EntityKey.rowValue(state, property));
        }
        return values;
    }

    /**
     * The value of a many-to-one that the identity map holds, found without SQL; NULL when its
     * foreign key is NULL; {@link InstanceState#NO_VALUE} when only a SELECT could tell.
     */
    static Object peek(LoadContext context, InstanceState state, RelationshipProperty relationship) {
        if (relationship.direction() != Direction.MANY_TO_ONE || relationship.uselist()) {
            return InstanceState.NO_VALUE;
        }
        Mapper parent = Mapper.of(state);
        List<Object> values = new ArrayList<>();
        for (JoinCondition.Pair pair : relationship.join().pairs()) {
            ColumnProperty property = parent.columnProperty(pair.local());
            if (!state.isLoaded(property.key())) {
                return InstanceState.NO_VALUE;
            }
            values.add(EntityKey.rowValue(state, property));
        }
        if (values.contains(null)) {
            return null;
        }
        Object known = KeyLoader.heldTarget(context, relationship, values);
        return known != null ? known : InstanceState.NO_VALUE;
    }

    /**
     * The targets the rows of one SELECT give, each once, in the order of their first rows; the
     * statement of an object loaded without options is the relationship's {@link LazySelect}.
     */
    private static List<Object> targets(LoadContext context, RelationshipProperty relationship, List<Object> values,
                                        LoadPath targetPath, boolean plainParent) {
        Mapper target = relationship.target();
        EntityPlan plan = EntityPlan.build(target, target.table(), targetPath, Map.of());
        Select select;
        Map<String, Object> parameters;
        Source source = null;
        if (plainParent) {
            plan.columns(0);
            LazySelect lazy = LazySelect.of(relationship, targetPath);
            select = lazy.select();
            parameters = lazy.parameters(values);
            if (plan.usesSubquery()) {
                source = new Source(null, LazySelect.criteria(relationship, values), List.of(), null, null);
            }
        } else {
            ColumnElement where = LazySelect.criteria(relationship, values);
            select = EntitySelect.of(plan).where(where).orderBy(relationship.config().orderBy()).build();
            parameters = Map.of();
            source = new Source(null, where, List.of(), null, null);
        }
        Batch batch = new Batch(context, plan, source);
        for (Row row : context.connection().execute(select, parameters)) {
            batch.process(row);
        }
        List<Object> result = new ArrayList<>(batch.loaded().size());
        for (InstanceState loaded : batch.loaded()) {
            result.add(loaded.object());
        }
        batch.finish();
        return result;
    }

    /**
     * True if a column the relationship joins on, other than a primary-key column (which the
     * identity key gives), is expired: its value in memory may be stale, so the row is read first.
     */
    private static boolean localColumnExpired(InstanceState state, Mapper parent, JoinCondition join) {
        for (JoinCondition.Pair pair : join.pairs()) {
            ColumnProperty property = parent.columnProperty(pair.local());
            if (property != null && !property.column().isPrimaryKey() && !state.isLoaded(property.key())) {
                return true;
            }
        }
        return false;
    }
}
