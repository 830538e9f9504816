package io.junction.it.sqla.unitofwork;

import io.junction.engine.ExecutedStatement;
import io.junction.it.support.SqlLog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rows a statement bound, whichever way Junction sent them: one execution, a JDBC batch, or one multi-row VALUES. */
final class Bound {

    private Bound() {
    }

    /** One list of values per row written or matched by {@code statement}. */
    static List<List<Object>> bound(ExecutedStatement statement) {
        String sql = SqlLog.normalize(statement.sql());
        int values = sql.indexOf(" VALUES (");
        if (statement.batch() || values < 0 || statement.parameterSets().size() != 1) {
            return statement.parameterSets();
        }
        String first = sql.substring(values + 9, sql.indexOf(')', values));
        int width = (int) first.chars().filter(c -> c == '?').count();
        List<Object> flat = statement.parameters();
        if (width == 0 || flat.size() <= width) {
            return statement.parameterSets();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int from = 0; from < flat.size(); from += width) {
            rows.add(flat.subList(from, from + width));
        }
        return rows;
    }

    /** A row of values, for comparing with {@link #bound}; unlike {@code List.of} it takes {@code null}. */
    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
