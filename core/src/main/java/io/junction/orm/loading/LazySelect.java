package io.junction.orm.loading;

import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The SELECT of a relationship's targets that a lazy load runs for an object loaded without
 * loader options: built once per relationship with a keyed bind parameter per join pair, and kept
 * while the relationship lives, so that each load binds the parent's values instead of building
 * and compiling a statement.
 */
final class LazySelect {
    private static final Map<RelationshipProperty, LazySelect> BY_RELATIONSHIP =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Select select;
    private final String[] keys;

    private LazySelect(Select select, String[] keys) {
        this.select = select;
        this.keys = keys;
    }

    /** The statement of {@code relationship}'s lazy load for objects at the root of a path without options. */
    static LazySelect of(RelationshipProperty relationship, LoadPath targetPath) {
        LazySelect known = BY_RELATIONSHIP.get(relationship);
        if (known == null) {
            List<JoinCondition.Pair> pairs = relationship.join().pairs();
            String[] keys = new String[pairs.size()];
            Object[] binds = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = "junction_lazy_" + i;
                binds[i] = Sql.bindparam(keys[i], pairs.get(i).remote().valueType());
            }
            Mapper target = relationship.target();
            EntityPlan plan = EntityPlan.build(target, target.table(), targetPath, Map.of());
            Select select = EntitySelect.of(plan).where(criteria(relationship, List.of(binds)))
                    .orderBy(relationship.config().orderBy()).build();
            known = new LazySelect(select, keys);
            BY_RELATIONSHIP.put(relationship, known);
        }
        return known;
    }

    Select select() {
        return select;
    }

    /** The parameters that bind the parent's {@code values}, in the order of the relationship's join pairs. */
    Map<String, Object> parameters(List<Object> values) {
        if (keys.length == 1) {
            return Collections.singletonMap(keys[0], values.get(0));
        }
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            parameters.put(keys[i], values.get(i));
        }
        return parameters;
    }

    /** Each remote column of the join equal to the parent's value (or a bind parameter), the secondary join, and the extra criteria. */
    static ColumnElement criteria(RelationshipProperty relationship, List<Object> values) {
        JoinCondition join = relationship.join();
        List<ColumnElement> criteria = new ArrayList<>();
        for (int i = 0; i < join.pairs().size(); i++) {
            criteria.add(join.pairs().get(i).remote().eq(values.get(i)));
        }
        for (JoinCondition.Pair pair : join.secondaryPairs()) {
            criteria.add(pair.local().eq(pair.remote()));
        }
        criteria.addAll(join.extraCriteria());
        return Sql.and(criteria);
    }
}
