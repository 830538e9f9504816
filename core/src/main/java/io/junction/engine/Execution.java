package io.junction.engine;

import io.junction.sql.compiler.Compiled;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.ColumnClause;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Insert;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Statement;
import io.junction.sql.expression.Update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How one statement goes to JDBC: compiled for the dialect, and run as a query, as DML with an
 * update count, or as DML whose generated keys stand in for {@code RETURNING} where the dialect
 * has none (and in every batch, since a batch cannot return rows).
 */
final class Execution {

    enum Mode { QUERY, UPDATE, GENERATED_KEYS }

    private final Compiled compiled;
    private final Mode mode;
    private final List<ColumnElement> resultColumns;
    private final String[] keyNames;

    private Execution(Compiled compiled, Mode mode, List<ColumnElement> resultColumns, String[] keyNames) {
        this.compiled = compiled;
        this.mode = mode;
        this.resultColumns = resultColumns;
        this.keyNames = keyNames;
    }

    /** The plan for running {@code statement} once. */
    static Execution single(Statement statement, Dialect dialect) {
        if (statement instanceof Select select) {
            return new Execution(dialect.compile(select), Mode.QUERY, select.columns(), null);
        }
        if (statement instanceof Insert insert && !insert.returning().isEmpty()) {
            if (dialect.supportsReturning()) {
                return new Execution(dialect.compile(insert), Mode.QUERY, insert.returning(), null);
            }
            return generatedKeys(insert, dialect);
        }
        if (statement instanceof Update update && !update.returning().isEmpty()) {
            // A dialect without RETURNING refuses this when compiling, with a message saying so.
            return new Execution(dialect.compile(update), Mode.QUERY, update.returning(), null);
        }
        return new Execution(dialect.compile(statement), Mode.UPDATE, List.of(), null);
    }

    /** The plan for running {@code statement} as one JDBC batch. */
    static Execution batch(Statement statement, Dialect dialect) {
        if (statement instanceof Select) {
            throw new IllegalArgumentException("executeMany runs INSERT, UPDATE and DELETE batches; run a SELECT with execute");
        }
        if (statement instanceof Insert insert && !insert.returning().isEmpty()) {
            return generatedKeys(insert, dialect);
        }
        if (statement instanceof Update update && !update.returning().isEmpty()) {
            throw new IllegalArgumentException("executeMany cannot return the rows of an UPDATE of "
                    + update.table().description() + "; execute it row by row, or drop returning(...)");
        }
        return new Execution(dialect.compile(statement), Mode.UPDATE, List.of(), null);
    }

    private static Execution generatedKeys(Insert insert, Dialect dialect) {
        List<ColumnElement> returning = insert.returning();
        String[] names = new String[returning.size()];
        for (int i = 0; i < names.length; i++) {
            if (!(returning.get(i) instanceof ColumnClause column)) {
                throw new IllegalArgumentException("an INSERT into " + insert.table().description() + " on "
                        + dialect.name() + " returns generated keys through JDBC, which can return columns only, not "
                        + returning.get(i));
            }
            names[i] = dialect.generatedKeyName(column.name());
        }
        return new Execution(dialect.compile(insert.returning(new ColumnElement[0])), Mode.GENERATED_KEYS, returning, names);
    }

    /**
     * For a multi-row INSERT ... VALUES, the number of parameters in each row (each row compiled
     * alone; asked only when a listener or the echo looks); {@code null} for any other statement.
     */
    Supplier<int[]> valuesRowSizes(Dialect dialect) {
        if (!(compiled.statement() instanceof Insert insert) || insert.rows().size() < 2) {
            return null;
        }
        return () -> {
            int[] sizes = new int[insert.rows().size()];
            for (int i = 0; i < sizes.length; i++) {
                Map<ColumnClause, ColumnElement> values = new LinkedHashMap<>();
                List<ColumnElement> row = insert.rows().get(i);
                for (int c = 0; c < row.size(); c++) {
                    values.put(insert.columns().get(c), row.get(c));
                }
                sizes[i] = dialect.compile(io.junction.sql.expression.Sql.insert(insert.table()).values(values))
                        .parameterTypes().size();
            }
            return sizes;
        };
    }

    Compiled compiled() {
        return compiled;
    }

    String sql() {
        return compiled.sql();
    }

    Mode mode() {
        return mode;
    }

    /** The expressions whose values the rows carry: the select list or the returned columns. */
    List<ColumnElement> resultColumns() {
        return resultColumns;
    }

    PreparedStatement prepare(Connection jdbc) throws SQLException {
        return keyNames == null ? jdbc.prepareStatement(sql()) : jdbc.prepareStatement(sql(), keyNames);
    }
}
