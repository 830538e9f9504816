package io.junction.sql.compiler;

import io.junction.sql.schema.Column;
import io.junction.sql.schema.ForeignKey;
import io.junction.sql.schema.Index;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Sequence;
import io.junction.sql.schema.SqlType;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Writes CREATE and DROP statements for a {@link MetaData}, in foreign-key order. Foreign keys
 * that close a cycle between tables are added by {@code ALTER TABLE} after every table exists and
 * dropped before any table goes. Type names and identity columns are hooks for dialects.
 */
public class DdlCompiler {
    private final IdentifierPreparer preparer;

    public DdlCompiler(IdentifierPreparer preparer) {
        this.preparer = preparer;
    }

    /** Every statement that creates the metadata's tables, constraints and indexes, in order. */
    public List<String> createStatements(MetaData metadata) {
        return createStatements(metadata, table -> false, false);
    }

    /**
     * The statements that create the metadata's tables for which {@code exists} is false, with their
     * indexes and the cyclic foreign keys they hold, in order.
     */
    public List<String> createStatements(MetaData metadata, Predicate<Table> exists) {
        return createStatements(metadata, exists, true);
    }

    private List<String> createStatements(MetaData metadata, Predicate<Table> exists, boolean checkFirst) {
        List<ForeignKey> deferred = metadata.cyclicForeignKeys();
        List<Table> created = new ArrayList<>();
        List<String> statements = new ArrayList<>(createTypes(metadata.sortedTables().stream().filter(exists.negate()).toList(), checkFirst));
        for (Sequence sequence : metadata.sequences()) {
            statements.add(createSequence(sequence, checkFirst));
        }
        for (Table table : metadata.sortedTables()) {
            if (exists.test(table)) {
                continue;
            }
            created.add(table);
            statements.add(createTable(table, deferred));
            for (Index index : table.indexes()) {
                statements.add(createIndex(index));
            }
        }
        for (ForeignKey fk : deferred) {
            if (created.contains(fk.table())) {
                statements.add(addForeignKey(fk));
            }
        }
        return statements;
    }

    /** Every statement that drops the metadata's tables, in reverse order, cyclic foreign keys first, then its sequences, each only if it exists. */
    public List<String> dropStatements(MetaData metadata) {
        List<String> statements = new ArrayList<>();
        for (ForeignKey fk : metadata.cyclicForeignKeys()) {
            statements.add(dropForeignKey(fk));
        }
        for (Table table : reversed(metadata)) {
            statements.add(dropTable(table));
        }
        for (Sequence sequence : metadata.sequences()) {
            statements.add("DROP SEQUENCE IF EXISTS " + quote(sequence.name()));
        }
        statements.addAll(dropTypes(metadata.sortedTables(), true));
        return statements;
    }

    /** The statements that drop the metadata's tables unconditionally, cyclic foreign keys first: a missing table fails. */
    public List<String> dropStatementsUnchecked(MetaData metadata) {
        List<String> statements = new ArrayList<>();
        for (ForeignKey fk : metadata.cyclicForeignKeys()) {
            statements.add("ALTER TABLE " + quote(fk.table().name()) + " DROP CONSTRAINT " + quote(fk.name()));
        }
        for (Table table : reversed(metadata)) {
            statements.add("DROP TABLE " + quote(table.name()));
        }
        for (Sequence sequence : metadata.sequences()) {
            statements.add("DROP SEQUENCE " + quote(sequence.name()));
        }
        statements.addAll(dropTypes(metadata.sortedTables(), false));
        return statements;
    }

    /**
     * The statements that create the named types the columns of {@code tables} use, before the
     * tables (leaving a type that exists alone when {@code checkFirst}); none by default.
     */
    protected List<String> createTypes(List<Table> tables, boolean checkFirst) {
        return List.of();
    }

    /** The statements that drop the named types the columns of {@code tables} use, after the tables ({@code IF EXISTS} when {@code checked}); none by default. */
    protected List<String> dropTypes(List<Table> tables, boolean checked) {
        return List.of();
    }

    private static List<Table> reversed(MetaData metadata) {
        List<Table> tables = new ArrayList<>(metadata.sortedTables());
        Collections.reverse(tables);
        return tables;
    }

