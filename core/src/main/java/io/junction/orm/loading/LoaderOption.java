package io.junction.orm.loading;

import io.junction.orm.relationship.Lazy;
import io.junction.sql.expression.FromClause;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A per-query loader strategy for a path of relationships, made by {@link QueryOptions}:
 * {@code joinedLoad("children")}, {@code selectinLoad("children", "children")},
 * {@code raiseLoad("*")}. Each step of the path has a strategy: the option's own for every step it
 * names at once, so {@code joinedLoad("orders", "items")} joins both; a chain gives later steps
 * their own, as SQLAlchemy's chained options do — {@code selectinLoad("orders").joinedLoad("items")},
 * and {@code defaultLoad("orders").joinedLoad("items")} to leave the first step as configured.
 * {@code "*"} as the last element stands for every relationship at that level not named otherwise.
 * A joined step may say how it joins ({@link #innerJoin(boolean)}, {@link #innerJoinUnnested()}).
 * Immutable; {@link #chunkSize(int)}, {@link #recursionDepth(int)}, {@link #innerJoin(boolean)} and the chain methods return copies.
 */
public final class LoaderOption {
    /** The number of parent keys in one IN list of a {@code SELECTIN} load, unless an option says otherwise. */
    public static final int DEFAULT_CHUNK_SIZE = 500;
    /** A {@link #recursionDepth(int)} without limit. */
    public static final int UNLIMITED = -1;

    private final List<String> path;
    private final List<Lazy> strategies;
    private final boolean containsEager;
    private final Object alias;
    private final int chunkSize;
    private final int recursionDepth;
    /** Per step, how a joined load joins there; {@code null} where the relationship's {@code innerJoin} decides. */
    private final List<InnerJoin> innerJoins;

    LoaderOption(List<String> path, Lazy strategy, boolean containsEager, Object alias, int chunkSize) {
        this(path, Collections.nCopies(path.size(), strategy), containsEager, alias, chunkSize, 1,
                Collections.nCopies(path.size(), null));
    }

    private LoaderOption(List<String> path, List<Lazy> strategies, boolean containsEager, Object alias, int chunkSize,
                         int recursionDepth, List<InnerJoin> innerJoins) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a loader option needs a path of at least one relationship name");
        }
        for (int i = 0; i < path.size(); i++) {
            String element = path.get(i);
            if (element == null || element.isBlank()) {
                throw new IllegalArgumentException("a loader option's path has an empty element: " + path);
            }
            if (element.equals("*") && (i != path.size() - 1 || containsEager)) {
                throw new IllegalArgumentException("'*' may only end the path of a loader option: " + path);
            }
        }
        this.path = List.copyOf(path);
        this.strategies = Collections.unmodifiableList(new ArrayList<>(strategies));
        this.containsEager = containsEager;
        this.alias = alias;
        this.chunkSize = chunkSize;
        this.recursionDepth = recursionDepth;
        this.innerJoins = Collections.unmodifiableList(new ArrayList<>(innerJoins));
    }

    /** A copy whose {@code SELECTIN} loads put at most {@code keys} parent keys in one IN list. */
    public LoaderOption chunkSize(int keys) {
        if (keys < 1) {
            throw new IllegalArgumentException("a chunk holds at least one key, not " + keys);
        }
        return new LoaderOption(path, strategies, containsEager, alias, keys, recursionDepth, innerJoins);
    }

    /**
     * A copy that goes on along the path's last relationship, loading it the same way, for
     * {@code levels} levels in all ({@link #UNLIMITED} until a level finds nothing): for a
     * self-referential relationship, {@code selectinLoad("children").recursionDepth(4)} loads four
     * levels of a tree with one SELECT each, as SQLAlchemy's {@code recursion_depth}.
     */
    public LoaderOption recursionDepth(int levels) {
        if (levels < 1 && levels != UNLIMITED) {
            throw new IllegalArgumentException("a recursion depth is at least 1, or LoaderOption.UNLIMITED, not " + levels);
        }
        if (containsEager || isWildcard() || strategy() != Lazy.SELECTIN) {
            throw new IllegalArgumentException("recursionDepth applies to a selectinLoad of named relationships, "
                    + "as SQLAlchemy's recursion_depth, not to " + this);
        }
        return new LoaderOption(path, strategies, containsEager, alias, chunkSize, levels, innerJoins);
    }

    /**
     * A copy whose last relationship joins with an INNER JOIN ({@code true}) or a LEFT OUTER JOIN
     * ({@code false}) whatever its {@code innerJoin} says, as SQLAlchemy's {@code joinedload(...,
     * innerjoin=True/False)}: {@code joinedLoad("orders").innerJoin(true)}. Below an outer join, an
     * inner one is nested into the outer join's right side, so that it cannot drop the rows the outer
     * join keeps. Only the last relationship of the path (or of the chain's last link) is affected.
     */
    public LoaderOption innerJoin(boolean inner) {
        return withInnerJoin(inner ? InnerJoin.NESTED : InnerJoin.OUTER);
    }

    /**
     * A copy whose last relationship joins with an INNER JOIN chained onto the joins before it, never
     * nested: SQLAlchemy's {@code innerjoin="unnested"}. Below an outer join it becomes a LEFT OUTER JOIN.
     */
    public LoaderOption innerJoinUnnested() {
        return withInnerJoin(InnerJoin.UNNESTED);
    }

    private LoaderOption withInnerJoin(InnerJoin mode) {
        if (containsEager || strategy() != Lazy.JOINED) {
            throw new IllegalArgumentException("innerJoin applies to a joinedLoad, whose relationship is loaded by a "
                    + "join, not to " + this + "; make the last link joinedLoad(...), or drop innerJoin");
        }
        List<InnerJoin> steps = new ArrayList<>(innerJoins);
        steps.set(steps.size() - 1, mode);
        return new LoaderOption(path, strategies, containsEager, alias, chunkSize, recursionDepth, steps);
    }

    /** The chain going on to {@code more}, which load with a LEFT OUTER JOIN. */
    public LoaderOption joinedLoad(String... more) {
        return then(Lazy.JOINED, more);
    }

    /** The chain going on to {@code more}, which load with a SELECT per level and IN lists of parent keys. */
    public LoaderOption selectinLoad(String... more) {
        return then(Lazy.SELECTIN, more);
    }

    /** The chain going on to {@code more}, which load with a SELECT per level repeating the query. */
    public LoaderOption subqueryLoad(String... more) {
        return then(Lazy.SUBQUERY, more);
    }

    /** The chain going on to {@code more}, which load on first access. */
    public LoaderOption lazyLoad(String... more) {
        return then(Lazy.SELECT, more);
    }

    /** The chain going on to {@code more}, which may not be loaded on access. */
    public LoaderOption raiseLoad(String... more) {
        return then(Lazy.RAISE, more);
    }

    /** The chain going on to {@code more}, which load by one SELECT per parent right after their parents. */
    public LoaderOption immediateLoad(String... more) {
        return then(Lazy.IMMEDIATE, more);
    }

    /** The chain going on to {@code more}, which may be read unloaded only where that takes no SQL. */
    public LoaderOption raiseOnSqlLoad(String... more) {
        return then(Lazy.RAISE_ON_SQL, more);
    }

    /** The chain going on to {@code more}, which keep their configured strategies. */
    public LoaderOption defaultLoad(String... more) {
        return then(null, more);
    }

    /** {@link #joinedLoad(String...)} along metamodel references. */
    public LoaderOption joinedLoad(RelationshipPath... more) {
        return joinedLoad(RelationshipPath.names(more));
    }

    /** {@link #selectinLoad(String...)} along metamodel references. */
    public LoaderOption selectinLoad(RelationshipPath... more) {
        return selectinLoad(RelationshipPath.names(more));
    }

    private LoaderOption then(Lazy strategy, String... more) {
        if (containsEager || isWildcard() || recursionDepth != 1) {
            throw new IllegalArgumentException("cannot chain more relationships after " + this);
        }
        if (more.length == 0) {
            throw new IllegalArgumentException("a chained loader option names at least one relationship");
        }
        List<String> longer = new ArrayList<>(path);
        longer.addAll(List.of(more));
        List<Lazy> steps = new ArrayList<>(strategies);
        steps.addAll(Collections.nCopies(more.length, strategy));
        List<InnerJoin> joins = new ArrayList<>(innerJoins);
        joins.addAll(Collections.nCopies(more.length, null));
        return new LoaderOption(longer, steps, false, null, chunkSize, 1, joins);
    }

    /** The relationship names from the query's entity, such as {@code [children, children]}. */
    public List<String> path() {
        return path;
    }

    /** The strategy of the path's last step, {@code null} when it keeps the configured one; {@link Lazy#JOINED} for {@code containsEager}. */
    public Lazy strategy() {
        return strategies.get(strategies.size() - 1);
    }

    /** The strategy for the step at {@code length} along the path (1 for the first), {@code null} for the configured one. */
    Lazy strategyAt(int length) {
        return strategies.get(Math.min(length, strategies.size()) - 1);
    }

    /** How the step at {@code length} along the path joins, {@code null} where the relationship's {@code innerJoin} decides. */
    InnerJoin innerJoinAt(int length) {
        return innerJoins.get(Math.min(length, innerJoins.size()) - 1);
    }

    /** True for {@code containsEager}: the query's own join supplies the columns. */
    public boolean containsEager() {
        return containsEager;
    }

    public int chunkSize() {
        return chunkSize;
    }

    /** How many levels of the last relationship the option loads: 1 unless {@link #recursionDepth(int)} says more. */
    public int recursionDepth() {
        return recursionDepth;
    }

    /** True if the option reaches {@code target} by repeating its last relationship within its recursion depth. */
    boolean recursesTo(List<String> target) {
        if (recursionDepth == 1 || target.size() <= path.size() || !target.subList(0, path.size()).equals(path)) {
            return false;
        }
        String last = path.get(path.size() - 1);
        for (String element : target.subList(path.size(), target.size())) {
            if (!element.equals(last)) {
                return false;
            }
        }
        return recursionDepth == UNLIMITED || target.size() - path.size() < recursionDepth;
    }

    /** For containsEager: the alias (an {@link Aliased} or a {@link FromClause}) the columns come from, or {@code null}. */
    Object alias() {
        return alias;
    }

    boolean isWildcard() {
        return path.get(path.size() - 1).equals("*");
    }

    @Override
    public String toString() {
        if (containsEager) {
            return "containsEager" + path;
        }
        StringBuilder text = new StringBuilder();
        int start = 0;
        for (int i = 1; i <= path.size(); i++) {
            if (i == path.size() || strategies.get(i) != strategies.get(start) || innerJoins.get(i - 1) != null) {
                if (start > 0) {
                    text.append('.');
                }
                text.append(name(strategies.get(start))).append(path.subList(start, i));
                InnerJoin inner = innerJoins.get(i - 1);
                if (inner != null) {
                    text.append(inner == InnerJoin.UNNESTED ? ".innerJoinUnnested()" : ".innerJoin(" + (inner == InnerJoin.NESTED) + ")");
                }
                start = i;
            }
        }
        if (recursionDepth != 1) {
            text.append(".recursionDepth(").append(recursionDepth == UNLIMITED ? "UNLIMITED" : recursionDepth).append(')');
        }
        return text.toString();
    }

    private static String name(Lazy strategy) {
        if (strategy == null) {
            return "defaultLoad";
        }
        return switch (strategy) {
            case JOINED -> "joinedLoad";
            case SELECTIN -> "selectinLoad";
            case SUBQUERY -> "subqueryLoad";
            case SELECT -> "lazyLoad";
            case RAISE -> "raiseLoad";
            case NOLOAD -> "noLoad";
            case DYNAMIC -> "dynamicLoad";
            case IMMEDIATE -> "immediateLoad";
            case RAISE_ON_SQL -> "raiseOnSqlLoad";
            case WRITE_ONLY -> "writeOnlyLoad";
        };
    }
}
