package io.junction.engine;

/**
 * The SQL standard's transaction isolation levels, for an engine's connections
 * ({@code Engine.builder(url).isolationLevel(...)}) or one transaction
 * ({@code connection.begin(level)}, {@code session.begin(level)}).
 */
public enum IsolationLevel {
    READ_UNCOMMITTED(java.sql.Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED(java.sql.Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(java.sql.Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(java.sql.Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbcLevel;

    IsolationLevel(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The level as JDBC's {@code Connection.TRANSACTION_...} constant. */
    public int jdbcLevel() {
        return jdbcLevel;
    }

    /** The level of a JDBC {@code Connection.TRANSACTION_...} constant. */
    static IsolationLevel ofJdbc(int level) {
        for (IsolationLevel each : values()) {
            if (each.jdbcLevel == level) {
                return each;
            }
        }
        throw new IllegalArgumentException("no isolation level for JDBC level " + level);
    }
}
