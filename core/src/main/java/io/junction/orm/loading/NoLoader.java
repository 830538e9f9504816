package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;

/** {@code Lazy.NOLOAD}, SQLAlchemy's {@code NoLoader}: the relationship never loads and reads as empty (or {@code null}). */
final class NoLoader extends LoaderStrategy {

    @Override
    void initialize(RelationshipProperty relationship, InstanceState state) {
        setEmpty(relationship, state);
    }

    @Override
    void loadOnAccess(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        setEmpty(relationship, state);
    }
}
