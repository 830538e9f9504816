package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;

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

    /**
     * The object of the row's columns of {@code node}'s entity, recorded at {@code node}, or
     * {@code null} when its primary key is NULL (an outer join miss). {@code announce}: tell the
     * context about each object made ({@link LoadContext#loadedAsPersistent}).
     */
    static Object instance(LoadContext context, EntityPlan node, Row row, boolean announce) {
        EntityColumns entity = node.entityColumns();
        Mapper mapper = entity.mapper();
        int offset = entity.offset();
        int[] keyPositions = entity.keyPositions();
        InstanceState existing;
        EntityKey identity;
        if (keyPositions.length == 1) {
            Object value = row.get(offset + keyPositions[0]);
            if (value == null) {
                return null;
            }
            existing = context.identityMap().get(mapper, value);
            identity = existing == null ? EntityKey.single(mapper, value) : null;
        } else {
            Object[] key = new Object[keyPositions.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = row.get(offset + keyPositions[i]);
                if (key[i] == null) {
                    return null;
                }
            }
            identity = EntityKey.of(mapper, key);
            existing = context.identityMap().get(identity);
        }
        List<ColumnProperty> properties = entity.properties();
        if (existing != null) {
            if (existing.hasUnloaded() && populateUnloaded(existing, properties, offset, row) && mapper.events() != null) {
                mapper.events().refreshed(existing.object());
            }
            node.record(existing, false);
            return existing.object();
        }
        Object object = mapper.newInstance();
        InstanceState state = mapper.newLoadedState(object);
        state.key(identity);
        state.attach(context.link());
        for (int i = 0; i < properties.size(); i++) {
            properties.get(i).setCommitted(state, row.get(offset + i));
        }
        node.path.rememberOn(state);
        node.initializeRelationships(state);
        context.identityMap().addAbsent(state);
        node.record(state, true);
        if (mapper.events() != null) {
            mapper.events().loaded(object);
        }
        if (announce) {
            context.loadedAsPersistent(state);
        }
        return object;
    }

    /** Sets the columns of {@code state} that are not loaded from the row; true if there were any. */
    private static boolean populateUnloaded(InstanceState state, List<ColumnProperty> properties, int offset, Row row) {
        boolean any = false;
        for (int i = 0; i < properties.size(); i++) {
            ColumnProperty property = properties.get(i);
            if (!state.isLoaded(property.key())) {
                property.setCommitted(state, row.get(offset + i));
                any = true;
            }
        }
        return any;
    }
}
