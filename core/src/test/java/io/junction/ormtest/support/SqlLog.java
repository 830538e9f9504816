package io.junction.ormtest.support;

import io.junction.engine.ExecutedStatement;
import io.junction.engine.ExecutionListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Records the statements an engine sends, so a test can assert their kind, table, order, text and bound rows. */
public final class SqlLog implements ExecutionListener {
    private final List<ExecutedStatement> statements = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onStatement(ExecutedStatement statement) {
        statements.add(statement);
    }

    public void clear() {
        statements.clear();
    }

    public int count() {
        return statements.size();
    }

    public List<ExecutedStatement> statements() {
        return List.copyOf(statements);
    }

    /** The SQL of each statement, with runs of whitespace made one space. */
    public List<String> sql() {
        return statements().stream().map(s -> normalize(s.sql())).toList();
    }

    /** The SQL of statement {@code index}, normalized as {@link #sql()}. */
    public String sql(int index) {
        return normalize(statements.get(index).sql());
    }

    /** The rows statement {@code index} bound: one list per batch row or VALUES row, else its one parameter list. */
    public List<List<Object>> rows(int index) {
        return statements.get(index).rows();
    }

    /** Each statement's kind and table, such as {@code INSERT child} or {@code SELECT parent}, in order. */
    public List<String> kinds() {
        return sql().stream().map(SqlLog::kind).toList();
    }

    private static String kind(String sql) {
        String[] words = sql.split(" ");
        return switch (words[0]) {
            case "INSERT", "DELETE" -> words[0] + " " + words[2];
            case "UPDATE" -> "UPDATE " + words[1];
            case "SELECT" -> "SELECT " + firstTable(sql);
            default -> words[0];
        };
    }

    private static String firstTable(String sql) {
        int from = sql.indexOf(" FROM ");
        if (from < 0) {
            return "";
        }
        String rest = sql.substring(from + 6).strip();
        if (rest.startsWith("(")) {
            return "(subquery)";
        }
        return rest.split("[ ,]")[0];
    }

    static String normalize(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
