package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.RelationshipProperty;
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
 * after the statement by a second one (SELECTIN, SUBQUERY), as each relationship's
 * {@link LoaderStrategy} sets it up. Built per execution; it also collects the objects each node
 * loaded, for the loads that follow.
 */
final class EntityPlan {
    final Mapper mapper;
    final FromClause from;
    final LoadPath path;
    final List<Joined> joined = new ArrayList<>();
    final List<Post> post = new ArrayList<>();
    private final RelationshipProperty[] relationships;
    private final LoaderStrategy[] strategies;
    private EntityColumns columns;
    private List<InstanceState> loaded = new ArrayList<>();
    private Set<InstanceState> seen;

    /** A relationship loaded in the statement: the join it adds (none for containsEager), how it joins, and the target's plan. */
    record Joined(RelationshipProperty relationship, EntityPlan target, FromClause secondary, ColumnElement on,
                  ColumnElement secondaryOn, boolean addsJoin, InnerJoin inner) {

        /** True for an inner join nested into the right side of an outer join above it. */
        boolean nests() {
            return addsJoin && secondary == null && inner == InnerJoin.NESTED;
        }
    }

    /** A relationship loaded by a statement of its own after this one. */
    record Post(RelationshipProperty relationship, PostLoader strategy, int chunkSize) {
    }

    private EntityPlan(Mapper mapper, FromClause from, LoadPath path) {
        this.mapper = mapper;
        this.from = from;
        this.path = path;
        List<RelationshipProperty> found = new ArrayList<>();
        for (MapperProperty property : mapper.properties()) {
            if (property instanceof RelationshipProperty relationship) {
                found.add(relationship);
            }
        }
        this.relationships = found.toArray(new RelationshipProperty[0]);
        this.strategies = new LoaderStrategy[relationships.length];
        for (int i = 0; i < relationships.length; i++) {
            strategies[i] = path.strategy(relationships[i]);
        }
    }

    /**
     * The plan for {@code mapper} read through {@code from}: each relationship's strategy at
     * {@code path} adds what it needs; {@code userJoins} are the query's joins by path, for containsEager.
     */
    static EntityPlan build(Mapper mapper, FromClause from, LoadPath path, Map<List<String>, FromClause> userJoins) {
        EntityPlan plan = new EntityPlan(mapper, from, path);
        for (int i = 0; i < plan.relationships.length; i++) {
            RelationshipProperty relationship = plan.relationships[i];
            LoaderOption option = path.option(relationship);
            plan.strategies[i].setUpQuery(plan, relationship, option, path.optionStrategy(option) == null, userJoins);
        }
        return plan;
    }

    /** The plan that reads {@code mapper}'s columns through {@code from} and loads no relationship. */
    static EntityPlan columnsOnly(Mapper mapper, FromClause from) {
        return new EntityPlan(mapper, from, LoadPath.root(mapper, LoaderOptions.NONE));
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

    /** {@code base} with this plan's LEFT OUTER JOINs (INNER JOINs for {@code innerJoin}) appended, in the order they are nested. */
    FromClause attachJoins(FromClause base) {
        return attachJoins(base, false);
    }

    /**
     * As SQLAlchemy's {@code innerjoin=True}: an inner join below an outer one is nested into the
     * outer join's right side ({@code LEFT OUTER JOIN (b JOIN c ON ...) ON ...}), so that it cannot
     * drop the rows the outer join keeps; one through an association table, or an
     * {@code innerjoin="unnested"} one, becomes outer instead.
     */
    private FromClause attachJoins(FromClause base, boolean underOuter) {
        FromClause tree = base;
        for (Joined join : joined) {
            if (!join.addsJoin) {
                tree = join.target.attachJoins(tree, underOuter);
                continue;
            }
            boolean inner = join.inner != InnerJoin.OUTER;
            if (underOuter && join.nests()) {
                tree = join.target.attachJoins(tree, true);
                continue;
            }
            boolean outer = !inner || underOuter;
            if (join.secondary != null) {
                tree = outer ? tree.outerJoin(join.secondary, join.on).outerJoin(join.target.from, join.secondaryOn)
                        : tree.join(join.secondary, join.on).join(join.target.from, join.secondaryOn);
            } else {
                tree = outer ? tree.outerJoin(join.target.nestInner(join.target.from), join.on)
                        : tree.join(join.target.from, join.on);
            }
            tree = join.target.attachJoins(tree, outer);
        }
        return tree;
    }

    /** {@code from} with this plan's inner joins (and theirs) nested into it, for the right side of an outer join. */
    private FromClause nestInner(FromClause from) {
        FromClause tree = from;
        for (Joined join : joined) {
            if (join.nests()) {
                tree = join.target.nestInner(tree.join(join.target.from, join.on));
            }
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

    /** True if a load after the statement, here or below, repeats the statement (SUBQUERY), so needs all its rows. */
    boolean usesSubquery() {
        for (Post load : post) {
            if (load.strategy.needsAllRows()) {
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

    /** Sets up each relationship of an object this node loaded, as its strategy at the node's path says. */
    void initializeRelationships(InstanceState state) {
        for (int i = 0; i < relationships.length; i++) {
            strategies[i].initialize(relationships[i], state);
        }
    }

    /**
     * Notes that a row gave {@code state} at this node; {@code created} when the row created it,
     * so that it cannot have been noted before. The identity set that finds an object noted twice
     * is made only when a row gives an object the session held already.
     */
    void record(InstanceState state, boolean created) {
        if (created) {
            loaded.add(state);
            if (seen != null) {
                seen.add(state);
            }
            return;
        }
        if (seen == null) {
            seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.addAll(loaded);
        }
        if (seen.add(state)) {
            loaded.add(state);
        }
    }

    /** The objects this node loaded since the last {@link #drainLoaded()}, each once, in the order of their first rows. */
    List<InstanceState> loaded() {
        return loaded;
    }

    /** The objects this node loaded since the last call, in row order; forgets them. */
    List<InstanceState> drainLoaded() {
        List<InstanceState> result = loaded;
        loaded = new ArrayList<>();
        seen = null;
        return result;
    }
}
