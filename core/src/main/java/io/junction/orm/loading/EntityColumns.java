package io.junction.orm.loading;

import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns that load one mapper's objects from a FROM clause (its table, or an alias of it),
 * in the mapper's column order, with their position in a result row.
 */
final class EntityColumns {
    private final Mapper mapper;
    private final List<ColumnProperty> properties;
    private final List<ColumnElement> columns;
    private final int[] keyPositions;
    private final int offset;

    private EntityColumns(Mapper mapper, List<ColumnProperty> properties, List<ColumnElement> columns, int offset) {
        this.mapper = mapper;
        this.properties = properties;
        this.columns = columns;
        this.offset = offset;
        List<ColumnProperty> key = mapper.primaryKey();
        this.keyPositions = new int[key.size()];
        for (int i = 0; i < keyPositions.length; i++) {
            keyPositions[i] = properties.indexOf(key.get(i));
        }
    }

    /** The mapper's columns as seen through {@code from}, starting at {@code offset} in the row. */
    static EntityColumns of(Mapper mapper, FromClause from, int offset) {
        List<ColumnProperty> properties = mapper.columnProperties();
        List<ColumnElement> columns = new ArrayList<>();
        for (ColumnProperty property : properties) {
            columns.add(from instanceof Alias alias ? alias.corresponding(property.column()) : property.column());
        }
        return new EntityColumns(mapper, properties, List.copyOf(columns), offset);
    }

    Mapper mapper() {
        return mapper;
    }

    /** The column properties the columns load, in the same order. */
    List<ColumnProperty> properties() {
        return properties;
    }

    /** The position of each primary key column among {@link #columns()}, in the mapper's key order. */
    int[] keyPositions() {
        return keyPositions;
    }

    /** The columns to select, in order. */
    List<ColumnElement> columns() {
        return columns;
    }

    /** The row position of the first column. */
    int offset() {
        return offset;
    }
}
