package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.SqlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads objects by primary key, and reloads the expired columns of a persistent object. */
public final class Refresher {

    private Refresher() {
    }

    /** The object with this primary key: from the identity map without SQL, else one SELECT; {@code null} if no row. */
    public static Object get(LoadContext context, Mapper mapper, Object[] primaryKey) {
        if (primaryKey.length != mapper.primaryKey().size()) {
            throw new IllegalArgumentException(mapper.type().getSimpleName() + " has a primary key of "
                    + mapper.primaryKey().size() + " column(s), " + mapper.primaryKey().stream().map(p -> p.column().name()).toList()
                    + "; got " + primaryKey.length + " value(s)");
        }
        InstanceState known = context.identityMap().get(EntityKey.of(mapper, primaryKey));
        if (known != null && known.status() != InstanceState.Status.DELETED) {
            if (known.hasUnloaded() && !columnsLoaded(known, mapper)) {
                refresh(context, known);
            }
            return known.object();
        }
        EntityPlan plan = EntityPlan.build(mapper, mapper.table(), LoadPath.root(mapper, LoaderOptions.NONE), Map.of());
        List<ColumnElement> criteria = new ArrayList<>();
        for (int i = 0; i < primaryKey.length; i++) {
            criteria.add(mapper.primaryKey().get(i).column().eq(primaryKey[i]));
        }
        Select select = Sql.select(plan.columns(0)).where(Sql.and(criteria));
        if (!plan.joined.isEmpty()) {
            select = select.from(plan.attachJoins(mapper.table()));
            List<OrderBy> order = plan.joinedOrder();
            if (!order.isEmpty()) {
                select = select.orderBy(order.toArray(new SqlNode[0]));
            }
        }
        Batch batch = new Batch(context, plan, new Source(null, Sql.and(criteria), List.of(), null, null));
        Object found = null;
        for (Row row : context.connection().execute(select)) {
            Object object = batch.process(row);
            if (found == null) {
                found = object;
            }
        }
        batch.finish();
        return found;
    }

    /** Reloads the columns of {@code state} that are not loaded; relationships stay unloaded until read. */
    public static void refresh(LoadContext context, InstanceState state) {
        Mapper mapper = Mapper.of(state);
        EntityColumns entity = EntityColumns.of(mapper, mapper.table(), 0);
        Object[] key = ((EntityKey) state.key()).values().toArray();
        Row row = context.connection().execute(byKey(mapper, entity, key)).first();
        if (row == null) {
            throw new ObjectDeletedException(state + " has no row any more: it was deleted from the database, or its "
                    + "primary key changed outside this session");
        }
        List<ColumnProperty> properties = mapper.columnProperties();
        for (int i = 0; i < properties.size(); i++) {
            ColumnProperty property = properties.get(i);
            if (!state.isLoaded(property.key())) {
                property.setCommitted(state, row.get(i));
            }
        }
    }

    private static Select byKey(Mapper mapper, EntityColumns entity, Object[] primaryKey) {
        List<ColumnElement> criteria = new ArrayList<>();
        for (int i = 0; i < primaryKey.length; i++) {
            criteria.add(mapper.primaryKey().get(i).column().eq(primaryKey[i]));
        }
        return Sql.select(entity.columns()).where(Sql.and(criteria));
    }

    private static boolean columnsLoaded(InstanceState state, Mapper mapper) {
        for (ColumnProperty property : mapper.columnProperties()) {
            if (!state.isLoaded(property.key())) {
                return false;
            }
        }
        return true;
    }
}
