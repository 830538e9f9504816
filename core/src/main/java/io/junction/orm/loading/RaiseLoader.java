package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;

/** {@code Lazy.RAISE}, SQLAlchemy's {@code RaiseLoader}: reading the relationship while it is not loaded throws. */
final class RaiseLoader extends LoaderStrategy {

    @Override
    void loadOnAccess(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        throw new RaiseLoadException(relationship + " is not loaded, and its loader strategy is RAISE, "
                + "which forbids loading it on access; load it with the query that loads " + state.manager().type()
                .getSimpleName() + " (a joinedLoad/selectinLoad option), or change lazy(...)");
    }

    @Override
    void loadForFlush(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        SelectLoader.select(context, state, relationship, path);
    }
}
