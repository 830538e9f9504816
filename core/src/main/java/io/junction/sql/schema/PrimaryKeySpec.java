package io.junction.sql.schema;

import java.util.List;

/** A primary key over several columns, declared with {@link Schema#primaryKey(String...)}. */
public record PrimaryKeySpec(List<String> columns) implements TableElement {
    public PrimaryKeySpec {
        columns = List.copyOf(columns);
    }
}
