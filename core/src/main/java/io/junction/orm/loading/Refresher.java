package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;

import java.util.ArrayList;
import java.util.List;

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
        EntityColumns entity = EntityColumns.of(mapper, mapper.table(), 0);
        Row row = context.connection().execute(byKey(mapper, entity, primaryKey)).first();
        return row == null ? null : ObjectLoader.instance(context, entity, row);
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
