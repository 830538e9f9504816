package io.junction.engine;

import io.junction.sql.compiler.DdlCompiler;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.SchemaExecutor;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Where connections come from: a JDBC URL (through {@code DriverManager}; credentials may ride in
 * the URL) or a {@link DataSource}, with the {@link Dialect} that writes the database's SQL and
 * the SQL echo. Built with {@code Engine.builder("jdbc:h2:mem:demo").echo(true).build()}. An
 * engine is thread-safe; its connections are not.
 */
public final class Engine implements SchemaExecutor {
    private final ConnectionSource source;
    private final Dialect dialect;
    private final Echo echo;
    private final int fetchSize;
    private final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();

    private Engine(ConnectionSource source, Dialect dialect, boolean echo, int fetchSize) {
        this.source = source;
        this.dialect = dialect;
        this.echo = new Echo(echo);
        this.fetchSize = fetchSize;
    }

    /** An engine for a JDBC URL such as {@code jdbc:postgresql://host/db?user=u&password=p} or {@code jdbc:h2:mem:demo}. */
    public static Builder builder(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Builder(ConnectionSource.url(jdbcUrl), jdbcUrl, null);
    }

    /** An engine for a data source; the dialect comes from the database's product name unless given. */
    public static Builder builder(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Builder(ConnectionSource.dataSource(dataSource), null, dataSource);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether statements are logged to the SLF4J logger {@code io.junction.sql}. */
    public boolean echo() {
        return echo.enabled();
    }

    /**
     * Opens a connection (autocommit off).
     *
     * @throws OperationalException if the database cannot be reached
     */
    public Connection connect() {
        java.sql.Connection jdbc;
        try {
            jdbc = source.open();
        } catch (SQLException e) {
            throw ExceptionTranslator.connectionFailure(e, source.description());
        }
        try {
            jdbc.setAutoCommit(false);
        } catch (SQLException e) {
            DatabaseException failure = ExceptionTranslator.connectionFailure(e, source.description());
            Resources.closeAfter(failure, jdbc);
            throw failure;
        }
        return new Connection(this, jdbc);
    }

    /** Registers a listener that sees every statement this engine's connections send. */
    public void addListener(ExecutionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(ExecutionListener listener) {
        listeners.remove(listener);
    }

    /** Creates the metadata's tables the database does not have yet, as {@link MetaData#createAll(SchemaExecutor)}. */
    public void createAll(MetaData metadata) {
        createAll(metadata, true);
    }

    /** Drops the metadata's tables the database has, as {@link MetaData#dropAll(SchemaExecutor)}. */
    public void dropAll(MetaData metadata) {
        dropAll(metadata, true);
    }

    /**
     * Creates the metadata's tables, constraints and indexes in one transaction, in foreign-key
     * order; with {@code checkFirst}, only the tables the connection's schema does not have yet.
     */
    @Override
    public void createAll(MetaData metadata, boolean checkFirst) {
        try (Connection connection = connect()) {
            DdlCompiler ddl = dialect.ddlCompiler();
            List<String> statements = checkFirst ? ddl.createStatements(metadata, table -> connection.hasTable(table.name()))
                    : ddl.createStatements(metadata);
            runDdl(connection, statements);
        }
    }

    /**
     * Drops the metadata's tables in one transaction, in reverse foreign-key order; with
     * {@code checkFirst}, each only if it exists.
     */
    @Override
    public void dropAll(MetaData metadata, boolean checkFirst) {
        try (Connection connection = connect()) {
            DdlCompiler ddl = dialect.ddlCompiler();
            runDdl(connection, checkFirst ? ddl.dropStatements(metadata) : ddl.dropStatementsUnchecked(metadata));
        }
    }

    @Override
    public void reflect(MetaData metadata, List<String> only) {
        try (Connection connection = connect()) {
            connection.reflect(metadata, only);
        }
    }

    private static void runDdl(Connection connection, List<String> statements) {
        for (String sql : statements) {
            connection.executeText(sql);
        }
        connection.commit();
    }

    /** Echoes the statement and tells the listeners, if there are any; called just before it is sent. */
    void emit(StatementContext context) {
        boolean echoing = echo.active();
        if (!echoing && listeners.isEmpty()) {
            return;
        }
        ExecutedStatement statement = context.executed();
        if (echoing) {
            echo.statement(statement);
        }
        for (ExecutionListener listener : listeners) {
            listener.onStatement(statement);
        }
    }

    /** Tells the listeners that the statement succeeded, with its row count ({@code -1} when unknown). */
    void emitResult(StatementContext context, int rowCount) {
        if (listeners.isEmpty()) {
            return;
        }
        ExecutedStatement statement = context.executed().withRowCount(rowCount);
        for (ExecutionListener listener : listeners) {
            listener.onResult(statement);
        }
    }

    Echo echoLog() {
        return echo;
    }

    int fetchSize() {
        return fetchSize;
    }

    @Override
    public String toString() {
        return "Engine(" + dialect.name() + ", " + source.description() + ")";
    }

    /** Configures an {@link Engine}. */
    public static final class Builder {
        private final ConnectionSource source;
        private final String url;
        private final DataSource dataSource;
        private boolean echo;
        private Dialect dialect;
        private int fetchSize;

        private Builder(ConnectionSource source, String url, DataSource dataSource) {
            this.source = source;
            this.url = url;
            this.dialect = null;
            this.dataSource = dataSource;
        }

        /** Logs every statement, its parameters and the transaction boundaries at INFO to {@code io.junction.sql}. */
        public Builder echo(boolean on) {
            this.echo = on;
            return this;
        }

        /** The dialect to use instead of the one the URL or the database names. */
        public Builder dialect(Dialect override) {
            this.dialect = Objects.requireNonNull(override, "dialect");
            return this;
        }

        /**
         * Rows fetched per round trip by queries (JDBC's fetch size); 0, the default, leaves it to
         * the driver. On PostgreSQL a positive size makes a query read through a cursor, which
         * lasts until the transaction ends: read the rows before {@code commit()}.
         */
        public Builder fetchSize(int rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("fetch size must not be negative, not " + rows);
            }
            this.fetchSize = rows;
            return this;
        }

        /**
         * The engine. Without a dialect given, a URL's prefix picks it, and a data source is asked
         * (one connection is opened) for its database's product name.
         */
        public Engine build() {
            Dialect chosen = dialect;
            if (chosen == null) {
                chosen = url != null ? Dialect.forUrl(url) : detect();
            }
            return new Engine(source, chosen, echo, fetchSize);
        }

        private Dialect detect() {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                return Dialect.forProductName(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw ExceptionTranslator.connectionFailure(e, source.description());
            }
        }
    }
}
