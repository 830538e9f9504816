package io.junction.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One statement as it was sent to the database: its SQL text, its bound values and, once it has
 * run, how many rows it affected or returned. A single statement has exactly one parameter set
 * (possibly empty); a JDBC batch has one per row.
 *
 * <p>An {@link ExecutionListener} sees the statement twice: just before it is sent (row count
 * {@code -1}, since it has not run), and, if it succeeded, again through
 * {@link ExecutionListener#onResult} with its row count.
 *
 * @param sql the SQL text given to JDBC
 * @param parameterSets the bound values, one list per execution, in the order of the {@code ?}s
 * @param batch whether the statement ran as one JDBC batch of all the parameter sets
 * @param rowCount the rows the statement inserted, updated or deleted (for a batch, the sum over
 *        its rows), or for a query the rows it returned once they were all read; {@code -1} when
 *        unknown: before the statement has run, when the driver does not say, or when a query's
 *        result was closed before its last row
 * @param valuesRows for a multi-row {@code INSERT ... VALUES (...), (...)}, the bound values of
 *        each row of the VALUES clause in order (together they make {@link #parameters()});
 *        empty for every other statement
 */
public record ExecutedStatement(String sql, List<List<Object>> parameterSets, boolean batch, int rowCount,
                                List<List<Object>> valuesRows) {

    public ExecutedStatement {
        parameterSets = copy(parameterSets);
        valuesRows = copy(valuesRows);
        if (rowCount < -1) {
            rowCount = -1;
        }
    }

    /** A statement not yet run: row count unknown, and no VALUES rows. */
    public ExecutedStatement(String sql, List<List<Object>> parameterSets, boolean batch) {
        this(sql, parameterSets, batch, -1, List.of());
    }

    /** The values of a single statement, or of the first row of a batch; empty when there are none. */
    public List<Object> parameters() {
        return parameterSets.isEmpty() ? List.of() : parameterSets.get(0);
    }

    /**
     * The values row by row, as SQLAlchemy's {@code assert_sql_execution} lists them: the rows of
     * a multi-row VALUES, else one list per execution (the rows of a batch, or the one set of a
     * single statement).
     */
    public List<List<Object>> rows() {
        return valuesRows.isEmpty() ? parameterSets : valuesRows;
    }

    /** Whether this is a multi-row {@code INSERT ... VALUES}. */
    public boolean multiRowValues() {
        return !valuesRows.isEmpty();
    }

    /** This statement with its row count known. */
    ExecutedStatement withRowCount(int count) {
        return new ExecutedStatement(sql, parameterSets, batch, count, valuesRows);
    }

    private static List<List<Object>> copy(List<? extends List<?>> sets) {
        List<List<Object>> copy = new ArrayList<>(sets.size());
        for (List<?> set : sets) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(set)));
        }
        return Collections.unmodifiableList(copy);
    }
}
