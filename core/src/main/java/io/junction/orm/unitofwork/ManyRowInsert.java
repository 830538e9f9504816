package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.sql.expression.BindParameter;
import io.junction.sql.expression.Insert;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One multi-row {@code INSERT ... VALUES (...), (...) RETURNING key} for a column set and a row
 * count, built once and run for every page of that size; its values are read from the objects
 * when the statement binds them.
 */
final class ManyRowInsert {
    private final Insert insert;
    private final ColumnProperty[] columns;
    private final Map<String, Integer> positions;

    ManyRowInsert(Table table, List<ColumnProperty> columns, ColumnProperty generated, int rowCount) {
        this.columns = columns.toArray(new ColumnProperty[0]);
        this.positions = new HashMap<>(rowCount * columns.size() * 2);
        List<Map<Column, BindParameter>> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            Map<Column, BindParameter> row = new LinkedHashMap<>();
            for (int c = 0; c < this.columns.length; c++) {
                String name = "r" + r + "_" + c;
                positions.put(name, r * this.columns.length + c);
                row.put(this.columns[c].column(), Sql.bindparam(name, this.columns[c].column().type()));
            }
            rows.add(row);
        }
        this.insert = Sql.insert(table).values(rows).returning(generated.column());
    }

    Insert statement() {
        return insert;
    }

    /** The values of {@code states}, one row each, by parameter name. */
    Map<String, Object> values(List<InstanceState> states) {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return positions.containsKey(key);
            }

            @Override
            public Object get(Object key) {
                Integer position = positions.get(key);
                return position == null ? null : value(states, position);
            }

            @Override
            public Set<Entry<String, Object>> entrySet() {
                Map<String, Object> all = new LinkedHashMap<>();
                positions.forEach((name, position) -> all.put(name, value(states, position)));
                return all.entrySet();
            }
        };
    }

    private Object value(List<InstanceState> states, int position) {
        return columns[position % columns.length].get(states.get(position / columns.length));
    }
}
