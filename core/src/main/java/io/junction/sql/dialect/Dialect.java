package io.junction.sql.dialect;

import io.junction.sql.compiler.Compiled;
import io.junction.sql.compiler.DdlCompiler;
import io.junction.sql.compiler.IdentifierPreparer;
import io.junction.sql.compiler.SqlCompiler;
import io.junction.sql.compiler.SqlTemplate;
import io.junction.sql.expression.Shape;
import io.junction.sql.expression.Statement;

import io.junction.sql.expression.ValueType;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Sequence;
import io.junction.sql.schema.SqlType;

import java.sql.Array;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One database's SQL: its capabilities, its identifier rules, the compilers that write its
 * statements, and the execution hooks where databases differ (how a value is bound, how a result
 * label is read, how many rows one INSERT carries, which failure means the connection is gone).
 * Compiled text is cached by statement shape, so a statement shape is compiled once. Nothing
 * outside this package asks which database it is: it calls these hooks.
 */
public abstract class Dialect {
    private static final int CACHE_LIMIT = 4096;
    private static final int INSERT_MANY_VALUES_PAGE_SIZE = 1000;

    private final IdentifierPreparer preparer;
    private final Map<String, SqlTemplate> cache = new ConcurrentHashMap<>();

    protected Dialect(Set<String> reservedWords) {
        this.preparer = new IdentifierPreparer(reservedWords);
    }

    /** The dialect for a JDBC URL ({@code jdbc:postgresql:...}, {@code jdbc:h2:...}). */
    public static Dialect forUrl(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (url.startsWith("jdbc:h2:")) {
            return new H2Dialect();
        }
        throw new IllegalArgumentException("no Junction dialect for JDBC URL " + jdbcUrl
                + "; supported are jdbc:postgresql: and jdbc:h2:");
    }

