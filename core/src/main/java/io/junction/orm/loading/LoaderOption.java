package io.junction.orm.loading;

import io.junction.orm.relationship.Lazy;
import io.junction.sql.expression.FromClause;

import java.util.List;

/**
 * A per-query loader strategy for a path of relationships, made by {@link QueryOptions}:
 * {@code joinedLoad("children")}, {@code selectinLoad("children", "children")},
 * {@code raiseLoad("*")}. The strategy applies to every relationship along the path; {@code "*"}
 * as the last element stands for every relationship at that level not named otherwise.
 * Immutable; {@link #chunkSize(int)} returns a copy.
 */
public final class LoaderOption {
    /** The number of parent keys in one IN list of a {@code SELECTIN} load, unless an option says otherwise. */
    public static final int DEFAULT_CHUNK_SIZE = 500;

    private final List<String> path;
    private final Lazy strategy;
    private final boolean containsEager;
    private final Object alias;
    private final int chunkSize;

    LoaderOption(List<String> path, Lazy strategy, boolean containsEager, Object alias, int chunkSize) {
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
        this.strategy = strategy;
        this.containsEager = containsEager;
        this.alias = alias;
        this.chunkSize = chunkSize;
    }

    /** A copy whose {@code SELECTIN} loads put at most {@code keys} parent keys in one IN list. */
    public LoaderOption chunkSize(int keys) {
        if (keys < 1) {
            throw new IllegalArgumentException("a chunk holds at least one key, not " + keys);
        }
        return new LoaderOption(path, strategy, containsEager, alias, keys);
    }

    /** The relationship names from the query's entity, such as {@code [children, children]}. */
    public List<String> path() {
        return path;
    }

    /** The strategy; {@link Lazy#JOINED} for {@code containsEager}. */
    public Lazy strategy() {
        return strategy;
    }

    /** True for {@code containsEager}: the query's own join supplies the columns. */
    public boolean containsEager() {
        return containsEager;
    }

    public int chunkSize() {
        return chunkSize;
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
        String name = containsEager ? "containsEager" : switch (strategy) {
            case JOINED -> "joinedLoad";
            case SELECTIN -> "selectinLoad";
            case SUBQUERY -> "subqueryLoad";
            case SELECT -> "lazyLoad";
            case RAISE -> "raiseLoad";
            case NOLOAD -> "noLoad";
            case DYNAMIC -> "dynamicLoad";
        };
        return name + path;
    }
}
