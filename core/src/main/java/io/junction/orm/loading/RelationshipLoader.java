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
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads one relationship of one object on first access (the {@code SELECT} strategy): a
 * many-to-one whose key the session already holds is taken from the identity map with no SQL;
 * anything else is one SELECT of the target rows that match the parent's values.
 */
public final class RelationshipLoader {

    private RelationshipLoader() {
    }

    public static void load(LoadContext context, InstanceState state, RelationshipProperty relationship) {
        LoadPath path = LoadPath.of(state);
        switch (path.strategy(relationship)) {
            case RAISE -> throw new RaiseLoadException(relationship + " is not loaded, and its loader strategy is RAISE, "
                    + "which forbids loading it on access; load it with the query that loads " + state.manager().type()
                    .getSimpleName() + " (a joinedLoad/selectinLoad option), or change lazy(...)");
            case NOLOAD -> {
                relationship.attribute().setCommitted(state, relationship.uselist() ? List.of() : null);
                return;
            }
            case DYNAMIC -> {
                Strategies.dynamic(relationship, state);
                return;
            }
            default -> {
            }
        }
        Mapper parent = Mapper.of(state);
        JoinCondition join = relationship.join();
        if (state.key() != null && localColumnExpired(state, parent, join)) {
            Refresher.refresh(context, state);
        }
        List<Object> values = new ArrayList<>();
        for (JoinCondition.Pair pair : join.pairs()) {
            ColumnProperty property = parent.columnProperty(pair.local());
            values.add(committedOrCurrent(state, property));
        }
        if (join.direction() == Direction.MANY_TO_ONE) {
            if (values.contains(null)) {
                relationship.attribute().setCommitted(state, null);
                return;
            }
            Object fromIdentityMap = byPrimaryKey(context, relationship, values);
            if (fromIdentityMap != null) {
                relationship.attribute().setCommitted(state, fromIdentityMap);
                return;
            }
        }
        if (values.contains(null) && join.direction() != Direction.MANY_TO_ONE) {
            relationship.attribute().setCommitted(state, relationship.uselist() ? List.of() : null);
            return;
        }
        List<Object> loaded = select(context, relationship, values, path.child(relationship));
        Batch.set(state, relationship, loaded);
    }

    /**
     * The value of a many-to-one that the identity map holds, found without SQL; NULL when its
     * foreign key is NULL; {@link InstanceState#NO_VALUE} when only a SELECT could tell.
     */
    public static Object peek(LoadContext context, InstanceState state, RelationshipProperty relationship) {
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
            values.add(committedOrCurrent(state, property));
        }
        if (values.contains(null)) {
            return null;
        }
        Object known = byPrimaryKey(context, relationship, values);
        return known != null ? known : InstanceState.NO_VALUE;
    }

    /** The statement that loads the relationship's targets for the given local values. */
    static Select statement(RelationshipProperty relationship, List<Object> values) {
        Mapper target = relationship.target();
        JoinCondition join = relationship.join();
        EntityColumns entity = EntityColumns.of(target, target.table(), 0);
        List<ColumnElement> criteria = new ArrayList<>();
        for (int i = 0; i < join.pairs().size(); i++) {
            criteria.add(join.pairs().get(i).remote().eq(values.get(i)));
        }
        for (JoinCondition.Pair pair : join.secondaryPairs()) {
            criteria.add(pair.local().eq(pair.remote()));
        }
        criteria.addAll(join.extraCriteria());
        Select select = Sql.select(entity.columns()).where(Sql.and(criteria));
        if (!relationship.config().orderBy().isEmpty()) {
            select = select.orderBy(relationship.config().orderBy().toArray(new io.junction.sql.expression.SqlNode[0]));
        }
        return select;
    }

    private static List<Object> select(LoadContext context, RelationshipProperty relationship, List<Object> values,
                                       LoadPath targetPath) {
        Mapper target = relationship.target();
        EntityPlan plan = EntityPlan.build(target, target.table(), targetPath, java.util.Map.of());
        Select base = statement(relationship, values);
        List<ColumnElement> columns = plan.columns(0);
        Select select = base.withColumns(columns);
        if (!plan.joined.isEmpty()) {
            select = select.from(plan.attachJoins(target.table()));
            List<io.junction.sql.expression.OrderBy> order = plan.joinedOrder();
            if (!order.isEmpty()) {
                select = select.orderBy(order.toArray(new io.junction.sql.expression.SqlNode[0]));
            }
        }
        Batch batch = new Batch(context, plan, new Source(null, base.where(), List.of(), null, null));
        List<Object> result = new ArrayList<>();
        for (Row row : context.connection().execute(select)) {
            Object object = batch.process(row);
            if (object != null && !Batch.containsIdentity(result, object)) {
                result.add(object);
            }
        }
        batch.finish();
        return result;
    }

    private static Object byPrimaryKey(LoadContext context, RelationshipProperty relationship, List<Object> values) {
        Mapper target = relationship.target();
        List<Column> remote = relationship.join().pairs().stream().map(JoinCondition.Pair::remote).toList();
        List<Column> pk = target.primaryKey().stream().map(ColumnProperty::column).toList();
        if (!remote.equals(pk) || !relationship.join().extraCriteria().isEmpty()) {
            return null;
        }
        InstanceState state = context.identityMap().get(EntityKey.of(target, values.toArray()));
        if (state == null || state.status() == InstanceState.Status.DELETED) {
            return null;
        }
        return state.object();
    }

    /** A column's value as the database row has it: the identity key for a key column, else the value before any change. */
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

    private static Object committedOrCurrent(InstanceState state, ColumnProperty property) {
        if (state.key() instanceof EntityKey key && property.column().isPrimaryKey()) {
            int index = Mapper.of(state).primaryKey().indexOf(property);
            if (index >= 0) {
                return key.values().get(index);
            }
        }
        if (state.isChanged(property.key())) {
            Object committed = state.committedValue(property.key());
            if (committed != InstanceState.NO_VALUE) {
                return committed;
            }
        }
        return property.get(state);
    }
}
