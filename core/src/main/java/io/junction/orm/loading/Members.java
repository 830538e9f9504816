package io.junction.orm.loading;

import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.SqlNode;

/** The query of the members of a collection that is never loaded whole ({@link AppenderQuery}, {@link WriteOnlyCollection}). */
final class Members {

    private Members() {
    }

    /**
     * {@code session.query(Target).withParent(owner, attribute)} in the relationship's order; the
     * owner must be persistent in a session, else the failure says so and ends with {@code otherwise}.
     */
    static <T> Query<T> query(InstanceState owner, CollectionAttribute collection, String otherwise) {
        if (!(owner.session() instanceof LoadContext context) || owner.key() == null) {
            throw new IllegalStateException(collection + " of " + owner + " can only be queried once the object is "
                    + "persistent in a session (added and flushed, or loaded); until then " + otherwise);
        }
        return query(context, context::beforeQuery, owner, collection);
    }

    /** The same query run without flushing first: for the flush itself. */
    static <T> Query<T> queryWithoutAutoflush(LoadContext context, InstanceState owner, CollectionAttribute collection) {
        return query(context, () -> { }, owner, collection);
    }

    @SuppressWarnings("unchecked")
    private static <T> Query<T> query(LoadContext context, Runnable beforeExecute, InstanceState owner, CollectionAttribute collection) {
        RelationshipProperty relationship = (RelationshipProperty) collection.property();
        Mapper target = relationship.target();
        Query<T> query = new Query<>(context, beforeExecute, target, (Class<T>) target.type())
                .withParent(owner.object(), relationship.key());
        if (!relationship.config().orderBy().isEmpty()) {
            query = query.orderBy(relationship.config().orderBy().toArray(new SqlNode[0]));
        }
        return query;
    }
}
