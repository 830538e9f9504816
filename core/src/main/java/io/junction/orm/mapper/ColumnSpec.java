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
        return create(mapper, name, column);
    }

    /** The property of {@code column} held by the field {@code name}, or by the field the column's name gives when {@code name} is null. */
    static ColumnProperty create(Mapper mapper, String name, Column column) {
        if (name == null) {
            java.lang.reflect.Field field = FieldLookup.forColumn(mapper.type(), column.name());
            return new ColumnProperty(field != null ? field.getName() : column.name(), column, mapper, field);
        }
        java.lang.reflect.Field field = FieldLookup.find(mapper.type(), name);
        if (field == null) {
            String natural = Naming.camelCase(column.name());
            throw new MappingException(mapper.type().getSimpleName() + " has no field '" + name + "' for columnProperty(\""
                    + name + "\", " + column.table().name() + "." + column.name() + "); name a field of "
                    + mapper.type().getSimpleName() + (FieldLookup.find(mapper.type(), natural) != null
                    ? ", or leave the column out: it maps to the field '" + natural + "' by its name" : ""));
        }
        return new ColumnProperty(name, column, mapper, field);
    }
}
