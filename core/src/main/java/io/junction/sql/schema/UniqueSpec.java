package io.junction.sql.schema;

import java.util.List;

/** A unique constraint over several columns, declared with {@link Schema#unique(String...)}. */
public record UniqueSpec(List<String> columns) implements TableElement {
    public UniqueSpec {
        columns = List.copyOf(columns);
    }
}
