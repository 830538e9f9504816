package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.SqlNode;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rows of one statement into objects by its {@link EntityPlan}: each row's entities
 * through the identity map, the members of joined relationships gathered per parent, and on
 * {@link #finish()} those relationships set (only where not loaded already) and the
 * relationships loaded by statements of their own (SELECTIN, SUBQUERY) loaded for the objects seen.
 */
final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

    private final LoadContext context;
    private final EntityPlan plan;
    private final Source source;
    private final Map<InstanceState, Map<RelationshipProperty, Members>> members = new IdentityHashMap<>();
    private final List<Members> order = new ArrayList<>();

    /** Members of one parent's relationship gathered from rows; {@code populate} false when it was loaded already. */
    private static final class Members {
        final InstanceState parent;
        final RelationshipProperty relationship;
        final boolean populate;
        final List<Object> items = new ArrayList<>();
        final Set<Object> present = Collections.newSetFromMap(new IdentityHashMap<>());

        Members(InstanceState parent, RelationshipProperty relationship) {
            this.parent = parent;
            this.relationship = relationship;
            this.populate = !parent.isLoaded(relationship.key());
        }

        void add(Object item) {
            if (present.add(item)) {
                items.add(item);
            }
        }
    }

    /** @param source the parts of the statement, for SUBQUERY loads of the plan's root entity; {@code null} if none */
    Batch(LoadContext context, EntityPlan plan, Source source) {
        this.context = context;
        this.plan = plan;
        this.source = source;
    }

    /** The row's object of the plan's entity (or {@code null} for an outer-join miss), its joined relationships gathered. */
    Object process(Row row) {
        return process(plan, row);
    }

    private Object process(EntityPlan node, Row row) {
        Object object = ObjectLoader.instance(context, node.entityColumns(), row, node.path);
        if (object == null) {
            return null;
        }
        InstanceState state = InstanceState.of(object);
        node.record(state);
        for (EntityPlan.Joined join : node.joined) {
            Object target = process(join.target(), row);
            Map<RelationshipProperty, Members> byRelationship = members.computeIfAbsent(state, s -> new IdentityHashMap<>());
            Members gathered = byRelationship.get(join.relationship());
            if (gathered == null) {
                gathered = new Members(state, join.relationship());
                byRelationship.put(join.relationship(), gathered);
                order.add(gathered);
            }
            if (gathered.populate && target != null) {
                gathered.add(target);
            }
        }
        return object;
    }

    /** Sets the joined relationships gathered so far, then runs the loads that follow for the objects seen. */
    void finish() {
        for (Members gathered : order) {
            if (gathered.populate && !gathered.parent.isLoaded(gathered.relationship.key())) {
                set(gathered.parent, gathered.relationship, gathered.items);
            }
        }
        members.clear();
        order.clear();
        followUp(plan, true);
    }

    private void followUp(EntityPlan node, boolean root) {
        List<InstanceState> loaded = node.drainLoaded();
        for (EntityPlan.Post load : node.post) {
            List<InstanceState> parents = new ArrayList<>();
            for (InstanceState state : loaded) {
                if (!state.isLoaded(load.relationship().key())) {
                    parents.add(state);
                }
            }
            if (parents.isEmpty()) {
                continue;
            }
            if (load.strategy() == Lazy.SUBQUERY && root && source != null) {
                subquery(node, load.relationship(), parents);
            } else {
                selectin(node, load.relationship(), parents, load.chunkSize());
            }
        }
        for (EntityPlan.Joined join : node.joined) {
            followUp(join.target(), false);
        }
    }

    // ---- SELECTIN ------------------------------------------------------------------------------

    private void selectin(EntityPlan node, RelationshipProperty relationship, List<InstanceState> parents, int chunkSize) {
        Map<List<Object>, List<InstanceState>> byKey = groupByKey(relationship, parents);
        if (relationship.direction() == Direction.MANY_TO_ONE) {
            fromIdentityMap(relationship, byKey);
        }
        if (byKey.isEmpty()) {
            return;
        }
        List<List<Object>> keys = new ArrayList<>();
        for (List<InstanceState> group : byKey.values()) {
            keys.add(Relations.localValues(group.get(0), relationship));
        }
        LoadPath targetPath = node.path.child(relationship);
        Map<List<Object>, List<Object>> found = new LinkedHashMap<>();
        for (int start = 0; start < keys.size(); start += chunkSize) {
            List<List<Object>> chunk = keys.subList(start, Math.min(keys.size(), start + chunkSize));
            Table target = relationship.target().table();
            List<Column> remote = Relations.remoteColumns(relationship);
            FromClause base = target;
            Table secondary = relationship.join().secondary();
            if (secondary != null) {
                base = target.join(secondary, Relations.secondaryOn(relationship, secondary, target, relationship.parent().table()));
            }
            EntityPlan targetPlan = EntityPlan.build(relationship.target(), target, targetPath, Map.of());
            List<ColumnElement> extra = new ArrayList<>();
            List<Column> own = targetColumns(relationship);
            for (Column column : remote) {
                if (!own.contains(column)) {
                    extra.add(column);
                }
            }
            List<ColumnElement> columns = new ArrayList<>(extra);
            columns.addAll(targetPlan.columns(extra.size()));
            int[] keyPositions = new int[remote.size()];
            for (int i = 0; i < remote.size(); i++) {
                int position = extra.indexOf(remote.get(i));
                keyPositions[i] = position >= 0 ? position : columns.indexOf(remote.get(i));
            }
            List<ColumnElement> criteria = new ArrayList<>();
            criteria.add(in(remote, chunk));
            if (secondary == null) {
                criteria.addAll(Relations.extra(relationship, relationship.parent().table(), target, null));
            }
            Select select = Sql.select(columns).from(targetPlan.attachJoins(base)).where(Sql.and(criteria));
            select = ordered(select, relationship, targetPlan);
            collect(select, targetPlan, keyPositions, found,
                    new Source(base, Sql.and(criteria), List.of(), null, null));
        }
        assign(relationship, byKey, found);
    }

    private static ColumnElement in(List<? extends ColumnElement> columns, List<List<Object>> keys) {
        if (columns.size() == 1) {
            List<Object> values = new ArrayList<>(keys.size());
            for (List<Object> key : keys) {
                values.add(key.get(0));
            }
            return columns.get(0).in(values);
        }
        List<ColumnElement> alternatives = new ArrayList<>();
        for (List<Object> key : keys) {
            List<ColumnElement> equal = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                equal.add(columns.get(i).eq(key.get(i)));
            }
            alternatives.add(Sql.and(equal));
        }
        return Sql.or(alternatives);
    }

    // ---- SUBQUERY ------------------------------------------------------------------------------

    private void subquery(EntityPlan node, RelationshipProperty relationship, List<InstanceState> parents) {
        Map<List<Object>, List<InstanceState>> byKey = groupByKey(relationship, parents);
        if (byKey.isEmpty()) {
            return;
        }
        JoinCondition join = relationship.join();
        List<ColumnElement> local = new ArrayList<>();
        for (JoinCondition.Pair pair : join.pairs()) {
            local.add(ClauseAdapter.corresponding(node.from, pair.local()));
        }
        Select inner = source.select(local, source.limited());
        if (!source.limited()) {
            inner = inner.distinct();
        }
        Alias parentKeys = inner.subquery();
        List<ColumnElement> keyColumns = new ArrayList<>();
        for (ColumnElement column : local) {
            keyColumns.add(parentKeys.corresponding(column));
        }
        Table target = relationship.target().table();
        Table secondary = join.secondary();
        FromClause remoteFrom = secondary != null ? secondary : target;
        List<ColumnElement> on = new ArrayList<>();
        for (int i = 0; i < join.pairs().size(); i++) {
            ColumnElement remote = join.pairs().get(i).remote();
            on.add(join.direction() == Direction.MANY_TO_ONE && secondary == null
                    ? remote.eq(keyColumns.get(i)) : keyColumns.get(i).eq(remote));
        }
        FromClause base;
        if (secondary != null) {
            base = parentKeys.join(remoteFrom, Sql.and(on))
                    .join(target, Relations.secondaryOn(relationship, secondary, target, relationship.parent().table()));
        } else {
            on.addAll(Relations.extra(relationship, relationship.parent().table(), target, null));
            base = parentKeys.join(target, Sql.and(on));
        }
        LoadPath targetPath = node.path.child(relationship);
        EntityPlan targetPlan = EntityPlan.build(relationship.target(), target, targetPath, Map.of());
        List<ColumnElement> columns = new ArrayList<>(keyColumns);
        columns.addAll(targetPlan.columns(keyColumns.size()));
        Select select = Sql.select(columns).from(targetPlan.attachJoins(base))
                .orderBy(keyColumns.toArray(new SqlNode[0]));
        select = ordered(select, relationship, targetPlan);
        Map<List<Object>, List<Object>> found = new LinkedHashMap<>();
        collect(select, targetPlan, java.util.stream.IntStream.range(0, keyColumns.size()).toArray(), found,
                new Source(base, null, List.of(), null, null));
        assign(relationship, byKey, found);
    }

    // ---- shared ----------------------------------------------------------------------------------

    private static Select ordered(Select select, RelationshipProperty relationship, EntityPlan targetPlan) {
        List<OrderBy> order = new ArrayList<>(relationship.config().orderBy());
        order.addAll(targetPlan.joinedOrder());
        return order.isEmpty() ? select : select.orderBy(order.toArray(new SqlNode[0]));
    }

    /** Runs {@code select}, whose first {@code keyCount} columns are the parent key, gathering targets by key. */
    /** The target's own columns, which its entity columns already select. */
    private static List<Column> targetColumns(RelationshipProperty relationship) {
        List<Column> columns = new ArrayList<>();
        for (io.junction.orm.mapper.ColumnProperty property : relationship.target().columnProperties()) {
            columns.add(property.column());
        }
        return columns;
    }

    /**
     * Runs {@code select}, loading a target from each row and grouping the targets by the parent
     * key read at {@code keyPositions} of the row.
     */
    private void collect(Select select, EntityPlan targetPlan, int[] keyPositions, Map<List<Object>, List<Object>> found,
                         Source targetSource) {
        Batch batch = new Batch(context, targetPlan, targetSource);
        for (Row row : context.connection().execute(select)) {
            Object target = batch.process(row);
            if (target == null) {
                continue;
            }
            List<Object> key = new ArrayList<>(keyPositions.length);
            for (int position : keyPositions) {
                key.add(normalize(row.get(position)));
            }
            List<Object> list = found.computeIfAbsent(key, k -> new ArrayList<>());
            if (!containsIdentity(list, target)) {
                list.add(target);
            }
        }
        batch.finish();
    }

    private static Map<List<Object>, List<InstanceState>> groupByKey(RelationshipProperty relationship,
                                                                    List<InstanceState> parents) {
        Map<List<Object>, List<InstanceState>> byKey = new LinkedHashMap<>();
        for (InstanceState parent : parents) {
            List<Object> key = new ArrayList<>();
            for (Object value : Relations.localValues(parent, relationship)) {
                key.add(normalize(value));
            }
            if (key.contains(null)) {
                set(parent, relationship, List.of());
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(parent);
            }
        }
        return byKey;
    }

    /** Many-to-one targets the session holds are set without SQL, and their keys dropped. */
    private void fromIdentityMap(RelationshipProperty relationship, Map<List<Object>, List<InstanceState>> byKey) {
        Mapper target = relationship.target();
        List<Column> remote = Relations.remoteColumns(relationship);
        List<Column> pk = target.primaryKey().stream().map(ColumnProperty::column).toList();
        if (!remote.equals(pk) || !relationship.join().extraCriteria().isEmpty()) {
            return;
        }
        byKey.entrySet().removeIf(entry -> {
            InstanceState known = context.identityMap().get(EntityKey.of(target, entry.getKey().toArray()));
            if (known == null || known.status() == InstanceState.Status.DELETED) {
                return false;
            }
            for (InstanceState parent : entry.getValue()) {
                set(parent, relationship, List.of(known.object()));
            }
            return true;
        });
    }

    private static void assign(RelationshipProperty relationship, Map<List<Object>, List<InstanceState>> byKey,
                               Map<List<Object>, List<Object>> found) {
        for (Map.Entry<List<Object>, List<InstanceState>> entry : byKey.entrySet()) {
            List<Object> targets = found.getOrDefault(entry.getKey(), List.of());
            for (InstanceState parent : entry.getValue()) {
                if (!parent.isLoaded(relationship.key())) {
                    set(parent, relationship, targets);
                }
            }
        }
    }

    /** Sets a loaded relationship through its attribute (pending appends apply), and the many-to-one backref of the members. */
    static void set(InstanceState parent, RelationshipProperty relationship, List<Object> targets) {
        if (relationship.uselist()) {
            relationship.attribute().setCommitted(parent, new ArrayList<>(targets));
        } else {
            if (targets.size() > 1) {
                LOG.warn("Multiple rows returned with uselist(false) for {} of the {} with key {}: {} {} objects, of which "
                                + "the first is kept. Declare {} as a collection (drop uselist(false)), or narrow its "
                                + "primaryJoin so that at most one row matches", relationship, relationship.parent().type()
                                .getSimpleName(), parent.key(), targets.size(), relationship.target().type().getSimpleName(),
                        relationship);
            }
            relationship.attribute().setCommitted(parent, targets.isEmpty() ? null : targets.get(0));
        }
        if (relationship.direction() == Direction.ONE_TO_MANY) {
            populateReverse(relationship, parent, targets);
        }
    }

    /** Children loaded through a one-to-many know their parent: their unloaded many-to-one backref is set to it. */
    static void populateReverse(RelationshipProperty relationship, InstanceState parent, List<Object> children) {
        RelationshipProperty reverse = relationship.reverse();
        if (reverse == null || reverse.uselist() || !reverse.join().extraCriteria().isEmpty()
                || !relationship.join().extraCriteria().isEmpty()) {
            return;
        }
        for (Object child : children) {
            InstanceState childState = InstanceState.of(child);
            if (childState != null && !childState.isLoaded(reverse.key())) {
                reverse.attribute().setCommitted(childState, parent.object());
            }
        }
    }

    /** Key values compared across Java and JDBC types: integral numbers as {@code Long}. */
    static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        return value;
    }

    static boolean containsIdentity(List<?> list, Object object) {
        for (Object member : list) {
            if (member == object) {
                return true;
            }
        }
        return false;
    }
}
