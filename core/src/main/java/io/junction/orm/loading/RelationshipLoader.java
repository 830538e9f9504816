package io.junction.orm.loading;

import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.List;

/**
 * What the session asks of loading when a relationship is read: load it by the strategy its
 * object's {@link LoadPath} gives it, or peek at the identity map for a many-to-one.
 */
public final class RelationshipLoader {

    private RelationshipLoader() {
    }

    /** Loads the unloaded relationship {@code relationship} of {@code state} by its strategy. */
    public static void load(LoadContext context, InstanceState state, RelationshipProperty relationship) {
        LoadPath path = LoadPath.of(state);
        path.strategy(relationship).loadOnAccess(context, state, relationship, path);
    }

    /**
     * Loads the unloaded relationship {@code relationship} of {@code state} for the flush or the
     * delete cascade: by its strategy, except that a strategy that raises on access loads with a SELECT.
     */
    public static void loadForFlush(LoadContext context, InstanceState state, RelationshipProperty relationship) {
        LoadPath path = LoadPath.of(state);
        path.strategy(relationship).loadForFlush(context, state, relationship, path);
    }

    /**
     * The members of a DYNAMIC collection of the persistent {@code owner} as the database holds them,
     * read without flushing first: for the flush, which must reach every row that refers to a
     * deleted owner (SQLAlchemy's dynamic history loaded for a delete).
     */
    public static List<Object> storedMembers(LoadContext context, InstanceState owner, CollectionAttribute collection) {
        return Members.queryWithoutAutoflush(context, owner, collection).all();
    }

    /**
     * The value of a many-to-one that the identity map holds, found without SQL; NULL when its
     * foreign key is NULL; {@link InstanceState#NO_VALUE} when only a SELECT could tell.
     */
    public static Object peek(LoadContext context, InstanceState state, RelationshipProperty relationship) {
        return SelectLoader.peek(context, state, relationship);
    }
}
