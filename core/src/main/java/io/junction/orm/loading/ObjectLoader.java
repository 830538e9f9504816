package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.List;

/**
 * Turns result rows into objects through the identity map: a row whose key the session already
 * holds yields that object (its unloaded columns filled in), even one marked for deletion, since
 * the row is still its row until the DELETE is flushed; any other a new object created
 * without a constructor call, with its relationships set up by their loader strategies.
 */
final class ObjectLoader {

    private ObjectLoader() {
    }

    /** The object of the row's entity columns, at {@code path} of a query's loader options, or {@code null} when its primary key is NULL (an outer join miss). */
    static Object instance(LoadContext context, EntityColumns entity, Row row, LoadPath path) {
        Mapper mapper = entity.mapper();
        List<ColumnProperty> properties = mapper.columnProperties();
        List<ColumnProperty> pk = mapper.primaryKey();
        Object[] key = new Object[pk.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = row.get(entity.offset() + properties.indexOf(pk.get(i)));
            if (key[i] == null) {
                return null;
            }
        }
        EntityKey identity = EntityKey.of(mapper, key);
        InstanceState existing = context.identityMap().get(identity);
        if (existing != null) {
            if (existing.hasUnloaded()) {
                populateUnloaded(existing, properties, entity.offset(), row);
            }
            return existing.object();
        }
        Object object = mapper.newInstance();
        InstanceState state = mapper.newLoadedState(object);
        state.key(identity);
        state.attach(context.link());
        for (int i = 0; i < properties.size(); i++) {
            properties.get(i).setCommitted(state, row.get(entity.offset() + i));
        }
        LoadPath at = path != null ? path : LoadPath.root(mapper, LoaderOptions.NONE);
        at.rememberOn(state);
        initializeRelationships(mapper, state, at);
        context.identityMap().add(state);
        return object;
    }

    /** Sets up each relationship of a loaded object as its strategy at {@code path} says. */
    private static void initializeRelationships(Mapper mapper, InstanceState state, LoadPath path) {
        for (MapperProperty property : mapper.properties()) {
            if (property instanceof RelationshipProperty relationship) {
                path.strategy(relationship).initialize(relationship, state);
            }
        }
    }

    private static void populateUnloaded(InstanceState state, List<ColumnProperty> properties, int offset, Row row) {
        for (int i = 0; i < properties.size(); i++) {
            ColumnProperty property = properties.get(i);
            if (!state.isLoaded(property.key())) {
                property.setCommitted(state, row.get(offset + i));
            }
        }
    }
}
