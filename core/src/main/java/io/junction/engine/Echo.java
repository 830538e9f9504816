package io.junction.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQL echo: logs each statement and then its parameters, and the transaction boundaries, at INFO
 * through the SLF4J logger {@code io.junction.sql}. Does nothing when the engine's echo is off.
 */
final class Echo {
    static final String LOGGER_NAME = "io.junction.sql";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final boolean enabled;

    Echo(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /** Whether statements are being logged: echo is on and the logger takes INFO. */
    boolean active() {
        return enabled && LOG.isInfoEnabled();
    }

    void statement(ExecutedStatement statement) {
        if (active()) {
            LOG.info(statement.sql());
            LOG.info(statement.batch()
                    ? ParameterFormat.sets(statement.parameterSets())
                    : ParameterFormat.values(statement.parameters()));
        }
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

    private void line(String text) {
        if (enabled) {
            LOG.info(text);
        }
    }
}
