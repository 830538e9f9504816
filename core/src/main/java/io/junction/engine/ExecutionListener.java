package io.junction.engine;

/**
 * Sees every statement an {@link Engine}'s connections send, DDL included, just before it is
 * sent, so a statement that fails is seen too. Tests use it to assert the SQL a piece of code emits.
 * Transaction control ({@code BEGIN (implicit)}, {@code COMMIT}, {@code ROLLBACK}) is reported to
 * {@link #onTransaction}; savepoints ({@code SAVEPOINT}, {@code RELEASE SAVEPOINT},
 * {@code ROLLBACK TO SAVEPOINT}) are statements.
 */
@FunctionalInterface
public interface ExecutionListener {

    /** Called just before {@code statement} is sent; its {@link ExecutedStatement#rowCount() row count} is {@code -1}. */
    void onStatement(ExecutedStatement statement);

    /**
     * Called after a statement that {@link #onStatement} saw has succeeded, with the same
     * statement now carrying its {@link ExecutedStatement#rowCount() row count}: at once for
     * INSERT, UPDATE, DELETE, batches and DDL; for a query (or DML with {@code RETURNING}) when
     * its result is closed — after its last row is read (the count is the rows returned) or
     * earlier ({@code -1}). A statement that fails is not reported here. Does nothing unless
     * overridden.
     */
    default void onResult(ExecutedStatement statement) {
    }

    /**
     * Called at each transaction boundary of a connection: {@code "BEGIN (implicit)"} as its first
     * statement (or {@code begin()}) opens one, {@code "COMMIT"} and {@code "ROLLBACK"} as it ends,
     * just before the driver is told. Does nothing unless overridden.
     */
    default void onTransaction(String command) {
    }
}
