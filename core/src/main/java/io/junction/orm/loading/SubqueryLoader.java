package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code Lazy.SUBQUERY}, SQLAlchemy's {@code SubqueryLoader}: after the parents' statement, one
 * SELECT of the targets joined to that statement repeated as a subquery of the parents' keys. Only
 * a statement's root entity can be repeated so; deeper in a plan it loads as {@link SelectInLoader}.
 */
final class SubqueryLoader extends PostLoader {
    private final SelectInLoader deeper = new SelectInLoader();

    @Override
    boolean needsAllRows() {
        return true;
    }

    @Override
    void load(LoadContext context, Source source, EntityPlan node, RelationshipProperty relationship,
              List<InstanceState> parents, int chunkSize) {
        if (source == null) {
            deeper.load(context, null, node, relationship, parents, chunkSize);
            return;
        }
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
        Boolean distinct = relationship.distinctTargetKey();
        if (!source.limited() && (distinct == null || distinct)) {
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
        EntityPlan targetPlan = EntityPlan.build(relationship.target(), target, node.path.child(relationship), Map.of());
        List<OrderBy> order = new ArrayList<>();
        for (ColumnElement column : keyColumns) {
            order.add(column.asc());
        }
        order.addAll(relationship.config().orderBy());
        Select select = EntitySelect.of(targetPlan).leading(keyColumns).from(base).orderBy(order).build();
        Map<List<Object>, List<Object>> found = new LinkedHashMap<>();
        collect(context, select, targetPlan, IntStream.range(0, keyColumns.size()).toArray(), found,
                new Source(base, null, List.of(), null, null));
        assign(relationship, byKey, found);
    }
}
