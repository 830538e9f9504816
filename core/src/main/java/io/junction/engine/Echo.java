package io.junction.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The SQL log, through SLF4J: statements and the transaction boundaries ({@code BEGIN (implicit)},
 * {@code COMMIT}, {@code ROLLBACK}, savepoints) at INFO on {@code io.junction.sql}; their parameters,
 * and each statement's duration and row count once it finished, at DEBUG; with {@code echo(true)},
 * statements and parameters at INFO. A statement slower than the threshold is a WARN on
 * {@code io.junction.sql.slow}. The levels are asked once per statement, and nothing is formatted
 * or timed unless it will be logged.
 */
final class Echo {
    static final String LOGGER_NAME = "io.junction.sql";
    static final String SLOW_LOGGER_NAME = "io.junction.sql.slow";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    private static final Logger SLOW = LoggerFactory.getLogger(SLOW_LOGGER_NAME);

    /** TRUE: echo(true); FALSE: echo(false); null: the logger's level decides. */
    private final Boolean forced;
    private final long slowNanos;

    Echo(Boolean forced, Duration slowThreshold) {
        this.forced = forced;
        this.slowNanos = slowThreshold == null ? -1 : slowThreshold.toNanos();
    }

    boolean forced() {
        return Boolean.TRUE.equals(forced);
    }

    /** Whether statements are logged now: echo is not off and the logger takes INFO. */
    boolean active() {
        return !Boolean.FALSE.equals(forced) && LOG.isInfoEnabled();
    }

    /** Decides, once for the statement, whether it is logged and whether its clock runs, and starts it. */
    void start(StatementContext context) {
        boolean logged = active();
        boolean durations = logged && forced == null && LOG.isDebugEnabled();
        boolean slow = slowNanos >= 0 && SLOW.isWarnEnabled();
        context.logging(logged, durations || slow ? System.nanoTime() : -1, durations);
    }

    void statement(ExecutedStatement statement) {
        LOG.info(statement.sql());
        if (forced != null || LOG.isDebugEnabled()) {
            String parameters = statement.batch()
                    ? ParameterFormat.sets(statement.parameterSets())
                    : ParameterFormat.values(statement.parameters());
            if (forced != null) {
                LOG.info(parameters);
            } else {
                LOG.debug(parameters);
            }
        }
    }

    /** The statement finished: its duration and row count at DEBUG, and a warning if it was slow. */
    void finished(StatementContext context, int rowCount) {
        long nanos = System.nanoTime() - context.startNanos();
        if (context.durationLogged()) {
            LOG.debug("[{} in {}]", rows(rowCount), millis(nanos));
        }
        if (slowNanos >= 0 && nanos > slowNanos) {
            SLOW.warn("slow statement ({} > {}, {}): {}", millis(nanos), millis(slowNanos), rows(rowCount),
                    context.sql());
        }
    }

    private static String rows(int rowCount) {
        return rowCount < 0 ? "rows unknown" : rowCount == 1 ? "1 row" : rowCount + " rows";
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f ms", nanos / 1_000_000.0);
    }

    void begin() {
        line("BEGIN (implicit)");
    }

    void commit() {
        line("COMMIT");
    }

    void rollback() {
        line("ROLLBACK");
    }

    void line(String text) {
        if (active()) {
            LOG.info(text);
        }
    }
}
