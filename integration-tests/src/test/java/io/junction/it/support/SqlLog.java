package io.junction.it.support;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.engine.ExecutionListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the statements an engine executes, so a test can assert their number, order and text;
 * once a statement has succeeded, its entry is replaced by the same statement with its row count.
 */
public final class SqlLog {
    private final List<ExecutedStatement> statements = new ArrayList<>();

    public SqlLog(Engine engine) {
        engine.addListener(new ExecutionListener() {
            @Override
            public void onStatement(ExecutedStatement statement) {
                statements.add(statement);
            }

            @Override
            public void onResult(ExecutedStatement statement) {
                for (int i = statements.size() - 1; i >= 0; i--) {
                    ExecutedStatement seen = statements.get(i);
                    if (seen.rowCount() == -1 && seen.sql().equals(statement.sql())
                            && seen.parameterSets().equals(statement.parameterSets())) {
                        statements.set(i, statement);
                        return;
                    }
                }
            }
        });
    }

    public void clear() {
        statements.clear();
    }

    public List<ExecutedStatement> statements() {
        return List.copyOf(statements);
    }

    /** The statements' SQL with whitespace collapsed to single spaces. */
    public List<String> sql() {
        return statements.stream().map(s -> normalize(s.sql())).toList();
    }

    /** Each statement's first words, such as {@code INSERT INTO child}, for asserting order. */
    public List<String> verbs() {
        List<String> result = new ArrayList<>();
        for (String sql : sql()) {
            String[] words = sql.split(" ");
            String verb = switch (words[0]) {
                case "INSERT" -> "INSERT " + words[2];
                case "UPDATE" -> "UPDATE " + words[1];
                case "DELETE" -> "DELETE " + words[2];
                case "SELECT" -> "SELECT " + fromTable(sql);
                default -> words[0];
            };
            result.add(verb);
        }
        return result;
    }

    public int count() {
        return statements.size();
    }

    private static String fromTable(String sql) {
        int from = sql.indexOf(" FROM ");
        if (from < 0) {
            return "";
        }
        String rest = sql.substring(from + 6).trim();
        int end = rest.indexOf(' ');
        String table = end < 0 ? rest : rest.substring(0, end);
        return table.endsWith(",") ? table.substring(0, table.length() - 1) : table;
    }

    public static String normalize(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
