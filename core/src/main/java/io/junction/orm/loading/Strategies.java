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
            default -> state.markUnloaded(relationship.key());
        }
    }
}
