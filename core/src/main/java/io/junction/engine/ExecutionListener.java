package io.junction.engine;

/**
 * Sees every statement an {@link Engine}'s connections send, DDL included, just before it is
 * sent, so a statement that fails is seen too. Tests use it to assert the SQL a piece of code emits.
 * Transaction control ({@code BEGIN}, {@code COMMIT}, {@code ROLLBACK}) is not reported.
 */
@FunctionalInterface
public interface ExecutionListener {

    void onStatement(ExecutedStatement statement);
}
