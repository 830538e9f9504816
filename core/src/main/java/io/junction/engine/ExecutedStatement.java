package io.junction.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One statement as it was sent to the database: its SQL text and its bound values. A single
 * statement has exactly one parameter set (possibly empty); a JDBC batch has one per row.
 *
 * @param sql the SQL text given to JDBC
 * @param parameterSets the bound values, one list per execution, in the order of the {@code ?}s
 * @param batch whether the statement ran as one JDBC batch of all the parameter sets
 */
public record ExecutedStatement(String sql, List<List<Object>> parameterSets, boolean batch) {

    public ExecutedStatement {
        List<List<Object>> copy = new ArrayList<>(parameterSets.size());
        for (List<?> set : parameterSets) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(set)));
        }
        parameterSets = Collections.unmodifiableList(copy);
    }

    /** The values of a single statement, or of the first row of a batch; empty when there are none. */
    public List<Object> parameters() {
        return parameterSets.isEmpty() ? List.of() : parameterSets.get(0);
    }
}
