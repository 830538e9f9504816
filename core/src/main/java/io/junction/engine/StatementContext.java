package io.junction.engine;

import java.sql.SQLException;
import java.util.List;

/**
 * The SQL and bound values of a statement being run. It becomes an {@link ExecutedStatement} (a
 * copy) only when something looks: echo, a listener, or an error message; so running with
 * neither echo nor listeners copies nothing.
 */
final class StatementContext {
    private final String sql;
    private final List<List<Object>> parameterSets;
    private final boolean batch;
    private ExecutedStatement executed;

    private StatementContext(String sql, List<List<Object>> parameterSets, boolean batch) {
        this.sql = sql;
        this.parameterSets = parameterSets;
        this.batch = batch;
    }

    static StatementContext single(String sql, List<Object> parameters) {
        return new StatementContext(sql, List.of(parameters), false);
    }

    static StatementContext batch(String sql, List<List<Object>> parameterSets) {
        return new StatementContext(sql, parameterSets, true);
    }

    String sql() {
        return sql;
    }

    ExecutedStatement executed() {
        if (executed == null) {
            executed = new ExecutedStatement(sql, parameterSets, batch);
        }
        return executed;
    }

    /** {@code failure} as the Junction exception of its kind, naming this statement. */
    DatabaseException error(SQLException failure) {
        return ExceptionTranslator.translate(failure, executed());
    }
}
