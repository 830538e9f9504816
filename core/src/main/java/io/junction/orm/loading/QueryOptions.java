package io.junction.orm.loading;

import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.expression.FromClause;

import java.util.Arrays;
import java.util.List;

/**
 * What a query is given besides criteria, for static import: join options ({@link #aliased()},
 * {@link #fromJoinpoint()}), entity aliases ({@link #aliased(Class)}), and loader options along
 * paths of relationships ({@link #joinedLoad}, {@link #selectinLoad}, {@link #subqueryLoad},
 * {@link #lazyLoad}, {@link #immediateLoad}, {@link #raiseLoad}, {@link #raiseOnSqlLoad}, {@link #noLoad}, {@link #defaultLoad}, {@link #containsEager}).
 */
public final class QueryOptions {

    private QueryOptions() {
    }

    /** Join to an anonymous alias, and apply later filters on the target class to it. */
    public static JoinOption aliased() {
        return JoinOption.ALIASED;
    }

    /** Join from the previous join's target. */
    public static JoinOption fromJoinpoint() {
        return JoinOption.FROM_JOINPOINT;
    }

    /** {@code type} through an anonymous alias of its table. */
    public static <T> Aliased<T> aliased(Class<T> type) {
        Mapper mapper = Mapper.forClass(type);
        return new Aliased<>(mapper, type, mapper.table().alias());
    }

    /** {@code type} through an alias of its table named {@code name}. */
    public static <T> Aliased<T> aliased(Class<T> type, String name) {
        Mapper mapper = Mapper.forClass(type);
        return new Aliased<>(mapper, type, mapper.table().alias(name));
    }

    /** {@link #joinedLoad(String...)} along metamodel references: {@code joinedLoad(Node_.children)}. */
    public static LoaderOption joinedLoad(RelationshipPath... path) {
        return joinedLoad(RelationshipPath.names(path));
    }

    /** {@link #selectinLoad(String...)} along metamodel references. */
    public static LoaderOption selectinLoad(RelationshipPath... path) {
        return selectinLoad(RelationshipPath.names(path));
    }

    /** {@link #subqueryLoad(String...)} along metamodel references. */
    public static LoaderOption subqueryLoad(RelationshipPath... path) {
        return subqueryLoad(RelationshipPath.names(path));
    }

    /** {@link #raiseLoad(String...)} along metamodel references. */
    public static LoaderOption raiseLoad(RelationshipPath... path) {
        return raiseLoad(RelationshipPath.names(path));
    }

    /** Load the relationships of the path with a LEFT OUTER JOIN in the query's statement. */
    public static LoaderOption joinedLoad(String... path) {
        return option(path, Lazy.JOINED);
    }

    /** Load the relationships of the path with a second SELECT per level, the parents' keys in IN lists of up to 500. */
    public static LoaderOption selectinLoad(String... path) {
        return option(path, Lazy.SELECTIN);
    }

    /** Load the relationships of the path with a second SELECT per level that repeats the query as a subquery. */
    public static LoaderOption subqueryLoad(String... path) {
        return option(path, Lazy.SUBQUERY);
    }

    /** Load the relationships of the path on first access, with one SELECT each. */
    public static LoaderOption lazyLoad(String... path) {
        return option(path, Lazy.SELECT);
    }

    /** Forbid loading the relationships of the path: reading one that is not loaded throws. {@code raiseLoad("*")} covers every relationship. */
    public static LoaderOption raiseLoad(String... path) {
        return option(path, Lazy.RAISE);
    }

    /**
     * Forbid loading the relationships of the path with SQL: reading one that is not loaded throws,
     * unless it is a many-to-one whose target the session holds. {@code raiseOnSqlLoad("*")} covers every relationship.
     */
    public static LoaderOption raiseOnSqlLoad(String... path) {
        return option(path, Lazy.RAISE_ON_SQL);
    }

    /** {@link #raiseOnSqlLoad(String...)} along metamodel references. */
    public static LoaderOption raiseOnSqlLoad(RelationshipPath... path) {
        return raiseOnSqlLoad(RelationshipPath.names(path));
    }

    /** Load the relationships of the path right after their parents, by one SELECT per parent (none for a held many-to-one). */
    public static LoaderOption immediateLoad(String... path) {
        return option(path, Lazy.IMMEDIATE);
    }

    /** {@link #immediateLoad(String...)} along metamodel references. */
    public static LoaderOption immediateLoad(RelationshipPath... path) {
        return immediateLoad(RelationshipPath.names(path));
    }

    /** Never load the relationships of the path: they read as empty (or {@code null}). */
    public static LoaderOption noLoad(String... path) {
        return option(path, Lazy.NOLOAD);
    }

    /**
     * Keep the configured strategies along the path; a start for a chain that names the strategy
     * of a later step only: {@code defaultLoad("orders").joinedLoad("items")}.
     */
    public static LoaderOption defaultLoad(String... path) {
        return option(path, null);
    }

    /** {@link #defaultLoad(String...)} along metamodel references. */
    public static LoaderOption defaultLoad(RelationshipPath... path) {
        return defaultLoad(RelationshipPath.names(path));
    }

        /** Take the relationship's members from the columns of a join the query already makes along {@code path}. */
    public static LoaderOption containsEager(String... path) {
        return new LoaderOption(Arrays.asList(path), Lazy.JOINED, true, null, LoaderOption.DEFAULT_CHUNK_SIZE);
    }

    /** Take the members of the relationship at {@code path} from the columns of {@code alias}, which the query joins. */
    public static LoaderOption containsEager(Aliased<?> alias, String... path) {
        return new LoaderOption(Arrays.asList(path), Lazy.JOINED, true, alias, LoaderOption.DEFAULT_CHUNK_SIZE);
    }

    /** As {@link #containsEager(Aliased, String...)}, for a table alias. */
    public static LoaderOption containsEager(FromClause alias, String... path) {
        return new LoaderOption(Arrays.asList(path), Lazy.JOINED, true, alias, LoaderOption.DEFAULT_CHUNK_SIZE);
    }

    private static LoaderOption option(String[] path, Lazy strategy) {
        return new LoaderOption(List.of(path), strategy, false, null, LoaderOption.DEFAULT_CHUNK_SIZE);
    }
}
