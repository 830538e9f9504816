package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.List;

/** What each loader strategy does to a relationship of a freshly loaded object. */
final class Strategies {

    private Strategies() {
    }

    static void initialize(LoadContext context, RelationshipProperty relationship, InstanceState state, Lazy strategy) {
        switch (strategy) {
            case NOLOAD -> relationship.attribute().setCommitted(state, relationship.uselist() ? List.of() : null);
            case DYNAMIC -> dynamic(relationship, state);
            default -> state.markUnloaded(relationship.key());
        }
    }

    /** Gives a DYNAMIC relationship its query object: the one its field holds, or a new one. */
    static void dynamic(RelationshipProperty relationship, InstanceState state) {
        if (relationship.lazy() != Lazy.DYNAMIC) {
            throw new IllegalStateException(relationship + " is not configured DYNAMIC; a loader option cannot make it so");
        }
        Object current = relationship.attribute().get(state);
        relationship.attribute().setCommitted(state, current instanceof AppenderQuery<?> ? current : new AppenderQuery<>());
    }
}
