package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.FromClause;

import java.util.List;
import java.util.Map;

/**
 * How a relationship loads, one subclass per {@link Lazy} value, as SQLAlchemy's loader strategies
 * ({@code LazyLoader}, {@code JoinedLoader}, ...). A strategy is chosen once per relationship, or
 * per loader option at a {@link LoadPath}, and owns three moments: what happens to the relationship
 * when a row loads its parent ({@link #initialize}), when the attribute is first read while not
 * loaded ({@link #loadOnAccess}), and what it adds to the statement that loads the parent
 * ({@link #setUpQuery}: a joined target, or a load that runs after the statement); the loads the
 * flush needs ({@link #loadForFlush}) differ from a read only for the strategies that raise.
 * Strategies hold no state; a new one is a subclass plus its line in {@link #create}.
 */
abstract class LoaderStrategy {
    private static final LoaderStrategy[] BY_LAZY = new LoaderStrategy[Lazy.values().length];

    static {
        for (Lazy lazy : Lazy.values()) {
            BY_LAZY[lazy.ordinal()] = create(lazy);
        }
    }

    private static LoaderStrategy create(Lazy lazy) {
        return switch (lazy) {
            case SELECT -> new SelectLoader();
            case JOINED -> new JoinedLoader();
            case SUBQUERY -> new SubqueryLoader();
            case SELECTIN -> new SelectInLoader();
            case RAISE -> new RaiseLoader();
            case NOLOAD -> new NoLoader();
            case DYNAMIC -> new DynamicLoader();
            case IMMEDIATE -> new ImmediateLoader();
            case RAISE_ON_SQL -> new RaiseOnSqlLoader();
            case WRITE_ONLY -> new WriteOnlyLoader();
        };
    }

    /** The strategy of {@code lazy}. */
    static LoaderStrategy of(Lazy lazy) {
        return BY_LAZY[lazy.ordinal()];
    }

    /**
     * A row loaded a new object: its relationship is marked unloaded, so that its first read loads
     * it (an eager strategy fills it in from the same statement or the one after it).
     */
    void initialize(RelationshipProperty relationship, InstanceState state) {
        state.markUnloaded(relationship.attribute());
    }

    /** The relationship is read while not loaded: one SELECT of its targets, as {@link SelectLoader}. */
    void loadOnAccess(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        SelectLoader.select(context, state, relationship, path);
    }

    /**
     * The flush or the delete cascade needs the relationship while it is not loaded: as
     * {@link #loadOnAccess}, except for a strategy that raises there, which loads with a SELECT
     * (SQLAlchemy's unit of work loads with {@code NO_RAISE}).
     */
    void loadForFlush(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        loadOnAccess(context, state, relationship, path);
    }

    /**
     * Adds what the relationship needs to the plan of the statement that loads its parent; nothing
     * for a strategy that loads on access.
     *
     * @param option the loader option that names the relationship here, or {@code null}
     * @param configured true when the strategy is the relationship's own, not an option's
     * @param userJoins the query's joins by path, for {@code containsEager}
     */
    void setUpQuery(EntityPlan plan, RelationshipProperty relationship, LoaderOption option, boolean configured,
                    Map<List<String>, FromClause> userJoins) {
    }

    /** Sets the relationship to what a relationship without targets holds: an empty collection, or {@code null}. */
    static void setEmpty(RelationshipProperty relationship, InstanceState state) {
        relationship.attribute().setCommitted(state, relationship.uselist() ? List.of() : null);
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
