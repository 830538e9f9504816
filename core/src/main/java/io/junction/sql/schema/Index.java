package io.junction.sql.schema;

import java.util.List;

/** An index on columns of a table, created with it. */
public record Index(String name, Table table, List<Column> columns) {
    public Index {
        columns = List.copyOf(columns);
    }
}
