package io.junction.engine;

import io.junction.sql.compiler.DdlCompiler;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.SchemaExecutor;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Where connections come from — a pool over a JDBC URL (HikariCP, the default), new connections
 * to a URL ({@code .pool(false)}), or a {@link DataSource} of the user's — with the {@link Dialect}
 * that writes the database's SQL, the isolation level, and the SQL log. Built with
 * {@code Engine.builder("jdbc:h2:mem:demo").build()}; {@link #close()} closes its pool. An engine
 * is thread-safe and meant to be shared; its connections are not.
 */
public final class Engine implements SchemaExecutor, AutoCloseable {
    private final ConnectionSource source;
    private final Dialect dialect;
    private final Echo echo;
    private final int fetchSize;
    private final IsolationLevel isolation;
    private final boolean sourceSetsIsolation;
    private final java.sql.Connection keeper;
    private final int prePingSeconds;
    private final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private Engine(ConnectionSource source, Dialect dialect, Echo echo, int fetchSize, IsolationLevel isolation,
                   java.sql.Connection keeper, int prePingSeconds) {
        this.prePingSeconds = prePingSeconds;
        this.source = source;
        this.dialect = dialect;
        this.echo = echo;
        this.fetchSize = fetchSize;
        this.isolation = isolation;
        this.sourceSetsIsolation = source instanceof PooledSource;
        this.keeper = keeper;
    }

    /** An engine for a JDBC URL such as {@code jdbc:postgresql://host/db?user=u&password=p} or {@code jdbc:h2:mem:demo}. */
    public static Builder builder(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Builder(jdbcUrl, null);
    }

    /** An engine for a data source; the dialect comes from the database's product name unless given. */
    public static Builder builder(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Builder(null, dataSource);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether {@code echo(true)} was given: statements and parameters are logged to {@code io.junction.sql} at INFO. */
    public boolean echo() {
        return echo.forced();
    }

    /** The isolation level of this engine's connections, or {@code null} for the database's default. */
    public IsolationLevel isolationLevel() {
        return isolation;
    }

    /** Whether connections come from the engine's own pool. */
    public boolean pooled() {
        return source instanceof PooledSource;
    }

    /**
     * Takes a connection (autocommit off) from the pool, or opens one; closing the
     * {@link Connection} gives it back.
     *
     * @throws OperationalException if the database cannot be reached (with a pool: within its connection timeout)
     * @throws IllegalStateException if the engine is closed
     */
    public Connection connect() {
        if (closed) {
            throw new IllegalStateException("this engine is closed; build a new Engine");
        }
        java.sql.Connection jdbc = open();
        try {
            if (jdbc.getAutoCommit()) {
                jdbc.setAutoCommit(false);
            }
            if (isolation != null && !sourceSetsIsolation) {
                jdbc.setTransactionIsolation(isolation.jdbcLevel());
            }
        } catch (SQLException e) {
            DatabaseException failure = ExceptionTranslator.connectionFailure(e, source.description());
            Resources.closeAfter(failure, jdbc);
            throw failure;
        }
        return new Connection(this, jdbc);
    }

    /**
     * A connection from the source; with pre-ping, one that answers JDBC's {@code isValid}: a dead
     * one is discarded (with its idle peers) and another taken.
     */
    private java.sql.Connection open() {
        try {
            java.sql.Connection jdbc = source.open();
            if (prePingSeconds > 0 && !jdbc.isValid(prePingSeconds)) {
                source.discard(jdbc);
                jdbc = source.open();
            }
            return jdbc;
        } catch (SQLException e) {
            throw ExceptionTranslator.connectionFailure(e, source.description());
        }
    }

    /** Gives a connection back: to the pool, or closed; a dead one is discarded (with a pool, its idle peers too). */
    void release(java.sql.Connection jdbc, boolean lost) throws SQLException {
        if (lost) {
            source.discard(jdbc);
        } else {
            source.release(jdbc);
        }
    }

    /**
     * Closes the engine's pool, and with it every idle connection (connections still in use close
     * when given back); a connection to an in-memory database held for the engine's lifetime is
     * closed too. A data source given to {@link #builder(DataSource)} is the caller's and stays
     * open. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            source.close();
        } finally {
            if (keeper != null) {
                Resources.closeAll(keeper);
            }
        }
    }

    public boolean isClosed() {
        return closed;
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

    private void runDdl(Connection connection, List<String> statements) {
        for (String sql : statements) {
            connection.executeText(sql);
        }
        connection.commit();
        if (!statements.isEmpty()) {
            source.schemaChanged();
        }
    }

    /**
     * Logs the statement and tells the listeners, if there are any, and starts its clock when its
     * duration is logged or checked against the slow-statement threshold; called just before it is sent.
     */
    void emit(StatementContext context) {
        echo.start(context);
        if (!context.logged() && listeners.isEmpty()) {
            return;
        }
        ExecutedStatement statement = context.executed();
        if (context.logged()) {
            echo.statement(statement);
        }
        for (ExecutionListener listener : listeners) {
            listener.onStatement(statement);
        }
    }

    /**
     * Logs the statement's duration or warns that it was slow, and tells the listeners that it
     * succeeded, with its row count ({@code -1} when unknown).
     */
    void emitResult(StatementContext context, int rowCount) {
        if (context.timed()) {
            echo.finished(context, rowCount);
        }
        if (listeners.isEmpty()) {
            return;
        }
        ExecutedStatement statement = context.executed().withRowCount(rowCount);
        for (ExecutionListener listener : listeners) {
            listener.onResult(statement);
        }
    }

    /** Tells the listeners of a transaction boundary: {@code BEGIN (implicit)}, {@code COMMIT} or {@code ROLLBACK}. */
    void emitTransaction(String command) {
        for (ExecutionListener listener : listeners) {
            listener.onTransaction(command);
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
        private final String url;
        private final DataSource dataSource;
        private Boolean echo;
        private Duration slowThreshold;
        private Dialect dialect;
        private int fetchSize;
        private boolean pool = true;
        private PoolSettings poolSettings = PoolSettings.DEFAULT;
        private IsolationLevel isolation;
        private boolean prePing = true;

        private Builder(String url, DataSource dataSource) {
            this.url = url;
            this.dataSource = dataSource;
        }

        /**
         * {@code true}: logs every statement, its parameters and the transaction boundaries at INFO
         * to {@code io.junction.sql}. {@code false}: logs no statement, whatever the logger's level.
         * Not called: the logger's level decides — INFO logs statements and transaction boundaries,
         * DEBUG also parameters and each statement's duration and row count.
         */
        public Builder echo(boolean on) {
            this.echo = on;
            return this;
        }

        /**
         * Statements that take longer than {@code threshold} (a query: until its result is read or
         * closed) are logged with their duration as a WARN to {@code io.junction.sql.slow}. Off by default.
         */
        public Builder slowStatementThreshold(Duration threshold) {
            if (threshold.isNegative()) {
                throw new IllegalArgumentException("slow-statement threshold must not be negative, not " + threshold);
            }
            this.slowThreshold = threshold;
            return this;
        }

        /**
         * Whether a URL's connections are pooled (the default, HikariCP): {@code false} opens a new
         * physical connection for each {@link Engine#connect()} and closes it with the connection.
         * Not for an engine over a data source, whose pooling is the data source's.
         */
        public Builder pool(boolean on) {
            requireUrl("pool");
            this.pool = on;
            return this;
        }

        /** The most connections the pool opens (default 10); more callers wait up to the connection timeout. */
        public Builder poolSize(int size) {
            requireUrl("poolSize");
            this.poolSettings = poolSettings.withSize(size);
            return this;
        }

        /** Idle connections the pool keeps open even when unused (default 0: opened on demand). */
        public Builder minimumIdle(int connections) {
            requireUrl("minimumIdle");
            this.poolSettings = poolSettings.withMinimumIdle(connections);
            return this;
        }

        /** How long {@code connect()} waits for a pooled connection before failing (default 30 s; at least 250 ms). */
        public Builder connectionTimeout(Duration timeout) {
            requireUrl("connectionTimeout");
            this.poolSettings = poolSettings.withConnectionTimeout(timeout);
            return this;
        }

        /**
         * How long the pool waits for JDBC's {@code isValid} on a connection that was idle before
         * handing it out (default 5 s; at least 250 ms, less than the connection timeout). A
         * connection that fails the check (the server restarted) is replaced by a new one.
         */
        public Builder validationTimeout(Duration timeout) {
            requireUrl("validationTimeout");
            this.poolSettings = poolSettings.withValidationTimeout(timeout);
            return this;
        }

        /** How long a connection beyond the minimum stays idle in the pool before it is closed (default 10 min; 0: never). */
        public Builder idleTimeout(Duration timeout) {
            requireUrl("idleTimeout");
            this.poolSettings = poolSettings.withIdleTimeout(timeout);
            return this;
        }

        /** How long a pooled connection lives before it is replaced (default 30 min; 0: forever). */
        public Builder maxLifetime(Duration lifetime) {
            requireUrl("maxLifetime");
            this.poolSettings = poolSettings.withMaxLifetime(lifetime);
            return this;
        }

        /** How often idle pooled connections are checked with {@code isValid} (default 0: never; else at least 30 s). */
        public Builder keepalive(Duration interval) {
            requireUrl("keepalive");
            this.poolSettings = poolSettings.withKeepalive(interval);
            return this;
        }

        /**
         * Whether the engine checks each pooled connection with JDBC's {@code isValid} as it takes
         * it (SQLAlchemy's {@code pool_pre_ping}; on by default): one round trip per connection
         * taken, so that a connection a server restart killed is replaced even when it was used
         * less than half a second before (HikariCP checks only connections idle longer than that).
         */
        public Builder prePing(boolean on) {
            requireUrl("prePing");
            this.prePing = on;
            return this;
        }

        /** The isolation level of every connection of the engine (default: the database's own, READ COMMITTED on both). */
        public Builder isolationLevel(IsolationLevel level) {
            this.isolation = Objects.requireNonNull(level, "level");
            return this;
        }

        private void requireUrl(String setting) {
            if (url == null) {
                throw new IllegalStateException(setting + "(...) configures the engine's own pool; an engine over a "
                        + "DataSource uses the data source's pooling, so configure it there");
            }
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
         * (one connection is opened) for its database's product name. A pool opens no connection
         * here. For a database that lives only while a connection is open (the dialect says which:
         * H2's {@code jdbc:h2:mem:} without {@code DB_CLOSE_DELAY=-1}), the engine holds one
         * connection of its own until it is closed, so that the database lasts as long as the engine.
         */
        public Engine build() {
            Dialect chosen = dialect;
            if (chosen == null) {
                chosen = url != null ? Dialect.forUrl(url) : detect();
            }
            ConnectionSource source;
            if (url == null) {
                source = ConnectionSource.dataSource(dataSource);
            } else {
                ConnectionSource.Target target = ConnectionSource.Target.of(url);
                source = pool ? new PooledSource(target, poolSettings, isolation) : ConnectionSource.url(url);
            }
            java.sql.Connection keeper = null;
            if (url != null && chosen.databaseLivesWithConnections(url)) {
                try {
                    keeper = ConnectionSource.url(url).open();
                } catch (SQLException e) {
                    source.close();
                    throw ExceptionTranslator.connectionFailure(e, source.description());
                }
            }
            int prePingSeconds = pool && url != null && prePing
                    ? (int) Math.max(1, poolSettings.validationTimeout().toSeconds()) : 0;
            return new Engine(source, chosen, new Echo(echo, slowThreshold), fetchSize, isolation, keeper, prePingSeconds);
        }

        private Dialect detect() {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                return Dialect.forProductName(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw ExceptionTranslator.connectionFailure(e, dataSource.toString());
            }
        }
    }
}
