package io.junction.engine;

import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.Statement;
import io.junction.sql.expression.ValueType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JDBC connection, with autocommit off. The first statement begins a transaction
 * ({@code BEGIN (implicit)}), which lasts until {@link #commit()} or {@link #rollback()};
 * {@link #begin()} starts one explicitly. Closing rolls back a transaction still open. After a
 * statement fails, call {@link #rollback()} to go on (PostgreSQL refuses every statement of an
 * aborted transaction). A connection is for one thread at a time.
 *
 * <p>When the database connection is found lost — the server restarted, the backend was
 * terminated, or the JDBC connection was closed underneath — the connection is {@linkplain #isLost()
 * lost}: {@link #rollback()} then succeeds without the database (which discarded the transaction
 * with the connection) and {@link #close()} releases it quietly; a new connection is needed.
 */
public final class Connection implements AutoCloseable {
    private final Engine engine;
    private final java.sql.Connection jdbc;
    private final Set<Result> openResults = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean inTransaction;
    private Transaction transaction;
    private boolean closed;
    private boolean lost;
    private int savepoints;
    private Integer isolationToRestore;

    Connection(Engine engine, java.sql.Connection jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    public Engine engine() {
        return engine;
    }

    /** The JDBC connection underneath, for what Junction does not do; its transaction is this connection's. */
    public java.sql.Connection jdbc() {
        return jdbc;
    }

    /** Whether a transaction is open: begun by a statement or by {@link #begin()}, not yet committed or rolled back. */
    public boolean inTransaction() {
        return inTransaction;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Whether the database connection was found lost by a statement, commit or rollback; such a
     * connection only rolls back and closes.
     */
    public boolean isLost() {
        return lost;
    }

    /** Runs {@code statement}, whose keyed bind parameters (if any) have values of their own. */
    public Result execute(Statement statement) {
        return execute(statement, Map.of());
    }

    /** Runs {@code statement}, taking the values of keyed bind parameters ({@code bindparam("name")}) from {@code parameters}. */
    public Result execute(Statement statement, Map<String, ?> parameters) {
        requireUsable();
        Execution plan = Execution.single(statement, dialect());
        List<Object> values = plan.compiled().parameters(parameters);
        StatementContext context = StatementContext.single(plan.sql(), values, plan.valuesRowSizes(dialect()));
        started(context);
        PreparedStatement prepared = null;
        ResultSet resultSet = null;
        try {
            prepared = plan.prepare(jdbc);
            bind(prepared, values, plan.compiled().parameterTypes());
            switch (plan.mode()) {
                case QUERY -> {
                    if (engine.fetchSize() > 0) {
                        prepared.setFetchSize(engine.fetchSize());
                    }
                    resultSet = prepared.executeQuery();
                    return opened(Result.rows(ResultColumns.of(resultSet, plan.resultColumns(), dialect()), resultSet,
                            prepared, null, context, this));
                }
                case GENERATED_KEYS -> {
                    int count = prepared.executeUpdate();
                    resultSet = prepared.getGeneratedKeys();
                    engine.emitResult(context, count);
                    return opened(Result.rows(ResultColumns.of(resultSet, plan.resultColumns(), dialect()), resultSet,
                            prepared, new int[] {count}, context, this));
                }
                default -> {
                    int count = prepared.executeUpdate();
                    PreparedStatement done = prepared;
                    prepared = null;
                    closeStatement(done, context);
                    engine.emitResult(context, count);
                    return Result.counts(new int[] {count}, context);
                }
            }
        } catch (SQLException e) {
            DatabaseException translated = failed(e, context);
            Resources.closeAfter(translated, resultSet, prepared);
            throw translated;
        }
    }

    /**
     * Runs {@code statement} once per row as one JDBC batch (one prepared statement, one
     * {@code addBatch} per row), taking the values of keyed bind parameters from each row.
     * {@code insert(table)} without values binds every column by name. An INSERT with
     * {@code returning(...)} returns one row of generated keys per input row, in order. The
     * result's {@link Result#rowCounts()} has one count per row.
     */
    public Result executeMany(Statement statement, List<? extends Map<String, ?>> rows) {
        requireUsable();
        Execution plan = Execution.batch(statement, dialect());
        List<List<Object>> sets = new ArrayList<>(rows.size());
        for (Map<String, ?> row : rows) {
            sets.add(plan.compiled().parameters(row));
        }
        StatementContext context = StatementContext.batch(plan.sql(), sets);
        boolean keys = plan.mode() == Execution.Mode.GENERATED_KEYS;
        if (sets.isEmpty()) {
            return keys ? Result.noRows(ResultColumns.of(plan.resultColumns(), dialect()), new int[0], context)
                    : Result.counts(new int[0], context);
        }
        started(context);
        PreparedStatement prepared = null;
        ResultSet resultSet = null;
        try {
            prepared = plan.prepare(jdbc);
            List<ValueType> types = plan.compiled().parameterTypes();
            for (List<Object> set : sets) {
                bind(prepared, set, types);
                prepared.addBatch();
            }
            int[] counts = prepared.executeBatch();
            if (keys) {
                resultSet = prepared.getGeneratedKeys();
                engine.emitResult(context, sum(counts));
                return opened(Result.rows(ResultColumns.of(resultSet, plan.resultColumns(), dialect()), resultSet,
                        prepared, counts, context, this));
            }
            PreparedStatement done = prepared;
            prepared = null;
            closeStatement(done, context);
            engine.emitResult(context, sum(counts));
            return Result.counts(counts, context);
        } catch (SQLException e) {
            DatabaseException translated = failed(e, context);
            Resources.closeAfter(translated, resultSet, prepared);
            throw translated;
        }
    }

    /** Whether the current schema has a table named {@code table}, as the dialect reads the catalog. */
    public boolean hasTable(String table) {
        requireUsable();
        try {
            return dialect().hasTable(jdbc, table);
        } catch (SQLException e) {
            noteIfLost(e);
            throw ExceptionTranslator.translate(e, "reading the catalog for table '" + table + "'");
        }
    }

    /** Declares in {@code metadata} the tables read from the catalog, as {@link io.junction.sql.schema.MetaData#reflect}. */
    public void reflect(io.junction.sql.schema.MetaData metadata, List<String> only) {
        requireUsable();
        try {
            dialect().reflect(jdbc, metadata, only);
        } catch (SQLException e) {
            noteIfLost(e);
            throw ExceptionTranslator.translate(e, "reading the catalog");
        }
    }

    /** Runs SQL text without parameters, such as DDL. */
    void executeText(String sql) {
        requireUsable();
        StatementContext context = StatementContext.single(sql, List.of());
        started(context);
        try (java.sql.Statement statement = jdbc.createStatement()) {
            boolean rows = statement.execute(sql);
            engine.emitResult(context, rows ? -1 : statement.getUpdateCount());
        } catch (SQLException e) {
            throw failed(e, context);
        }
    }

    /**
     * Begins a transaction explicitly; it ends with {@link Transaction#commit()} or
     * {@link Transaction#rollback()}, and closing it uncommitted rolls it back.
     *
     * @throws IllegalStateException if a transaction is already open (a statement begins one implicitly)
     */
    public Transaction begin() {
        requireUsable();
        if (inTransaction) {
            throw new IllegalStateException("a transaction is already open on this connection"
                    + " (a statement begins one implicitly); commit() or rollback() it first");
        }
        beginImplicitly();
        transaction = new Transaction(this);
        return transaction;
    }

    /**
     * Begins a transaction explicitly at {@code level}; the connection's own level comes back when it ends.
     *
     * @throws IllegalStateException if a transaction is already open (a statement begins one implicitly)
     */
    public Transaction begin(IsolationLevel level) {
        requireUsable();
        if (inTransaction) {
            throw new IllegalStateException("the isolation level of a transaction is set before it begins, and a "
                    + "transaction is already open on this connection; commit() or rollback() it first");
        }
        try {
            int current = jdbc.getTransactionIsolation();
            if (current != level.jdbcLevel()) {
                jdbc.setTransactionIsolation(level.jdbcLevel());
                isolationToRestore = current;
            }
        } catch (SQLException e) {
            noteIfLost(e);
            throw ExceptionTranslator.translate(e, "setting the isolation level " + level);
        }
        return begin();
    }

    /** The isolation level of the current (or next) transaction. */
    public IsolationLevel isolationLevel() {
        requireUsable();
        try {
            return IsolationLevel.ofJdbc(jdbc.getTransactionIsolation());
        } catch (SQLException e) {
            noteIfLost(e);
            throw ExceptionTranslator.translate(e, "reading the isolation level");
        }
    }

    /**
     * Sends {@code SAVEPOINT savepoint_N} (beginning the transaction if none is open) and returns
     * the name; listeners and the echo see it as a statement.
     */
    public String savepoint() {
        String name = "savepoint_" + ++savepoints;
        executeText("SAVEPOINT " + name);
        return name;
    }

    /** Sends {@code RELEASE SAVEPOINT name}: what was done since the savepoint becomes part of the enclosing transaction. */
    public void releaseSavepoint(String name) {
        executeText("RELEASE SAVEPOINT " + name);
    }

    /** Sends {@code ROLLBACK TO SAVEPOINT name}: undoes what was done since, also after a failed statement. */
    public void rollbackToSavepoint(String name) {
        executeText("ROLLBACK TO SAVEPOINT " + name);
    }

    /** Commits the open transaction; does nothing when none is open. */
    public void commit() {
        requireUsable();
        if (!inTransaction) {
            return;
        }
        engine.echoLog().commit();
        engine.emitTransaction("COMMIT");
        try {
            jdbc.commit();
        } catch (SQLException e) {
            noteIfLost(e);
            throw ExceptionTranslator.translate(e, "committing");
        } finally {
            ended();
        }
    }

    /**
     * Rolls back the open transaction, also after a failed statement; does nothing when none is
     * open. On a lost connection it only ends the transaction, which the database has discarded.
     */
    public void rollback() {
        requireOpen();
        if (!inTransaction) {
            return;
        }
        engine.echoLog().rollback();
        engine.emitTransaction("ROLLBACK");
        try {
            if (!lost && !closedUnderneath()) {
                jdbc.rollback();
            }
        } catch (SQLException e) {
            if (!noteIfLost(e)) {
                throw ExceptionTranslator.translate(e, "rolling back");
            }
        } finally {
            ended();
        }
    }

    /**
     * Closes the results not yet read, rolls back a transaction still open, and closes the JDBC
     * connection. Everything is released even if a step fails; the first failure is thrown.
     * Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        RuntimeException failure = null;
        for (Result result : new ArrayList<>(openResults)) {
            try {
                result.close();
            } catch (RuntimeException e) {
                failure = add(failure, e);
            }
        }
        openResults.clear();
        try {
            rollback();
        } catch (RuntimeException e) {
            failure = add(failure, e);
        }
        closed = true;
        try {
            engine.release(jdbc, lost || closedUnderneath());
        } catch (SQLException e) {
            if (!lost) {
                failure = add(failure, ExceptionTranslator.translate(e, "closing the connection"));
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException add(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    /** Whether {@code candidate} is the transaction open on this connection. */
    boolean isCurrent(Transaction candidate) {
        return !closed && inTransaction && transaction == candidate;
    }

    /** A result that was reading rows has been closed. */
    void released(Result result) {
        openResults.remove(result);
    }

    private Result opened(Result result) {
        openResults.add(result);
        return result;
    }

    private Dialect dialect() {
        return engine.dialect();
    }

    private void started(StatementContext context) {
        if (!inTransaction) {
            beginImplicitly();
        }
        engine.emit(context);
    }

    private void beginImplicitly() {
        engine.echoLog().begin();
        engine.emitTransaction("BEGIN (implicit)");
        inTransaction = true;
    }

    private void ended() {
        inTransaction = false;
        transaction = null;
        savepoints = 0;
        if (isolationToRestore != null) {
            int level = isolationToRestore;
            isolationToRestore = null;
            if (!lost) {
                try {
                    jdbc.setTransactionIsolation(level);
                } catch (SQLException e) {
                    noteIfLost(e);
                    throw ExceptionTranslator.translate(e, "restoring the isolation level");
                }
            }
        }
    }

    /** A query's result was closed: {@code rowCount} rows were read to the end, or -1 if it closed early. */
    void resultClosed(StatementContext context, int rowCount) {
        engine.emitResult(context, rowCount);
    }

    /** The sum of a batch's update counts, or -1 if the driver did not give one of them. */
    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            if (count < 0) {
                return -1;
            }
            total += count;
        }
        return total;
    }

        private void closeStatement(PreparedStatement statement, StatementContext context) {
        try {
            statement.close();
        } catch (SQLException e) {
            throw failed(e, context);
        }
    }

    /** Binds {@code values} to the statement's parameters in order, as the dialect binds each. */
    private void bind(PreparedStatement prepared, List<Object> values, List<ValueType> types) throws SQLException {
        Dialect dialect = dialect();
        for (int i = 0; i < values.size(); i++) {
            dialect.bind(prepared, i + 1, values.get(i), i < types.size() ? types.get(i) : null);
        }
    }

    /** The statement's failure translated, noting first whether it lost the connection. */
    private DatabaseException failed(SQLException failure, StatementContext context) {
        noteIfLost(failure);
        return context.error(failure);
    }

    /** Marks the connection lost if {@code failure} says it is gone; returns whether it is. */
    private boolean noteIfLost(SQLException failure) {
        if (dialect().isDisconnect(failure) || closedUnderneath()) {
            lost = true;
        }
        return lost;
    }

    /** Whether the JDBC connection is closed although this connection is not (the driver closed it, or a user). */
    private boolean closedUnderneath() {
        try {
            lost = lost || jdbc.isClosed();
        } catch (SQLException e) {
            lost = true;
        }
        return lost;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this connection is closed");
        }
    }

    private void requireUsable() {
        requireOpen();
        if (lost) {
            throw new IllegalStateException("the connection to the database was lost; roll back, then use a new "
                    + "connection (a Session takes one itself)");
        }
    }

    @Override
    public String toString() {
        return "Connection(" + engine + (closed ? ", closed" : lost ? ", lost" : inTransaction ? ", in transaction" : "") + ")";
    }
}
