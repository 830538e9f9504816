package io.junction.it.sqla.transaction;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.engine.ExecutionListener;
import io.junction.it.support.SqlLog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an engine's connections send, in order, for asserting transaction sequences: the boundaries
 * ({@code BEGIN (implicit)}, {@code COMMIT}, {@code ROLLBACK}), savepoint statements in full
 * ({@code SAVEPOINT savepoint_1}), and other statements as a verb and a table ({@code INSERT users}).
 */
final class TransactionLog implements ExecutionListener {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    TransactionLog(Engine engine) {
        engine.addListener(this);
    }

    @Override
    public void onStatement(ExecutedStatement statement) {
        String sql = SqlLog.normalize(statement.sql());
        String[] words = sql.split(" ");
        events.add(switch (words[0]) {
            case "INSERT", "DELETE" -> words[0] + " " + words[2];
            case "UPDATE" -> "UPDATE " + words[1];
            case "SELECT" -> "SELECT " + sql.replaceAll("^.*? FROM (\\S+).*$", "$1");
            default -> sql;
        });
    }

    @Override
    public void onTransaction(String command) {
        events.add(command);
    }

    List<String> events() {
        return List.copyOf(events);
    }

    void clear() {
        events.clear();
    }
}
