package io.junction.orm.unitofwork;

import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.expression.BindParameter;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Insert;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.Statement;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The INSERT, UPDATE and DELETE statements of one flush, built once per (mapper, column set) and,
 * for a multi-row INSERT, per row count; each with the {@link RowLayout} that reads its parameter
 * values from the objects. A statement reused keeps its compiled text too.
 */
final class FlushStatements {
    /** A statement and how its rows bind. */
    record Write(Statement statement, RowLayout layout) {
    }

    private enum Kind { INSERT, INSERT_RETURNING, UPDATE, DELETE }

    private record Key(Kind kind, Mapper mapper, List<ColumnProperty> columns) {
    }

    private record PageKey(Mapper mapper, List<ColumnProperty> columns, int rows) {
    }

    private final UnitOfWork uow;
    private final Map<Key, Write> writes = new HashMap<>();
    private final Map<PageKey, ManyRowInsert> pages = new HashMap<>();

    FlushStatements(UnitOfWork uow) {
        this.uow = uow;
    }

    /** {@code INSERT INTO t (columns) VALUES (...)}, returning {@code generated} when not null. */
    Write insert(Mapper mapper, List<ColumnProperty> columns, ColumnProperty generated) {
        Kind kind = generated == null ? Kind.INSERT : Kind.INSERT_RETURNING;
        return writes.computeIfAbsent(new Key(kind, mapper, columns), key -> {
            RowLayout layout = RowLayout.of(uow, columns, List.of(), RowLayout.Source.ROW_KEY);
            Map<Column, BindParameter> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i).column(), layout.bind(i));
            }
            Insert insert = Sql.insert(mapper.table()).values(values);
            return new Write(generated == null ? insert : insert.returning(generated.column()), layout);
        });
    }

    /** The multi-row INSERT of {@code rows} rows of {@code columns}, returning {@code generated}. */
    ManyRowInsert insertMany(Mapper mapper, List<ColumnProperty> columns, ColumnProperty generated, int rows) {
        return pages.computeIfAbsent(new PageKey(mapper, columns, rows),
                key -> new ManyRowInsert(mapper.table(), columns, generated, rows));
    }

    /** {@code UPDATE t SET columns WHERE key [AND version]}, the key as the rows have it (or as the database cascaded it). */
    Write update(Mapper mapper, List<ColumnProperty> columns) {
        return writes.computeIfAbsent(new Key(Kind.UPDATE, mapper, columns), key -> {
            RowLayout layout = RowLayout.of(uow, columns, mapper.primaryKey(), RowLayout.Source.FOLLOWED_KEY, mapper.versionId());
            Map<Column, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i).column(), layout.bind(i));
            }
            return new Write(Sql.update(mapper.table()).set(values).where(keyCriteria(mapper, layout, columns.size())), layout);
        });
    }

    /** {@code DELETE FROM t WHERE key}. */
    Write delete(Mapper mapper) {
        return writes.computeIfAbsent(new Key(Kind.DELETE, mapper, List.of()), key -> {
            RowLayout layout = RowLayout.of(uow, List.of(), mapper.primaryKey(), RowLayout.Source.ROW_KEY, mapper.versionId());
            return new Write(Sql.delete(mapper.table()).where(keyCriteria(mapper, layout, 0)), layout);
        });
    }

    /**
     * {@code pk_0 = ? AND pk_1 = ? ...}: the WHERE clause that finds a row by its identity key, and
     * for a versioned mapper by the version the row holds ({@code AND version_id = ?}).
     */
    private static ColumnElement keyCriteria(Mapper mapper, RowLayout layout, int first) {
        List<ColumnProperty> pk = mapper.primaryKey();
        List<ColumnElement> criteria = new ArrayList<>(pk.size() + 1);
        for (int i = 0; i < pk.size(); i++) {
            criteria.add(pk.get(i).column().eq(layout.bind(first + i)));
        }
        if (mapper.versionId() != null) {
            criteria.add(mapper.versionId().column().eq(layout.bind(first + pk.size())));
        }
        return Sql.and(criteria);
    }
}
