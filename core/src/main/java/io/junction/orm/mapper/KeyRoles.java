package io.junction.orm.mapper;

import io.junction.sql.schema.Column;
import io.junction.sql.schema.SqlType;

import java.util.List;

/**
 * A mapper's columns with a role in the flush: the version counter and the primary key the flush
 * generates (random UUIDs, or a sequence's values); checked when the class is mapped.
 */
record KeyRoles(ColumnProperty versionId, ColumnProperty generatedKey, boolean uuids) {

    /** The column a column-mapping spec maps, or {@code null} for a relationship. */
    static Column column(PropertySpec spec) {
        if (spec instanceof ColumnSpec c) {
            return c.column();
        }
        if (spec instanceof VersionSpec v) {
            return v.column();
        }
        return spec instanceof UuidKeySpec u ? u.column() : null;
    }

    static KeyRoles of(Mapper mapper, List<PropertySpec> specs) {
        ColumnProperty version = null;
        ColumnProperty uuid = null;
        for (PropertySpec spec : specs) {
            if (spec instanceof VersionSpec v) {
                if (version != null) {
                    throw new MappingException(name(mapper, version) + " is the version counter already; map one column "
                            + "with versionId(...), not also " + v.column().table().name() + "." + v.column().name());
                }
                version = mapper.columnProperty(v.column());
                checkVersion(mapper, version);
            } else if (spec instanceof UuidKeySpec u) {
                uuid = mapper.columnProperty(u.column());
                checkUuid(mapper, uuid);
            }
        }
        ColumnProperty sequenced = null;
        for (ColumnProperty key : mapper.primaryKey()) {
            if (key.column().sequence() != null) {
                sequenced = key;
            }
        }
        if (uuid != null && sequenced != null || mapper.primaryKey().size() > 1 && (uuid != null || sequenced != null)) {
            throw new MappingException(mapper.type().getSimpleName() + " has a generated key on a primary key of "
                    + mapper.primaryKey().size() + " column(s)" + (uuid != null && sequenced != null ? ", by both uuidKey and a sequence" : "")
                    + "; a generated key (uuidKey(...) or column(...).sequence(...)) must be the table's only primary key column");
        }
        return new KeyRoles(version, uuid != null ? uuid : sequenced, uuid != null);
    }

    private static void checkVersion(Mapper mapper, ColumnProperty version) {
        Column column = version.column();
        SqlType.Kind kind = column.type().kind();
        if (kind != SqlType.Kind.INTEGER && kind != SqlType.Kind.BIGINT) {
            throw new MappingException(name(mapper, version) + " is mapped as the version counter, but column "
                    + column.table().name() + "." + column.name() + " is " + column.type()
                    + "; a version counter counts: declare the column INTEGER or BIGINT, or pass another column to versionId(...)");
        }
        if (column.isPrimaryKey()) {
            throw new MappingException(name(mapper, version) + " is mapped as the version counter, but column "
                    + column.table().name() + "." + column.name() + " is part of the primary key, which identifies the row; "
                    + "add a column of its own, such as column(\"version_id\", INTEGER).nullable(false), and pass that to versionId(...)");
        }
    }

    private static void checkUuid(Mapper mapper, ColumnProperty key) {
        Column column = key.column();
        if (!column.isPrimaryKey() || column.type().kind() != SqlType.Kind.UUID) {
            throw new MappingException(name(mapper, key) + " is mapped with uuidKey(...), but column " + column.table().name()
                    + "." + column.name() + " is " + (column.isPrimaryKey() ? "" : "not a primary key column and is ")
                    + column.type() + "; uuidKey generates primary keys: declare the column UUID and primaryKey(), "
                    + "or map it with columnProperty(...)");
        }
    }

    private static String name(Mapper mapper, ColumnProperty property) {
        return mapper.type().getSimpleName() + "." + property.key();
    }
}
