package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Lazy.SELECTIN}, SQLAlchemy's {@code SelectInLoader}: after the parents' statement, one
 * SELECT per chunk of parent keys, {@code WHERE remote IN (...)}; a many-to-one whose targets the
 * session holds takes them from the identity map without SQL.
 */
final class SelectInLoader extends PostLoader {

    @Override
    void load(LoadContext context, Source source, EntityPlan node, RelationshipProperty relationship,
              List<InstanceState> parents, int chunkSize) {
        Map<List<Object>, List<InstanceState>> byKey = groupByKey(relationship, parents);
        if (relationship.direction() == Direction.MANY_TO_ONE) {
            fromIdentityMap(context, relationship, byKey);
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
            List<ColumnElement> criteria = new ArrayList<>();
            criteria.add(in(remote, chunk));
            if (secondary == null) {
                criteria.addAll(Relations.extra(relationship, relationship.parent().table(), target, null));
            }
            Select select = EntitySelect.of(targetPlan).leading(extra).from(base).where(Sql.and(criteria))
                    .orderBy(relationship.config().orderBy()).build();
            List<ColumnElement> columns = select.columns();
            int[] keyPositions = new int[remote.size()];
            for (int i = 0; i < remote.size(); i++) {
                int position = extra.indexOf(remote.get(i));
                keyPositions[i] = position >= 0 ? position : columns.indexOf(remote.get(i));
            }
            collect(context, select, targetPlan, keyPositions, found, new Source(base, Sql.and(criteria), List.of(), null, null));
        }
        assign(relationship, byKey, found);
    }

    /** Many-to-one targets the session holds are set without SQL, and their keys dropped. */
    private static void fromIdentityMap(LoadContext context, RelationshipProperty relationship,
                                        Map<List<Object>, List<InstanceState>> byKey) {
        if (!relationship.targetByPrimaryKey()) {
            return;
        }
        byKey.entrySet().removeIf(entry -> {
            Object known = KeyLoader.heldTarget(context, relationship, entry.getKey());
            if (known == null) {
                return false;
            }
            for (InstanceState parent : entry.getValue()) {
                Batch.populate(parent, relationship, List.of(known));
            }
            return true;
        });
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

    /** The target's own columns, which its entity columns already select. */
    private static List<Column> targetColumns(RelationshipProperty relationship) {
        List<Column> columns = new ArrayList<>();
        for (ColumnProperty property : relationship.target().columnProperties()) {
            columns.add(property.column());
        }
        return columns;
    }
}
