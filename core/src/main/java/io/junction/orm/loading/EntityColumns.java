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
    private final List<ColumnElement> columns;
    private final int offset;

    private EntityColumns(Mapper mapper, List<ColumnElement> columns, int offset) {
        this.mapper = mapper;
        this.columns = columns;
        this.offset = offset;
    }

    /** The mapper's columns as seen through {@code from}, starting at {@code offset} in the row. */
    static EntityColumns of(Mapper mapper, FromClause from, int offset) {
        List<ColumnElement> columns = new ArrayList<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            columns.add(from instanceof Alias alias ? alias.corresponding(property.column()) : property.column());
        }
        return new EntityColumns(mapper, List.copyOf(columns), offset);
    }

    Mapper mapper() {
        return mapper;
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
