package io.junction.engine;

import java.sql.SQLException;
import java.util.List;

/**
 * A database error, translated from JDBC's {@link SQLException} (the cause). It carries the
 * statement's SQL and bound values, and its message reads
 * {@code (integrity) <driver message> [SQL: ...] [parameters: [...]]}. The subclasses sort errors
 * by SQLState class; an error of no known class is a plain {@code DatabaseException}.
 */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sql;
    private final transient List<Object> parameters;
    private final String sqlState;

    DatabaseException(String message, SQLException cause, String sql, List<Object> parameters, String sqlState) {
        super(message, cause);
        this.sql = sql;
        this.parameters = parameters;
        this.sqlState = sqlState;
    }

    /** The SQL of the failed statement, or {@code null} when the failure was not a statement's (a connection's). */
    public String sql() {
        return sql;
    }

    /**
     * The values bound to the failed statement, in order; for a batch, one element per row, each
     * a list of that row's values. Empty when there were none.
     */
    public List<Object> parameters() {
        return parameters;
    }

    /** The five-character SQLState the driver reported, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
