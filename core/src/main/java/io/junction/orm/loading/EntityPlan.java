package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.OrderBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one statement loads one entity: the FROM it is read through, the relationships loaded in
 * the same statement by a LEFT OUTER JOIN (each with its own plan), and the relationships loaded
 * after the statement by a second one (SELECTIN, SUBQUERY). Built per execution; it also collects
 * the objects each node loaded, for the loads that follow.
 */
final class EntityPlan {
    final Mapper mapper;
    final FromClause from;
    final LoadPath path;
    final List<Joined> joined = new ArrayList<>();
    final List<Post> post = new ArrayList<>();
    private EntityColumns columns;
    private final List<InstanceState> loaded = new ArrayList<>();
    private final Set<InstanceState> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A relationship loaded in the statement: the join it adds (none for containsEager) and the target's plan. */
    record Joined(RelationshipProperty relationship, EntityPlan target, FromClause secondary, ColumnElement on,
                  ColumnElement secondaryOn, boolean addsJoin) {
    }

    /** A relationship loaded by a statement of its own after this one. */
    record Post(RelationshipProperty relationship, Lazy strategy, int chunkSize) {
    }

    private EntityPlan(Mapper mapper, FromClause from, LoadPath path) {
        this.mapper = mapper;
        this.from = from;
        this.path = path;
    }

    /** The plan for {@code mapper} read through {@code from}; {@code userJoins} are the query's joins by path, for containsEager. */
    static EntityPlan build(Mapper mapper, FromClause from, LoadPath path, Map<List<String>, FromClause> userJoins) {
        EntityPlan plan = new EntityPlan(mapper, from, path);
        for (MapperProperty property : mapper.properties()) {
            if (!(property instanceof RelationshipProperty relationship)) {
                continue;
            }
            LoadPath childPath = path.child(relationship);
            LoaderOption option = path.option(relationship);
            if (option != null && option.containsEager()) {
                FromClause target = containsEagerTarget(option, childPath, relationship, userJoins);
                plan.joined.add(new Joined(relationship, build(relationship.target(), target, childPath, userJoins),
                        null, null, null, false));
                continue;
            }
            Lazy chosen = path.optionStrategy(relationship);
            Lazy strategy = chosen != null ? chosen : relationship.lazy();
            boolean eager = strategy == Lazy.JOINED || strategy == Lazy.SELECTIN || strategy == Lazy.SUBQUERY;
            if (!eager || (chosen == null && path.stopsBefore(relationship))) {
                continue;
            }
            if (strategy == Lazy.JOINED) {
                Alias target = relationship.target().table().alias();
                Alias secondary = relationship.join().secondary() == null ? null : relationship.join().secondary().alias();
                ColumnElement on = Relations.on(relationship, from, target, secondary);
                ColumnElement secondaryOn = secondary == null ? null : Relations.secondaryOn(relationship, secondary, target, from);
                plan.joined.add(new Joined(relationship, build(relationship.target(), target, childPath, userJoins),
                        secondary, on, secondaryOn, true));
            } else {
                plan.post.add(new Post(relationship, strategy, option != null ? option.chunkSize() : LoaderOption.DEFAULT_CHUNK_SIZE));
            }
        }
        return plan;
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

    /** Lays out the columns from row position {@code offset}: this entity's, then each joined target's (deepest first). */
    List<ColumnElement> columns(int offset) {
        List<ColumnElement> result = new ArrayList<>();
        columns = EntityColumns.of(mapper, from, offset);
        result.addAll(columns.columns());
        layoutJoined(result, offset + result.size());
        return result;
    }

    private int layoutJoined(List<ColumnElement> out, int offset) {
        int next = offset;
        for (Joined join : joined) {
            next = join.target.layoutJoined(out, next);
            join.target.columns = EntityColumns.of(join.target.mapper, join.target.from, next);
            out.addAll(join.target.columns.columns());
            next += join.target.columns.columns().size();
        }
        return next;
    }

    EntityColumns entityColumns() {
        return columns;
    }

    /** {@code base} with this plan's LEFT OUTER JOINs appended, in the order they are nested. */
    FromClause attachJoins(FromClause base) {
        FromClause tree = base;
        for (Joined join : joined) {
            if (join.addsJoin) {
                if (join.secondary != null) {
                    tree = tree.outerJoin(join.secondary, join.on).outerJoin(join.target.from, join.secondaryOn);
                } else {
                    tree = tree.outerJoin(join.target.from, join.on);
                }
            }
            tree = join.target.attachJoins(tree);
        }
        return tree;
    }

    /** The ORDER BY of the joined collections' configured order, read through their aliases. */
    List<OrderBy> joinedOrder() {
        List<OrderBy> result = new ArrayList<>();
        for (Joined join : joined) {
            if (join.addsJoin && !join.relationship.config().orderBy().isEmpty()) {
                ClauseAdapter adapter = ClauseAdapter.of(join.relationship.target().table(), join.target.from);
                for (OrderBy order : join.relationship.config().orderBy()) {
                    result.add(adapter.adapt(order));
                }
            }
            result.addAll(join.target.joinedOrder());
        }
        return result;
    }

    /** True if a collection is loaded from joined rows here or below, so rows repeat parents. */
    boolean joinsCollection() {
        return joinsCollection(false);
    }

    /** True if a join this plan adds (not the query's own, for containsEager) loads a collection here or below. */
    boolean addsCollectionJoin() {
        return joinsCollection(true);
    }

    private boolean joinsCollection(boolean addedOnly) {
        for (Joined join : joined) {
            if ((join.relationship.uselist() && (join.addsJoin || !addedOnly)) || join.target.joinsCollection(addedOnly)) {
                return true;
            }
        }
        return false;
    }

    /** True if some relationship here or below loads by SUBQUERY. */
    boolean usesSubquery() {
        for (Post load : post) {
            if (load.strategy == Lazy.SUBQUERY) {
                return true;
            }
        }
        for (Joined join : joined) {
            if (join.target.usesSubquery()) {
                return true;
            }
        }
        return false;
    }

    void record(InstanceState state) {
        if (seen.add(state)) {
            loaded.add(state);
        }
    }

    /** The objects this node loaded since the last call, in row order; forgets them. */
    List<InstanceState> drainLoaded() {
        List<InstanceState> result = new ArrayList<>(loaded);
        loaded.clear();
        seen.clear();
        return result;
    }
}
