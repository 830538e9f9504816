package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a relationship seen through particular FROM clauses: the ON clause of a join from
 * its parent (a table or an alias) to its target, and the criteria that select the targets of
 * given parent values. In an ON clause the referenced (primary key) column comes first, as in
 * {@code nodes_1.id = nodes.parent_id}.
 */
final class Relations {

    private Relations() {
    }

    /** ON for parent → target; for a many-to-many, parent → association table (see {@link #secondaryOn}). */
    static ColumnElement on(RelationshipProperty relationship, FromClause parent, FromClause target, FromClause secondary) {
        JoinCondition join = relationship.join();
        FromClause remoteFrom = join.secondary() != null ? secondary : target;
        List<ColumnElement> criteria = new ArrayList<>();
        for (JoinCondition.Pair pair : join.pairs()) {
            ColumnElement local = ClauseAdapter.corresponding(parent, pair.local());
            ColumnElement remote = ClauseAdapter.corresponding(remoteFrom, pair.remote());
            criteria.add(join.direction() == Direction.MANY_TO_ONE ? remote.eq(local) : local.eq(remote));
        }
        if (join.secondary() == null) {
            criteria.addAll(extra(relationship, parent, target, secondary));
        }
        return Sql.and(criteria);
    }

    /** ON for association table → target of a many-to-many. */
    static ColumnElement secondaryOn(RelationshipProperty relationship, FromClause secondary, FromClause target, FromClause parent) {
        JoinCondition join = relationship.join();
        List<ColumnElement> criteria = new ArrayList<>();
        for (JoinCondition.Pair pair : join.secondaryPairs()) {
            criteria.add(ClauseAdapter.corresponding(target, pair.remote()).eq(ClauseAdapter.corresponding(secondary, pair.local())));
        }
        criteria.addAll(extra(relationship, parent, target, secondary));
        return Sql.and(criteria);
    }

    /** The extra criteria of a custom join condition, read through the given FROM clauses. */
    static List<ColumnElement> extra(RelationshipProperty relationship, FromClause parent, FromClause target, FromClause secondary) {
        List<ColumnElement> extra = relationship.join().extraCriteria();
        if (extra.isEmpty()) {
            return List.of();
        }
        ClauseAdapter adapter = ClauseAdapter.NONE;
        if (relationship.target().table() != relationship.parent().table()) {
            adapter = adapter.and(relationship.parent().table(), parent);
        }
        adapter = adapter.and(relationship.target().table(), target);
        if (relationship.join().secondary() != null && secondary != null) {
            adapter = adapter.and(relationship.join().secondary(), secondary);
        }
        return adapter.adapt(extra);
    }

    /** The columns whose values identify a parent's targets: the remote side of the pairs (association columns for a many-to-many). */
    static List<Column> remoteColumns(RelationshipProperty relationship) {
        return relationship.join().pairs().stream().map(JoinCondition.Pair::remote).toList();
    }

    /**
     * The parent's values that its targets match: its committed values of the local columns, or,
     * for a transient or pending parent (which has no row yet), its current values.
     */
    static List<Object> localValues(InstanceState state, RelationshipProperty relationship) {
        Mapper parent = Mapper.of(state);
        boolean unsaved = state.status() == InstanceState.Status.TRANSIENT || state.status() == InstanceState.Status.PENDING;
        List<Object> values = new ArrayList<>();
        for (JoinCondition.Pair pair : relationship.join().pairs()) {
            ColumnProperty property = parent.columnProperty(pair.local());
            values.add(unsaved ? property.get(state) : property.committedValue(state));
        }
        return values;
    }

    /** Criteria selecting the targets of parent values {@code values}, with the target read through {@code target}. */
    static ColumnElement criteria(RelationshipProperty relationship, List<Object> values, FromClause target) {
        JoinCondition join = relationship.join();
        List<ColumnElement> criteria = new ArrayList<>();
        FromClause remoteFrom = join.secondary() != null ? join.secondary() : target;
        for (int i = 0; i < join.pairs().size(); i++) {
            criteria.add(ClauseAdapter.corresponding(remoteFrom, join.pairs().get(i).remote()).eq(values.get(i)));
        }
        for (JoinCondition.Pair pair : join.secondaryPairs()) {
            criteria.add(pair.local().eq(ClauseAdapter.corresponding(target, pair.remote())));
        }
        criteria.addAll(extra(relationship, relationship.parent().table(), target, join.secondary()));
        return Sql.and(criteria);
    }
}
