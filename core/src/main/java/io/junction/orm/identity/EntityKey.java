package io.junction.orm.identity;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The identity of a row: its mapped class and its primary key values. */
public record EntityKey(Class<?> type, List<Object> values) {

    public EntityKey {
        values = Collections.unmodifiableList(Arrays.asList(values.toArray()));
    }

    /** The key for {@code primaryKey} values of {@code mapper}'s class. */
    public static EntityKey of(Mapper mapper, Object... primaryKey) {
        return new EntityKey(mapper.identityClass(), Arrays.asList(primaryKey));
    }

    /** The key an object has by its current primary key values, or {@code null} while any is unset. */
    public static EntityKey current(InstanceState state) {
        Mapper mapper = Mapper.of(state);
        Object[] pk = mapper.primaryKeyOf(state);
        for (Object value : pk) {
            if (value == null) {
                return null;
            }
        }
        return of(mapper, pk);
    }

    /** The key recorded on a state, or {@code null}. */
    public static EntityKey of(InstanceState state) {
        return (EntityKey) state.key();
    }

    @Override
    public String toString() {
        return type.getSimpleName() + values;
    }
}
