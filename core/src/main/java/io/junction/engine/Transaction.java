package io.junction.engine;

/**
 * A transaction begun with {@link Connection#begin()}. It is active until committed or rolled
 * back, here or on its connection; closing it while active rolls it back, so a
 * try-with-resources block that does not reach {@link #commit()} leaves nothing behind.
 */
public final class Transaction implements AutoCloseable {
    private final Connection connection;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** Whether this transaction is still open on its connection. */
    public boolean isActive() {
        return connection.isCurrent(this);
    }

    /** @throws IllegalStateException if this transaction has already ended */
    public void commit() {
        requireActive("commit");
        connection.commit();
    }

    /** @throws IllegalStateException if this transaction has already ended */
    public void rollback() {
        requireActive("roll back");
        connection.rollback();
    }

    /** Rolls back if still active; otherwise does nothing. */
    @Override
    public void close() {
        if (isActive()) {
            connection.rollback();
        }
    }

    private void requireActive(String action) {
        if (!isActive()) {
            throw new IllegalStateException("cannot " + action + " a transaction that has already ended");
        }
    }
}
