package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;

/**
 * {@code Lazy.WRITE_ONLY}, SQLAlchemy's {@code WriteOnlyLoader}: the relationship's value is a
 * {@link WriteOnlyCollection}, which records additions and removals for the flush and never loads
 * its members.
 */
final class WriteOnlyLoader extends LoaderStrategy {

    @Override
    void initialize(RelationshipProperty relationship, InstanceState state) {
        giveCollection(relationship, state);
    }

    @Override
    void loadOnAccess(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        giveCollection(relationship, state);
    }

    /** Gives the relationship its collection object: the one its field holds, or a new one. */
    private static void giveCollection(RelationshipProperty relationship, InstanceState state) {
        if (relationship.lazy() != Lazy.WRITE_ONLY) {
            throw new IllegalStateException(relationship + " is not configured WRITE_ONLY; a loader option cannot make it so");
        }
        Object current = relationship.attribute().get(state);
        relationship.attribute().setCommitted(state,
                current instanceof WriteOnlyCollection<?> ? current : new WriteOnlyCollection<>());
    }
}
