package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;

/**
 * {@code Lazy.RAISE_ON_SQL}, SQLAlchemy's {@code RaiseLoader} with {@code sql_only}: reading the
 * relationship while it is not loaded gives what is known without SQL — a many-to-one whose target
 * the session holds, {@code null} for a NULL foreign key, nothing for a parent without key values
 * — and throws where a SELECT would be needed.
 */
final class RaiseOnSqlLoader extends LoaderStrategy {

    @Override
    void loadOnAccess(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        if (!SelectLoader.loadWithoutSql(context, state, relationship)) {
            throw new RaiseLoadException(relationship + " is not loaded, and its loader strategy is RAISE_ON_SQL, "
                    + "which forbids a SELECT to load it on access (only a many-to-one whose target the session "
                    + "holds loads without one); load it with the query that loads " + state.manager().type()
                    .getSimpleName() + " (a joinedLoad/selectinLoad option), or change lazy(...)");
        }
    }

    @Override
    void loadForFlush(LoadContext context, InstanceState state, RelationshipProperty relationship, LoadPath path) {
        SelectLoader.select(context, state, relationship, path);
    }
}
