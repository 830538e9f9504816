package io.junction.it.sqla.cascade;

import io.junction.engine.ExecutedStatement;
import io.junction.it.support.SqlLog;

/** How many rows one logged statement wrote: a JDBC batch's parameter sets, or the rows of a multi-row INSERT. */
final class Batches {

    private Batches() {
    }

    static int rows(SqlLog log, int index) {
        ExecutedStatement statement = log.statements().get(index);
        String sql = log.sql().get(index);
        int values = sql.indexOf(" VALUES ");
        if (sql.startsWith("INSERT") && values >= 0 && statement.parameterSets().size() <= 1) {
            return sql.substring(values).split("\\), \\(", -1).length;
        }
        return Math.max(1, statement.parameterSets().size());
    }
}
