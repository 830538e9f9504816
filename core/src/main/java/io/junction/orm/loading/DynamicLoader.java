package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;

/**
 * {@code Lazy.DYNAMIC}, SQLAlchemy's {@code DynaLoader}: the relationship's value is an
 * {@link AppenderQuery} that runs SQL for its members when asked, never a loaded collection.
 */
final class DynamicLoader extends LoaderStrategy {

    @Override
    void initialize(RelationshipProperty relationship, InstanceState state) {
        giveQuery(relationship, state);
    }

    @Override
    void loadOnAccess(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        giveQuery(relationship, state);
    }

    /** Gives the relationship its query object: the one its field holds, or a new one of its query class. */
    private static void giveQuery(RelationshipProperty relationship, InstanceState state) {
        if (relationship.lazy() != Lazy.DYNAMIC) {
            throw new IllegalStateException(relationship + " is not configured DYNAMIC; a loader option cannot make it so");
        }
        Object current = relationship.attribute().get(state);
        if (!(current instanceof AppenderQuery<?>)) {
            Object made = relationship.newQuery();
            current = made != null ? made : new AppenderQuery<>();
        }
        relationship.attribute().setCommitted(state, current);
    }
}
