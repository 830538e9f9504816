package io.junction.orm.loading;

import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;

import java.util.List;
import java.util.Map;

/**
 * {@code Lazy.JOINED}, SQLAlchemy's {@code JoinedLoader}: the relationship loads in its parent's
 * statement, through an aliased LEFT OUTER JOIN, or, for {@code containsEager}, from a join the
 * query makes itself. The plan's joined node reads the target from each row, and the
 * {@link Batch} gathers the members per parent.
 */
final class JoinedLoader extends LoaderStrategy {

    @Override
    void setUpQuery(EntityPlan plan, RelationshipProperty relationship, LoaderOption option, boolean configured,
                    Map<List<String>, FromClause> userJoins) {
        LoadPath childPath = plan.path.child(relationship);
        if (option != null && option.containsEager()) {
            FromClause target = containsEagerTarget(option, childPath, relationship, userJoins);
            plan.joined.add(new EntityPlan.Joined(relationship,
                    EntityPlan.build(relationship.target(), target, childPath, userJoins), null, null, null, false,
                    InnerJoin.OUTER));
            return;
        }
        if (configured && plan.path.stopsBefore(relationship)) {
            return;
        }
        Alias target = relationship.target().table().alias();
        Alias secondary = relationship.join().secondary() == null ? null : relationship.join().secondary().alias();
        ColumnElement on = Relations.on(relationship, plan.from, target, secondary);
        ColumnElement secondaryOn = secondary == null ? null : Relations.secondaryOn(relationship, secondary, target, plan.from);
        plan.joined.add(new EntityPlan.Joined(relationship, EntityPlan.build(relationship.target(), target, childPath, userJoins),
                secondary, on, secondaryOn, true, innerJoin(plan, relationship, option)));
    }

    /** How the join is made: as the option says for this step, else as the relationship's {@code innerJoin} says. */
    private static InnerJoin innerJoin(EntityPlan plan, RelationshipProperty relationship, LoaderOption option) {
        InnerJoin chosen = option == null ? null : option.innerJoinAt(plan.path.names().size() + 1);
        if (chosen != null) {
            return chosen;
        }
        return relationship.innerJoin() ? InnerJoin.NESTED : InnerJoin.OUTER;
    }

    private static FromClause containsEagerTarget(LoaderOption option, LoadPath childPath, RelationshipProperty relationship,
                                                  Map<List<String>, FromClause> userJoins) {
        Object alias = option.alias();
        if (alias instanceof Aliased<?> aliased) {
            return aliased.alias();
        }
        if (alias instanceof FromClause from) {
            return from;
        }
        FromClause joined = userJoins.get(childPath.names());
        if (joined == null) {
            throw new IllegalArgumentException(option + ": the query has no join along " + String.join(".", childPath.names())
                    + " to take " + relationship + " from; join it first (query.join(\"" + relationship.key()
                    + "\")) or name the alias: containsEager(alias, \"" + relationship.key() + "\")");
        }
        return joined;
    }
}
