package io.junction.engine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The SQL and bound values of a statement being run. It becomes an {@link ExecutedStatement} (a
 * copy) only when something looks: echo, a listener, or an error message; so running with
 * neither echo nor listeners copies nothing.
 */
final class StatementContext {
    private final String sql;
    private final List<List<Object>> parameterSets;
    private final boolean batch;
    private final Supplier<int[]> valuesRowSizes;
    private ExecutedStatement executed;
    private boolean logged;
    private boolean durationLogged;
    private long startNanos = -1;

    private StatementContext(String sql, List<List<Object>> parameterSets, boolean batch, Supplier<int[]> valuesRowSizes) {
        this.sql = sql;
        this.parameterSets = parameterSets;
        this.batch = batch;
        this.valuesRowSizes = valuesRowSizes;
    }

    static StatementContext single(String sql, List<Object> parameters) {
        return new StatementContext(sql, List.of(parameters), false, null);
    }

    /**
     * A single statement; {@code valuesRowSizes}, when not null, gives the number of parameters
     * in each row of its multi-row VALUES (asked only when something looks).
     */
    static StatementContext single(String sql, List<Object> parameters, Supplier<int[]> valuesRowSizes) {
        return new StatementContext(sql, List.of(parameters), false, valuesRowSizes);
    }

    static StatementContext batch(String sql, List<List<Object>> parameterSets) {
        return new StatementContext(sql, parameterSets, true, null);
    }

    String sql() {
        return sql;
    }

    /** Set by {@link Echo#start}: whether the statement is logged, its start ({@code -1}: not timed), whether its duration is logged. */
    void logging(boolean logged, long startNanos, boolean durationLogged) {
        this.logged = logged;
        this.startNanos = startNanos;
        this.durationLogged = durationLogged;
    }

    boolean logged() {
        return logged;
    }

    boolean timed() {
        return startNanos >= 0;
    }

    long startNanos() {
        return startNanos;
    }

    boolean durationLogged() {
        return durationLogged;
    }

    ExecutedStatement executed() {
        if (executed == null) {
            executed = new ExecutedStatement(sql, parameterSets, batch, -1, valuesRows());
        }
        return executed;
    }

    /** The parameters split into the rows of a multi-row VALUES; empty when not one, or when the sizes do not add up. */
    private List<List<Object>> valuesRows() {
        if (valuesRowSizes == null) {
            return List.of();
        }
        int[] sizes = valuesRowSizes.get();
        List<Object> all = parameterSets.get(0);
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        if (total != all.size()) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>(sizes.length);
        int from = 0;
        for (int size : sizes) {
            rows.add(all.subList(from, from + size));
            from += size;
        }
        return rows;
    }

    /** {@code failure} as the Junction exception of its kind, naming this statement. */
    DatabaseException error(SQLException failure) {
        return ExceptionTranslator.translate(failure, executed());
    }
}
