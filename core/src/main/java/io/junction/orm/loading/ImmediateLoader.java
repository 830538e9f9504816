package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.List;

/**
 * {@code Lazy.IMMEDIATE}, SQLAlchemy's {@code ImmediateLoader}: once the parents' statement has
 * run, each parent's relationship loads as a lazy load would, by one SELECT per parent; a
 * many-to-one whose target the session holds takes it from the identity map without SQL.
 */
final class ImmediateLoader extends PostLoader {

    @Override
    void load(LoadContext context, Source source, EntityPlan node, RelationshipProperty relationship,
              List<InstanceState> parents, int chunkSize) {
        for (InstanceState parent : parents) {
            if (!parent.isLoaded(relationship.key())) {
                SelectLoader.select(context, parent, relationship, node.path);
            }
        }
    }
}
