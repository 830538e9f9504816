package io.junction.orm.mapper;

import io.junction.sql.schema.Column;

/** Maps a column to a field whose name does not follow the naming rule: {@code columnProperty("key", table.c("id"))}. */
public record ColumnSpec(String name, Column column) implements PropertySpec {

    /** The column {@code column} as the attribute {@code attribute}. */
    public static ColumnSpec columnProperty(String attribute, Column column) {
        return new ColumnSpec(attribute, column);
    }

    @Override
    public MapperProperty create(Mapper mapper) {
        return new ColumnProperty(name, column, mapper, FieldLookup.find(mapper.type(), name));
    }
}
