package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads objects by primary key, SQLAlchemy's {@code get}: the identity map first, through
 * {@link io.junction.orm.identity.IdentityMap#present}, which looks past an object marked for
 * deletion; then one SELECT by key. The by-key statements of a mapper — with its configured
 * eager loads, and of its columns alone for a refresh — are built once, with a keyed bind
 * parameter per key column, and kept for the mapper's lifetime.
 */
public final class KeyLoader {

    /**
     * The by-key statements of one mapper: the load's (with configured eager joins) and the
     * refresh's (columns only), and the names of their key parameters.
     */
    private record Statements(Select load, Select columns, String[] keys) {

        Map<String, Object> parameters(Object[] primaryKey) {
            if (primaryKey.length == 1) {
                return Map.of(keys[0], primaryKey[0]);
            }
            Map<String, Object> parameters = new HashMap<>();
            for (int i = 0; i < primaryKey.length; i++) {
                parameters.put(keys[i], primaryKey[i]);
            }
            return parameters;
        }
    }

    private KeyLoader() {
    }

    /**
     * As {@link #get(LoadContext, Mapper, Object[])} with a one-value key: an object the session
     * holds with its columns loaded comes back without building a key or allocating anything.
     */
    public static Object get(LoadContext context, Mapper mapper, Object primaryKey) {
        InstanceState held = primaryKey != null && mapper.primaryKey().size() == 1
                ? context.identityMap().get(mapper, primaryKey) : null;
        return handsOut(held) ? held.object() : getOrLoad(context, mapper, new Object[] {primaryKey});
    }

    /**
     * The object with this primary key: from the identity map without SQL, else one SELECT;
     * {@code null} if there is no row. An object the session holds with every column loaded comes
     * back without a flush, as SQLAlchemy's identity lookup; otherwise the session flushes first
     * ({@link LoadContext#beforeQuery}) and expired columns are refreshed.
     */
    public static Object get(LoadContext context, Mapper mapper, Object[] primaryKey) {
        return primaryKey.length == 1 ? get(context, mapper, primaryKey[0]) : getOrLoad(context, mapper, primaryKey);
    }

    private static Object getOrLoad(LoadContext context, Mapper mapper, Object[] primaryKey) {
        requireKeyLength(mapper, primaryKey);
        EntityKey key = EntityKey.of(mapper, primaryKey);
        InstanceState held = context.identityMap().get(key);
        if (handsOut(held)) {
            return held.object();
        }
        if (held == null || held.hasUnloaded()) {
            context.beforeQuery();
        }
        InstanceState known = context.identityMap().present(key);
        if (known != null) {
            if (!Mapper.of(known).columnsLoaded(known)) {
                Refresher.refresh(context, known);
            }
            return known.object();
        }
        return load(context, mapper, primaryKey);
    }

    /** True for a held object a lookup returns as it is: not marked for deletion, every column loaded. */
    private static boolean handsOut(InstanceState held) {
        return held != null && held.status() != InstanceState.Status.DELETED && Mapper.of(held).columnsLoaded(held);
    }

    /** The object the session holds for this key and may hand out (not marked for deletion), or {@code null}. */
    static InstanceState known(LoadContext context, Mapper mapper, Object[] primaryKey) {
        requireKeyLength(mapper, primaryKey);
        return context.identityMap().present(EntityKey.of(mapper, primaryKey));
    }

    private static void requireKeyLength(Mapper mapper, Object[] primaryKey) {
        if (primaryKey.length != mapper.primaryKey().size()) {
            throw new IllegalArgumentException(mapper.type().getSimpleName() + " has a primary key of "
                    + mapper.primaryKey().size() + " column(s), " + mapper.primaryKey().stream().map(p -> p.column().name()).toList()
                    + "; got " + primaryKey.length + " value(s)");
        }
    }

    /**
     * The target of a many-to-one with local values {@code values} when the session holds it, found
     * without SQL; {@code null} when it does not, or when the relationship does not refer to the
     * target's primary key alone.
     */
    static Object heldTarget(LoadContext context, RelationshipProperty relationship, List<Object> values) {
        if (!relationship.targetByPrimaryKey()) {
            return null;
        }
        InstanceState state = context.identityMap().present(EntityKey.of(relationship.target(), values.toArray()));
        return state == null ? null : state.object();
    }

    /** The row of the object's columns alone, for a refresh; {@code null} when the row is gone. */
    static Row columnsRow(LoadContext context, Mapper mapper, Object[] primaryKey) {
        Statements statements = statements(mapper);
        return context.connection().execute(statements.columns(), statements.parameters(primaryKey)).first();
    }

    /** One SELECT by key with the mapper's configured eager loads. */
    private static Object load(LoadContext context, Mapper mapper, Object[] primaryKey) {
        EntityPlan plan = EntityPlan.build(mapper, mapper.table(), LoadPath.root(mapper, LoaderOptions.NONE), Map.of());
        Select select;
        Map<String, Object> parameters;
        if (containsNull(primaryKey)) {
            select = EntitySelect.of(plan).where(criteria(mapper, primaryKey)).build();
            parameters = Map.of();
        } else {
            plan.columns(0);
            Statements statements = statements(mapper);
            select = statements.load();
            parameters = statements.parameters(primaryKey);
        }
        Source source = plan.usesSubquery() ? new Source(null, criteria(mapper, primaryKey), List.of(), null, null) : null;
        Batch batch = new Batch(context, plan, source);
        Object found = null;
        for (Row row : context.connection().execute(select, parameters)) {
            Object object = batch.process(row);
            if (found == null) {
                found = object;
            }
        }
        batch.finish();
        return found;
    }

    private static Statements statements(Mapper mapper) {
        return mapper.memo(Statements.class, KeyLoader::buildStatements);
    }

    private static Statements buildStatements(Mapper mapper) {
        String[] keys = new String[mapper.primaryKey().size()];
        Object[] binds = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "junction_pk_" + i;
            binds[i] = Sql.bindparam(keys[i], mapper.primaryKey().get(i).column().valueType());
        }
        ColumnElement where = criteria(mapper, binds);
        EntityPlan plan = EntityPlan.build(mapper, mapper.table(), LoadPath.root(mapper, LoaderOptions.NONE), Map.of());
        Select load = EntitySelect.of(plan).where(where).build();
        Select columns = EntitySelect.of(EntityPlan.columnsOnly(mapper, mapper.table())).where(where).build();
        return new Statements(load, columns, keys);
    }

    /** Key column = value for each key column; a value may be a bind parameter. */
    private static ColumnElement criteria(Mapper mapper, Object[] primaryKey) {
        List<ColumnElement> criteria = new ArrayList<>(primaryKey.length);
        for (int i = 0; i < primaryKey.length; i++) {
            criteria.add(mapper.primaryKey().get(i).column().eq(primaryKey[i]));
        }
        return Sql.and(criteria);
    }

    private static boolean containsNull(Object[] values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }
}
