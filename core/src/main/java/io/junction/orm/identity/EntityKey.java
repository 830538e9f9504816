package io.junction.orm.identity;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.schema.SqlType;
import io.junction.util.Numbers;

import java.math.BigDecimal;
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
        Object[] values = primaryKey;
        var columns = mapper.primaryKey();
        for (int i = 0; i < values.length && i < columns.size(); i++) {
            Object normalized = normalize(columns.get(i).column().type(), values[i]);
            if (normalized != values[i]) {
                if (values == primaryKey) {
                    values = primaryKey.clone();
                }
                values[i] = normalized;
            }
        }
        return new EntityKey(mapper.identityClass(), Arrays.asList(values));
    }

    /** An integer key given as another kind of number ({@code 1L} for an INTEGER column) is the same key. */
    private static Object normalize(SqlType type, Object value) {
        if (value instanceof Number number && !(value instanceof BigDecimal) && type.isInteger()) {
            Number converted = Numbers.convert(number, type.javaType());
            if (converted.longValue() == number.longValue()) {
                return converted;
            }
        }
        return value;
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

    /**
     * A column's value as the database row still has it: for a primary-key column of an object with
     * an identity, the identity key's value; else {@link ColumnProperty#committedValue}.
     */
    public static Object rowValue(InstanceState state, ColumnProperty property) {
        if (state.key() instanceof EntityKey key && property.column().isPrimaryKey()) {
            int index = Mapper.of(state).primaryKey().indexOf(property);
            if (index >= 0) {
                return key.values().get(index);
            }
        }
        return property.committedValue(state);
    }

    /** The key recorded on a state, or {@code null}. */
    static EntityKey of(InstanceState state) {
        return (EntityKey) state.key();
    }

    @Override
    public String toString() {
        return type.getSimpleName() + values;
    }
}
