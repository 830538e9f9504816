package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.Select;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strategy that loads the relationship for all the parents of a statement with a statement of
 * its own, run after the parents' (SQLAlchemy's {@code PostLoader}): the targets come back with
 * their parent's key, and are grouped by it.
 */
abstract class PostLoader extends LoaderStrategy {

    @Override
    void setUpQuery(EntityPlan plan, RelationshipProperty relationship, LoaderOption option, boolean configured,
                    Map<List<String>, FromClause> userJoins) {
        if (configured && plan.path.stopsBefore(relationship)) {
            return;
        }
        plan.post.add(new EntityPlan.Post(relationship, this,
                option != null ? option.chunkSize() : LoaderOption.DEFAULT_CHUNK_SIZE));
    }

    /**
     * Loads {@code relationship} of {@code parents}, objects that {@code node} of a statement
     * loaded and whose relationship is not loaded yet.
     *
     * @param source the parts of the statement when {@code node} is its root entity, else {@code null}
     */
    abstract void load(LoadContext context, Source source, EntityPlan node, RelationshipProperty relationship,
                       List<InstanceState> parents, int chunkSize);

    /** True if the load repeats the whole parent statement, so needs all of its rows first. */
    boolean needsAllRows() {
        return false;
    }

    /** The parents by their key values (normalized); a parent with a NULL key gets no targets at once. */
    static Map<List<Object>, List<InstanceState>> groupByKey(RelationshipProperty relationship, List<InstanceState> parents) {
        Map<List<Object>, List<InstanceState>> byKey = new LinkedHashMap<>();
        for (InstanceState parent : parents) {
            List<Object> key = new ArrayList<>();
            for (Object value : Relations.localValues(parent, relationship)) {
                key.add(normalize(value));
            }
            if (key.contains(null)) {
                Batch.populate(parent, relationship, List.of());
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(parent);
            }
        }
        return byKey;
    }

    /**
     * Runs {@code select}, loading a target from each row by {@code targetPlan} and grouping the
     * targets by the parent key read at {@code keyPositions} of the row.
     */
    static void collect(LoadContext context, Select select, EntityPlan targetPlan, int[] keyPositions,
                        Map<List<Object>, List<Object>> found, Source targetSource) {
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

    /** Sets each group's targets on its parents that are still not loaded. */
    static void assign(RelationshipProperty relationship, Map<List<Object>, List<InstanceState>> byKey,
                       Map<List<Object>, List<Object>> found) {
        for (Map.Entry<List<Object>, List<InstanceState>> entry : byKey.entrySet()) {
            List<Object> targets = found.getOrDefault(entry.getKey(), List.of());
            for (InstanceState parent : entry.getValue()) {
                if (!parent.isLoaded(relationship.key())) {
                    Batch.populate(parent, relationship, targets);
                }
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
}