    String createTable(Table table, List<ForeignKey> deferred) {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(table.name())).append(" (");
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(columnDefinition(column));
        }
        if (!table.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + columnList(table.primaryKey()) + ")");
        }
        for (List<Column> unique : table.uniqueConstraints()) {
            parts.add("UNIQUE (" + columnList(unique) + ")");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (!deferred.contains(fk)) {
                parts.add(foreignKeyClause(fk));
            }
        }
        ddl.append("\n\t").append(String.join(", \n\t", parts)).append("\n)");
        return ddl.toString();
    }

    protected String columnDefinition(Column column) {
        StringBuilder definition = new StringBuilder(quote(column.name())).append(' ').append(typeName(column.type()));
        if (column.isAutoincrement()) {
            definition.append(' ').append(identityClause(column));
        }
        if (column.serverDefault() != null) {
            definition.append(" DEFAULT ").append(column.serverDefault());
        }
        if (!column.isNullable()) {
            definition.append(" NOT NULL");
        }
        if (column.isUnique()) {
            definition.append(" UNIQUE");
        }
        return definition.toString();
    }

    /** The SQL name of a type. */
    protected String typeName(SqlType type) {
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case VARCHAR -> type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case NUMERIC -> type.length() == null ? "NUMERIC" : "NUMERIC(" + type.length() + ", " + type.scale() + ")";
            case SMALLINT -> "SMALLINT";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            case UUID -> "UUID";
            case BINARY -> "VARBINARY";
            case JSON -> "JSON";
            case JSONB -> "JSONB";
            case ENUM -> quote(type.enumName());
            case ARRAY -> typeName(type.element()) + "[]";
        };
    }

    /** The native enum types the columns of {@code tables} use, each once, in the order first met. */
    protected static List<SqlType> enumTypes(List<Table> tables) {
        List<SqlType> types = new ArrayList<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                SqlType type = column.type();
                if (type.kind() == SqlType.Kind.ENUM && types.stream().noneMatch(t -> t.enumName().equals(type.enumName()))) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    /** The labels of a native enum type as a list of SQL string literals: {@code 'A', 'B'}. */
    protected static String enumLabels(SqlType type) {
        List<String> literals = new ArrayList<>();
        for (String label : type.labels()) {
            literals.add("'" + label.replace("'", "''") + "'");
        }
        return String.join(", ", literals);
    }

    /** What makes a column generate its values. */
    protected String identityClause(Column column) {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    protected String foreignKeyClause(ForeignKey fk) {
        StringBuilder clause = new StringBuilder("FOREIGN KEY(").append(columnList(fk.columns())).append(") REFERENCES ")
                .append(quote(fk.referencedTable().name())).append(" (").append(columnList(fk.referencedColumns())).append(')');
        if (fk.onUpdate() != null) {
            clause.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.onDelete() != null) {
            clause.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        String deferrability = deferrabilityClause(fk);
        if (!deferrability.isEmpty()) {
            clause.append(' ').append(deferrability);
        }
        return clause.toString();
    }

    /** {@code DEFERRABLE INITIALLY DEFERRED} and the like, or empty. */
    protected String deferrabilityClause(ForeignKey fk) {
        return fk.deferral().sql();
    }

    String addForeignKey(ForeignKey fk) {
        return "ALTER TABLE " + quote(fk.table().name()) + " ADD CONSTRAINT " + quote(fk.name()) + " "
                + foreignKeyClause(fk);
    }

    String dropForeignKey(ForeignKey fk) {
        return "ALTER TABLE IF EXISTS " + quote(fk.table().name()) + " DROP CONSTRAINT IF EXISTS " + quote(fk.name());
    }

    String createIndex(Index index) {
        return "CREATE INDEX " + quote(index.name()) + " ON " + quote(index.table().name()) + " ("
                + columnList(index.columns()) + ")";
    }

    /** {@code CREATE SEQUENCE}; with {@code checkFirst}, {@code IF NOT EXISTS}, as tables the database has are left alone. */
    String createSequence(Sequence sequence, boolean checkFirst) {
        return "CREATE SEQUENCE " + (checkFirst ? "IF NOT EXISTS " : "") + quote(sequence.name()) + " START WITH "
                + sequence.start() + " INCREMENT BY " + sequence.increment();
    }

    String dropTable(Table table) {
        return "DROP TABLE IF EXISTS " + quote(table.name());
    }

    protected String quote(String identifier) {
        return preparer.quote(identifier);
    }

    private String columnList(List<Column> columns) {
        List<String> names = new ArrayList<>(columns.size());
        for (Column column : columns) {
            names.add(quote(column.name()));
        }
        return String.join(", ", names);
    }
}
