package io.junction.sql.dialect;

import io.junction.sql.schema.ColumnSpec;
import io.junction.sql.schema.ForeignKeySpec;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Schema;
import io.junction.sql.schema.SqlType;
import io.junction.sql.schema.TableElement;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads tables of the connection's current schema from JDBC's catalog into a {@link MetaData}:
 * columns with their types and nullability, primary keys, and foreign keys (whose referenced
 * tables are read too), as SQLAlchemy's {@code MetaData.reflect}. Names come back as the
 * compilers would write them, through the dialect's stored-name rule.
 */
final class CatalogReader {
    private static final int UNLIMITED = 1_000_000_000;

    private final Dialect dialect;
    private final Connection connection;
    private final DatabaseMetaData catalog;
    private final String schema;

    CatalogReader(Dialect dialect, Connection connection) throws SQLException {
        this.dialect = dialect;
        this.connection = connection;
        this.catalog = connection.getMetaData();
        this.schema = connection.getSchema();
    }

    /** Declares in {@code metadata} the tables named in {@code only} (every table when empty) and those they refer to. */
    List<String> reflect(MetaData metadata, List<String> only) throws SQLException {
        Deque<String> pending = new ArrayDeque<>(only.isEmpty() ? tableNames() : only);
        Set<String> seen = new LinkedHashSet<>();
        List<String> declared = new ArrayList<>();
        while (!pending.isEmpty()) {
            String table = pending.poll();
            if (!seen.add(table) || metadata.hasTable(table)) {
                continue;
            }
            if (!dialect.hasTable(connection, table)) {
                throw new IllegalArgumentException("reflect: no table '" + table + "' in schema " + schema
                        + "; its tables are " + tableNames());
            }
            List<ForeignKeySpec> foreignKeys = foreignKeys(table, pending);
            List<TableElement> elements = new ArrayList<>(columns(table));
            elements.addAll(foreignKeys);
            metadata.table(table, elements.toArray(TableElement[]::new));
            declared.add(table);
        }
        return declared;
    }

