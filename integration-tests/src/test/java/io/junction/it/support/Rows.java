package io.junction.it.support;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.insert;

/** Inserts rows with core statements, so a loading test does not depend on the flush of its pattern. */
public final class Rows {
    private Rows() {
    }

    /** Inserts {@code values} (one array per row, in {@code columns} order) into {@code table}. */
    public static void insertInto(Engine engine, Table table, List<String> columns, Object[]... values) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] row : values) {
            Map<String, Object> map = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i), row[i]);
            }
            rows.add(map);
        }
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(table), rows);
            connection.commit();
        }
    }
}
