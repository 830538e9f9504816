package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.sql.expression.BindParameter;
import io.junction.sql.expression.Sql;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keyed bind parameters of one flush statement and where each value comes from: a column's
 * current value, or a key column's value as the row still has it. {@link #row} gives an object's
 * parameter values as a map view read when the statement binds them, so a batch needs no map per row.
 */
final class RowLayout {
    /** Where a parameter's value comes from. */
    enum Source { CURRENT, ROW_KEY, FOLLOWED_KEY, VERSION }

    private final String[] names;
    private final ColumnProperty[] properties;
    private final Source[] sources;
    private final UnitOfWork uow;

    private RowLayout(String[] names, ColumnProperty[] properties, Source[] sources, UnitOfWork uow) {
        this.names = names;
        this.properties = properties;
        this.sources = sources;
        this.uow = uow;
    }

    /** The current values of {@code columns}, named by column, then the key columns named {@code pk_i}, from {@code keySource}. */
    static RowLayout of(UnitOfWork uow, List<ColumnProperty> columns, List<ColumnProperty> key, Source keySource) {
        return of(uow, columns, key, keySource, null);
    }

    /**
     * As {@link #of(UnitOfWork, List, List, Source)}, then, unless {@code version} is null, the version
     * counter as the row holds it, named {@code pk_n} after the {@code n} key columns.
     */
    static RowLayout of(UnitOfWork uow, List<ColumnProperty> columns, List<ColumnProperty> key, Source keySource,
                        ColumnProperty version) {
        int size = columns.size() + key.size() + (version == null ? 0 : 1);
        String[] names = new String[size];
        ColumnProperty[] properties = new ColumnProperty[size];
        Source[] sources = new Source[size];
        for (int i = 0; i < columns.size(); i++) {
            names[i] = columns.get(i).column().name();
            properties[i] = columns.get(i);
            sources[i] = Source.CURRENT;
        }
        for (int i = 0; i < key.size(); i++) {
            int at = columns.size() + i;
            names[at] = keyName(i);
            properties[at] = key.get(i);
            sources[at] = keySource;
        }
        if (version != null) {
            names[size - 1] = keyName(key.size());
            properties[size - 1] = version;
            sources[size - 1] = Source.VERSION;
        }
        return new RowLayout(names, properties, sources, uow);
    }

    static String keyName(int index) {
        return "pk_" + index;
    }

    /**
     * The value {@code state}'s row holds in {@code property}'s column: the current one for a row this
     * flush inserted (the key the application assigned, even before the object has its identity), else as loaded.
     */
    static Object rowValue(UnitOfWork uow, InstanceState state, ColumnProperty property) {
        return uow.wasInserted(state) ? property.get(state) : EntityKey.rowValue(state, property);
    }

    /** The keyed bind parameter of parameter {@code index}, typed by its column. */
    BindParameter bind(int index) {
        return Sql.bindparam(names[index], properties[index].column().type());
    }

    /** {@code state}'s parameter values. */
    Map<String, Object> row(InstanceState state) {
        return new StateRow(this, state);
    }

    /** The version {@code state}'s row is found by: the value of the last parameter, which holds it in a versioned layout. */
    Object versionOf(InstanceState state) {
        return value(names.length - 1, state);
    }

    /** The parameter named {@code name}; the last one if two share it, as the key columns come last. */
    private int index(Object name) {
        for (int i = names.length - 1; i >= 0; i--) {
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private Object value(int index, InstanceState state) {
        ColumnProperty property = properties[index];
        return switch (sources[index]) {
            case CURRENT -> property.get(state);
            case ROW_KEY -> rowValue(uow, state, property);
            case FOLLOWED_KEY -> uow.isKeyCascaded(state, property.column()) ? property.get(state)
                    : rowValue(uow, state, property);
            case VERSION -> uow.versions().row(property, state);
        };
    }

    /** One object's values by parameter name; read-only. */
    private static final class StateRow extends AbstractMap<String, Object> {
        private final RowLayout layout;
        private final InstanceState state;

        StateRow(RowLayout layout, InstanceState state) {
            this.layout = layout;
            this.state = state;
        }

        @Override
        public boolean containsKey(Object key) {
            return layout.index(key) >= 0;
        }

        @Override
        public Object get(Object key) {
            int index = layout.index(key);
            return index < 0 ? null : layout.value(index, state);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < layout.names.length; i++) {
                values.put(layout.names[i], layout.value(i, state));
            }
            return values.entrySet();
        }
    }
}