    /** The dialect for a database product name as JDBC reports it ({@code PostgreSQL}, {@code H2}). */
    public static Dialect forProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return new PostgresDialect();
        }
        if (name.equals("h2")) {
            return new H2Dialect();
        }
        throw new IllegalArgumentException("no Junction dialect for database " + productName
                + "; supported are PostgreSQL and H2");
    }

    /** A short name, such as {@code postgresql}. */
    public abstract String name();

    /** Whether INSERT and UPDATE can return columns with {@code RETURNING}. */
    public abstract boolean supportsReturning();

    /** Whether one INSERT can carry several rows in its VALUES. */
    public abstract boolean supportsMultiRowValues();

    /** The most bind parameters one statement may carry. */
    public abstract int maxParameters();

    /**
     * The name JDBC's {@code getGeneratedKeys} expects for a column, which depends on how the
     * database stores unquoted names.
     */
    public String generatedKeyName(String column) {
        return storedName(column);
    }

    /** How the database's catalog spells a table or column name the compilers wrote: as written, by default. */
    protected String storedName(String identifier) {
        return identifier;
    }

    /**
     * Whether the connection's current schema has a table named {@code table}, read from the JDBC
     * catalog ({@code DatabaseMetaData.getTables}); {@code createAll} asks it before each CREATE.
     */
    public boolean hasTable(java.sql.Connection connection, String table) throws SQLException {
        DatabaseMetaData catalog = connection.getMetaData();
        String stored = storedName(table);
        try (ResultSet tables = catalog.getTables(connection.getCatalog(), connection.getSchema(),
                searchPattern(catalog, stored), null)) {
            while (tables.next()) {
                if (stored.equals(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A result column's label as the statement wrote it, from the label the driver reports: a
     * database that stores unquoted names in upper case gives them back in lower case.
     */
    public String normalizeName(String label) {
        return label;
    }

    /**
     * Whether a flush inserts rows whose keys the database generates as multi-row
     * {@code INSERT ... VALUES ... RETURNING} statements, rather than as a JDBC batch with generated keys.
     */
    public boolean useInsertManyValues() {
        return supportsReturning() && supportsMultiRowValues();
    }

    /** How many rows of {@code parametersPerRow} parameters one multi-row INSERT carries, at least one. */
    public int insertManyValuesPageSize(int parametersPerRow) {
        return Math.max(1, Math.min(INSERT_MANY_VALUES_PAGE_SIZE, maxParameters() / Math.max(1, parametersPerRow)));
    }

    /**
     * Binds a value to parameter {@code index} (from 1), a value as its column stores it (converted
     * already): a NULL with {@code setNull} and the JDBC type of its parameter ({@link Types#NULL}
     * when {@code type} is unknown); bytes with {@code setBytes}; an array's {@code List} as a JDBC
     * array of its element type; JSON as {@link #bindJson}; anything else with {@code setObject}.
     */
    public void bind(PreparedStatement statement, int index, Object value, ValueType type) throws SQLException {
        if (value == null) {
            statement.setNull(index, type == null ? Types.NULL : type.jdbcType());
            return;
        }
        SqlType.Kind kind = type instanceof SqlType sqlType ? sqlType.kind() : null;
        if (kind == SqlType.Kind.BINARY && value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else if (kind == SqlType.Kind.ARRAY && value instanceof Collection<?> list) {
            SqlType element = ((SqlType) type).element();
            statement.setArray(index, statement.getConnection().createArrayOf(arrayElementName(element), list.toArray()));
        } else if ((kind == SqlType.Kind.JSON || kind == SqlType.Kind.JSONB) && value instanceof String json) {
            bindJson(statement, index, json);
        } else {
            statement.setObject(index, value);
        }
    }

    /** Binds JSON text so that the database parses it as JSON (not as a JSON string). */
    protected abstract void bindJson(PreparedStatement statement, int index, String json) throws SQLException;

    /** The element type name JDBC's {@code createArrayOf} takes for an array of {@code element}. */
    protected String arrayElementName(SqlType element) {
        return switch (element.kind()) {
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case SMALLINT -> "smallint";
            case REAL -> "real";
            case DOUBLE -> "float8";
            case BOOLEAN -> "boolean";
            case NUMERIC -> "numeric";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMP_TZ -> "timestamptz";
            case UUID -> "uuid";
            default -> "varchar";
        };
    }

    /**
     * Reads column {@code index} (from 1) of the current row as {@code type} says: by the column's
     * Java type ({@code getObject(index, javaType)}; bytes with {@code getBytes}, JSON and native enums
     * with {@code getString}, an array as an unmodifiable {@code List}), then through the type's converter.
     */
    public Object read(ResultSet resultSet, int index, ValueType type) throws SQLException {
        if (type == null) {
            return resultSet.getObject(index);
        }
        if (!(type instanceof SqlType sqlType)) {
            return resultSet.getObject(index, type.javaType());
        }
        Object value = switch (sqlType.kind()) {
            case BINARY -> resultSet.getBytes(index);
            case JSON, JSONB, ENUM -> resultSet.getString(index);
            case ARRAY -> readArray(resultSet, index);
            default -> resultSet.getObject(index, sqlType.columnJavaType());
        };
        return sqlType.fromDatabase(value);
    }

    private static List<Object> readArray(ResultSet resultSet, int index) throws SQLException {
        Array array = resultSet.getArray(index);
        if (array == null) {
            return null;
        }
        try {
            return Collections.unmodifiableList(Arrays.asList((Object[]) array.getArray()));
        } finally {
            array.free();
        }
    }

    /**
     * Whether {@code failure} says the connection is gone: SQLState class 08 (connection exception)
     * or JDBC's connection exception classes, anywhere in the chain of next exceptions.
     */
    public boolean isDisconnect(SQLException failure) {
        for (SQLException each = failure; each != null; each = each.getNextException()) {
            String state = each.getSQLState();
            if (state != null && isDisconnectState(state)
                    || each instanceof SQLNonTransientConnectionException || each instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database at {@code jdbcUrl} exists only while a connection to it is open (an
     * in-memory database), so that an engine must hold one for as long as it lives.
     */
    public boolean databaseLivesWithConnections(String jdbcUrl) {
        return false;
    }

    /** Whether an SQLState says the connection is gone. */
    protected boolean isDisconnectState(String sqlState) {
        return sqlState.startsWith("08");
    }

    /**
     * Reads tables of the connection's current schema from the catalog into {@code metadata}: those
     * named in {@code only} (every table when empty) and the tables their foreign keys refer to,
     * skipping tables the metadata declares already; returns the names it declared.
     */
    public List<String> reflect(java.sql.Connection connection, MetaData metadata, List<String> only) throws SQLException {
        return new CatalogReader(this, connection).reflect(metadata, only);
    }

    /**
     * The update or delete rule JDBC's catalog reports for a foreign key declared without one
     * ({@code DatabaseMetaData.importedKeyNoAction}, by default); reflection leaves it out.
     */
    protected int defaultForeignKeyRule() {
        return DatabaseMetaData.importedKeyNoAction;
    }

    /** {@code name} as a catalog search pattern that matches only itself. */
    static String searchPattern(DatabaseMetaData catalog, String name) throws SQLException {
        String escape = catalog.getSearchStringEscape();
        return escape == null || escape.isEmpty() ? name
                : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /** The SQL that gives the next value of {@code sequence} as the one column of a SELECT: {@code nextval('parent_seq')}. */
    public String nextValue(Sequence sequence) {
        return "nextval('" + preparer.quote(sequence.name()).replace("'", "''") + "')";
    }

    IdentifierPreparer identifierPreparer() {
        return preparer;
    }

    /** A new compiler for one statement. */
    protected abstract SqlCompiler newCompiler(IdentifierPreparer preparer);

    /** A new DDL compiler. */
    public abstract DdlCompiler ddlCompiler();

    /** Compiles {@code statement}, reusing the text of an earlier statement of the same shape. */
    public Compiled compile(Statement statement) {
        if (statement.compiledBy(this) instanceof Compiled previous) {
            return previous;
        }
        Shape shape = Shape.of(statement);
        String key = shape.key();
        SqlTemplate template = cache.get(key);
        if (template == null) {
            template = newCompiler(preparer).compile(statement, shape);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, template);
        }
        Compiled compiled = new Compiled(statement, template, shape.binds());
        statement.compiledBy(this, compiled);
        return compiled;
    }

    /** How many compiled shapes are cached. */
    public int cachedShapes() {
        return cache.size();
    }

    @Override
    public String toString() {
        return name();
    }
}
