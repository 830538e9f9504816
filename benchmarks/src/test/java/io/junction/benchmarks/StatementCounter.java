package io.junction.benchmarks;

import io.junction.engine.ExecutedStatement;
import io.junction.engine.ExecutionListener;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts the statements an engine sends, by their first keyword; a JDBC batch counts once. */
final class StatementCounter implements ExecutionListener {
    private final Map<String, Integer> counts = new TreeMap<>();

    @Override
    public synchronized void onStatement(ExecutedStatement statement) {
        String sql = statement.sql().stripLeading();
        int space = sql.indexOf(' ');
        counts.merge((space < 0 ? sql : sql.substring(0, space)).toUpperCase(Locale.ROOT), 1, Integer::sum);
    }

    /** The counts so far, keyword to statements, and starts again from zero. */
    synchronized Map<String, Integer> take() {
        Map<String, Integer> taken = new TreeMap<>(counts);
        counts.clear();
        return taken;
    }
}
