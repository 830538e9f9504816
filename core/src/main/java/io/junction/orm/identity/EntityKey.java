package io.junction.orm.identity;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.schema.SqlType;
import io.junction.util.Numbers;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The identity of a row: its mapped class and its primary key values, normalised to the columns'
 * types when built, with the hash computed once. A one-column key holds its value without an array.
 */
public abstract sealed class EntityKey permits EntityKey.Single, EntityKey.Composite {
    private final Class<?> type;
    private final int hash;

    private EntityKey(Class<?> type, int valuesHash) {
        this.type = type;
        this.hash = 31 * type.hashCode() + valuesHash;
    }

    /** The key for one primary key value of {@code mapper}'s class, which has a one-column key. */
    static Object normalizedSingle(Mapper mapper, Object value) {
        return normalize(mapper.primaryKey().get(0).column().type(), value);
    }

    /** The key for the one-column primary key {@code value} of {@code mapper}'s class, built without an array. */
    public static EntityKey single(Mapper mapper, Object value) {
        return new Single(mapper.identityClass(), normalizedSingle(mapper, value));
    }

    /** The key for {@code primaryKey} values of {@code mapper}'s class. */
    public static EntityKey of(Mapper mapper, Object... primaryKey) {
        var columns = mapper.primaryKey();
        if (primaryKey.length == 1 && !columns.isEmpty()) {
            return new Single(mapper.identityClass(), normalize(columns.get(0).column().type(), primaryKey[0]));
        }
        Object[] values = primaryKey.clone();
        for (int i = 0; i < values.length && i < columns.size(); i++) {
            values[i] = normalize(columns.get(i).column().type(), values[i]);
        }
        return new Composite(mapper.identityClass(), values);
    }

    /** An integer key given as another kind of number ({@code 1L} for an INTEGER column) is the same key. */
    private static Object normalize(SqlType type, Object value) {
        return value instanceof Number number && type.isInteger() ? Numbers.sameInteger(number, type.javaType()) : value;
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
                return key.value(index);
            }
        }
        return property.committedValue(state);
    }

    /** The key recorded on a state, or {@code null}. */
    static EntityKey of(InstanceState state) {
        return (EntityKey) state.key();
    }

    public final Class<?> type() {
        return type;
    }

    /** How many primary key values the key has. */
    public abstract int size();

    /** The primary key value at {@code index}. */
    public abstract Object value(int index);

    /** The primary key values, as an unmodifiable view. */
    public final List<Object> values() {
        return new Values();
    }

    abstract boolean sameValues(EntityKey other);

    /** The hash of the one-column key of {@code type} with the normalised {@code value}, without building it. */
    static int singleHash(Class<?> type, Object value) {
        return 31 * type.hashCode() + 31 + Objects.hashCode(value);
    }

    /** Whether this is the one-column key of {@code type} with the normalised {@code value}, whose hash is {@code hash}. */
    final boolean isSingle(int hash, Class<?> type, Object value) {
        return this.hash == hash && this.type == type && this instanceof Single single && Objects.equals(single.value, value);
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof EntityKey key && key.hash == hash && key.type == type && sameValues(key);
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    @Override
    public final String toString() {
        return type.getSimpleName() + values();
    }

    private final class Values extends AbstractList<Object> implements RandomAccess {
        @Override
        public Object get(int index) {
            return value(index);
        }

        @Override
        public int size() {
            return EntityKey.this.size();
        }
    }

    static final class Single extends EntityKey {
        private final Object value;

        Single(Class<?> type, Object value) {
            super(type, 31 + Objects.hashCode(value));
            this.value = value;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public Object value(int index) {
            Objects.checkIndex(index, 1);
            return value;
        }

        @Override
        boolean sameValues(EntityKey other) {
            return other instanceof Single single && Objects.equals(value, single.value);
        }
    }

    static final class Composite extends EntityKey {
        private final Object[] values;

        Composite(Class<?> type, Object[] values) {
            super(type, Arrays.hashCode(values));
            this.values = values;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Object value(int index) {
            return values[index];
        }

        @Override
        boolean sameValues(EntityKey other) {
            return other instanceof Composite composite && Arrays.equals(values, composite.values);
        }
    }
}
