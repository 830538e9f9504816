package io.junction.sql.schema;

import io.junction.sql.expression.TableClause;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A database table declared in a {@link MetaData}: its columns, primary key, foreign keys,
 * unique constraints and indexes. Tables are immutable once declared.
 */
public final class Table extends TableClause {
    private final MetaData metadata;
    private final String name;
    private final Map<String, Column> columnsByName = new LinkedHashMap<>();
    private final List<Column> columns;
    private final List<Column> primaryKey;
    private final List<ForeignKey> foreignKeys;
    private final List<List<Column>> uniqueConstraints;
    private final List<Index> indexes;

    Table(MetaData metadata, String name, List<TableElement> elements) {
        this.metadata = metadata;
        this.name = name;
        List<String> compositeKey = null;
        for (TableElement element : elements) {
            if (element instanceof PrimaryKeySpec pk) {
                if (compositeKey != null) {
                    throw new IllegalArgumentException("table '" + name + "' declares its primary key twice");
                }
                compositeKey = pk.columns();
            }
        }
        boolean columnKeys = elements.stream().anyMatch(e -> e instanceof ColumnSpec c && c.primaryKey);
        if (compositeKey != null && columnKeys) {
            throw new IllegalArgumentException("table '" + name + "' declares primary key columns both with "
                    + "primaryKey(...) and on columns; use one of them");
        }
        for (TableElement element : elements) {
            if (element instanceof ColumnSpec spec) {
                if (columnsByName.containsKey(spec.name)) {
                    throw new IllegalArgumentException("table '" + name + "' declares column '" + spec.name + "' twice");
                }
                boolean pk = spec.primaryKey || (compositeKey != null && compositeKey.contains(spec.name));
                columnsByName.put(spec.name, new Column(this, spec, pk));
            }
        }
        this.columns = List.copyOf(columnsByName.values());
        List<Column> pk = new ArrayList<>();
        if (compositeKey != null) {
            for (String col : compositeKey) {
                pk.add(c(col));
            }
        } else {
            columns.stream().filter(Column::isPrimaryKey).forEach(pk::add);
        }
        this.primaryKey = List.copyOf(pk);

        List<ForeignKey> fks = new ArrayList<>();
        List<List<Column>> uniques = new ArrayList<>();
        List<Index> idx = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof ColumnSpec spec) {
                for (ForeignKeySpec fk : spec.foreignKeys) {
                    fks.add(new ForeignKey(this, fk));
                }
                if (spec.index) {
                    idx.add(new Index("ix_" + name + "_" + spec.name, this, List.of(c(spec.name))));
                }
            } else if (element instanceof ForeignKeySpec fk) {
                fks.add(new ForeignKey(this, fk));
            } else if (element instanceof UniqueSpec unique) {
                uniques.add(unique.columns().stream().map(this::c).toList());
            }
        }
        this.foreignKeys = List.copyOf(fks);
        this.uniqueConstraints = List.copyOf(uniques);
        this.indexes = List.copyOf(idx);
    }

    @Override
    public String name() {
        return name;
    }

    public MetaData metadata() {
        return metadata;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    /**
     * The column named {@code name}.
     *
     * @throws IllegalArgumentException naming the table and its columns when there is none
     */
    @Override
    public Column c(String columnName) {
        Column column = columnsByName.get(columnName);
        if (column == null) {
            throw new IllegalArgumentException(description() + " has no column '" + columnName + "'; its columns are "
                    + columns().stream().map(Column::name).collect(Collectors.joining(", ", "[", "]")));
        }
        return column;
    }

    @Override
    public boolean hasColumn(String columnName) {
        return columnsByName.containsKey(columnName);
    }

    @Override
    public List<Column> primaryKey() {
        return primaryKey;
    }

    public List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    /** The unique constraints over several columns (single-column ones are on {@link Column#isUnique()}). */
    public List<List<Column>> uniqueConstraints() {
        return uniqueConstraints;
    }

    public List<Index> indexes() {
        return indexes;
    }

    /** The tables this table's foreign keys reference, other than itself. */
    public List<Table> referencedTables() {
        List<Table> result = new ArrayList<>();
        for (ForeignKey fk : foreignKeys) {
            Table target = fk.referencedTable();
            if (target != this && !result.contains(target)) {
                result.add(target);
            }
        }
        return Collections.unmodifiableList(result);
    }
}
