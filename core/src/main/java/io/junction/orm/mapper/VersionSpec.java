package io.junction.orm.mapper;

import io.junction.sql.schema.Column;

/**
 * Makes a column the mapper's version counter, SQLAlchemy's {@code version_id_col} and JPA's
 * {@code @Version}: {@code registry.map(Parent.class, parent, versionId(parent.c("version_id")))}.
 * An INSERT writes 1 (unless set), every UPDATE writes the next number and every UPDATE and DELETE
 * finds its row by key and by the version it read; a row matched by none fails the flush with a
 * {@link io.junction.orm.unitofwork.StaleDataException}. The column must be an INTEGER or BIGINT that
 * is not part of the primary key.
 *
 * @param name the attribute, or {@code null} for the field the column's name gives ({@code version_id} → {@code versionId})
 */
public record VersionSpec(String name, Column column) implements PropertySpec {

    /** The column {@code column} as the version counter, held by the field its name gives. */
    public static VersionSpec versionId(Column column) {
        return new VersionSpec(null, column);
    }

    /** The column {@code column} as the version counter, held by the field {@code attribute}. */
    public static VersionSpec versionId(String attribute, Column column) {
        return new VersionSpec(attribute, column);
    }

    @Override
    public MapperProperty create(Mapper mapper) {
        return ColumnSpec.create(mapper, name, column);
    }
}