    private List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = catalog.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(dialect.normalizeName(rows.getString("TABLE_NAME")));
            }
        }
        return names;
    }

    private List<TableElement> columns(String table) throws SQLException {
        List<String> primaryKey = primaryKey(table);
        List<TableElement> columns = new ArrayList<>();
        try (ResultSet rows = catalog.getColumns(connection.getCatalog(), schema,
                Dialect.searchPattern(catalog, dialect.storedName(table)), "%")) {
            while (rows.next()) {
                if (!dialect.storedName(table).equals(rows.getString("TABLE_NAME"))) {
                    continue;
                }
                String name = dialect.normalizeName(rows.getString("COLUMN_NAME"));
                SqlType type = type(table, name, rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"),
                        rows.getInt("COLUMN_SIZE"), rows.getInt("DECIMAL_DIGITS"));
                ColumnSpec column = Schema.column(name, type)
                        .nullable(rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls)
                        .autoincrement("YES".equals(rows.getString("IS_AUTOINCREMENT")));
                if (primaryKey.size() == 1 && primaryKey.get(0).equals(name)) {
                    column = column.primaryKey();
                }
                columns.add(column);
            }
        }
        if (primaryKey.size() > 1) {
            columns.add(Schema.primaryKey(primaryKey.toArray(String[]::new)));
        }
        return columns;
    }

    private List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rows = catalog.getPrimaryKeys(connection.getCatalog(), schema, dialect.storedName(table))) {
            while (rows.next()) {
                bySequence.put(rows.getInt("KEY_SEQ"), dialect.normalizeName(rows.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(bySequence.values());
    }

    /** One column pair of a foreign key as the catalog lists it. */
    private record KeyColumn(int sequence, String local, String target, String remote, short onUpdate, short onDelete) {
    }

    private List<ForeignKeySpec> foreignKeys(String table, Deque<String> pending) throws SQLException {
        Map<String, List<KeyColumn>> byName = new LinkedHashMap<>();
        try (ResultSet rows = catalog.getImportedKeys(connection.getCatalog(), schema, dialect.storedName(table))) {
            while (rows.next()) {
                byName.computeIfAbsent(rows.getString("FK_NAME"), n -> new ArrayList<>()).add(new KeyColumn(
                        rows.getShort("KEY_SEQ"), dialect.normalizeName(rows.getString("FKCOLUMN_NAME")),
                        dialect.normalizeName(rows.getString("PKTABLE_NAME")),
                        dialect.normalizeName(rows.getString("PKCOLUMN_NAME")),
                        rows.getShort("UPDATE_RULE"), rows.getShort("DELETE_RULE")));
            }
        }
        List<ForeignKeySpec> specs = new ArrayList<>();
        for (Map.Entry<String, List<KeyColumn>> key : byName.entrySet()) {
            List<KeyColumn> pairs = new ArrayList<>(key.getValue());
            pairs.sort((a, b) -> Integer.compare(a.sequence(), b.sequence()));
            KeyColumn first = pairs.get(0);
            pending.add(first.target());
            ForeignKeySpec spec = Schema.foreignKey(pairs.stream().map(KeyColumn::local).toList(), first.target(),
                            pairs.stream().map(KeyColumn::remote).toList())
                    .onUpdate(action(first.onUpdate())).onDelete(action(first.onDelete()));
            specs.add(key.getKey() == null ? spec : spec.named(dialect.normalizeName(key.getKey())));
        }
        return specs;
    }

    /** The action a rule names, or {@code null} for the database's default (no clause in the DDL). */
    private ReferentialAction action(short rule) {
        if (rule == dialect.defaultForeignKeyRule()) {
            return null;
        }
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }

    private static SqlType type(String table, String column, int jdbcType, String typeName, int size, int digits) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        switch (name) {
            case "uuid" -> {
                return SqlType.UUID;
            }
            case "text" -> {
                return SqlType.TEXT;
            }
            case "json" -> {
                return SqlType.JSON;
            }
            case "jsonb" -> {
                return SqlType.JSONB;
            }
            case "timestamptz", "timestamp with time zone" -> {
                return SqlType.TIMESTAMP_TZ;
            }
            default -> {
            }
        }
        SqlType type = switch (jdbcType) {
            case Types.INTEGER -> SqlType.INTEGER;
            case Types.SMALLINT, Types.TINYINT -> SqlType.SMALLINT;
            case Types.BIGINT -> SqlType.BIGINT;
            case Types.REAL -> SqlType.REAL;
            case Types.DOUBLE, Types.FLOAT -> SqlType.DOUBLE;
            case Types.BOOLEAN, Types.BIT -> SqlType.BOOLEAN;
            case Types.DATE -> SqlType.DATE;
            case Types.TIME -> SqlType.TIME;
            case Types.TIMESTAMP -> SqlType.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> SqlType.TIMESTAMP_TZ;
            case Types.VARCHAR, Types.NVARCHAR, Types.CHAR, Types.NCHAR ->
                    size <= 0 || size >= UNLIMITED ? SqlType.TEXT : Schema.string(size);
            case Types.CLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> SqlType.TEXT;
            case Types.NUMERIC, Types.DECIMAL -> Schema.numeric(size, Math.max(digits, 0));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> SqlType.BINARY;
            case Types.ARRAY -> arrayOf(name);
            default -> null;
        };
        if (type == null) {
            throw new IllegalArgumentException("reflect: column " + table + "." + column + " has the type "
                    + typeName + ", which Junction does not map yet; declare the table yourself with metadata.table(...),"
                    + " or reflect only the tables you need: metadata.reflect(engine, \"a\", \"b\")");
        }
        return type;
    }

    /** An array of text or integers, by PostgreSQL's ({@code _text}, {@code _int4}) or H2's ({@code INTEGER ARRAY}) type name; else {@code null}. */
    private static SqlType arrayOf(String typeName) {
        String element = typeName.startsWith("_") ? typeName.substring(1)
                : typeName.endsWith(" array") ? typeName.substring(0, typeName.length() - " array".length()) : "";
        return switch (element) {
            case "text", "varchar", "character varying" -> Schema.array(SqlType.TEXT);
            case "int4", "integer" -> Schema.array(SqlType.INTEGER);
            case "int8", "bigint" -> Schema.array(SqlType.BIGINT);
            default -> null;
        };
    }
}
