package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;

import java.util.List;

/** Reloads the expired columns of a persistent object, by its identity key. */
public final class Refresher {

    private Refresher() {
    }

    /** Reloads the columns of {@code state} that are not loaded; relationships stay unloaded until read. */
    public static void refresh(LoadContext context, InstanceState state) {
        Mapper mapper = Mapper.of(state);
        Row row = KeyLoader.columnsRow(context, mapper, ((EntityKey) state.key()).values().toArray());
        if (row == null) {
            throw new ObjectDeletedException(state + " has no row any more: it was deleted from the database, or its "
                    + "primary key changed outside this session");
        }
        List<ColumnProperty> properties = mapper.columnProperties();
        boolean any = false;
        for (int i = 0; i < properties.size(); i++) {
            ColumnProperty property = properties.get(i);
            if (!state.isLoaded(property.key())) {
                property.setCommitted(state, row.get(i));
                any = true;
            }
        }
        if (any && mapper.events() != null) {
            mapper.events().refreshed(state.object());
        }
    }
}
