package io.junction.it.sqla.cycles;

import io.junction.engine.ExecutedStatement;

import java.util.ArrayList;
import java.util.List;

/** Reads the rows of one executed statement the same way on both databases. */
final class Batches {

    private Batches() {
    }

    /**
     * The rows a statement wrote: the parameter sets of a JDBC batch, or the values of a multi-row
     * {@code VALUES} (PostgreSQL's INSERT ... RETURNING) cut into rows of {@code width} values.
     */
    static List<List<Object>> rows(ExecutedStatement statement, int width) {
        if (statement.parameterSets().size() != 1) {
            return statement.parameterSets();
        }
        List<Object> values = statement.parameters();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i += width) {
            rows.add(values.subList(i, Math.min(values.size(), i + width)));
        }
        return rows;
    }
}
