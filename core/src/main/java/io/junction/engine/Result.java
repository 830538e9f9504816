package io.junction.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What running a statement gave: rows, read one at a time from the JDBC result set as they are
 * iterated (never all held at once, unless {@link #all()} asks), and for DML the update counts.
 * A result can be iterated once; it closes itself when its last row is read, and {@link #close()}
 * releases it earlier. The methods that read rows ({@code all}, {@code one}, {@code first},
 * {@code scalar}) close it too.
 */
public final class Result implements AutoCloseable, Iterable<Row> {
    private final ResultColumns columns;
    private final ResultSet resultSet;
    private final AutoCloseable statement;
    private final int[] rowCounts;
    private final StatementContext context;
    private final Connection owner;
    private boolean iterated;
    private boolean closed;
    private boolean exhausted;
    private boolean failed;
    private int rowsRead;

    private Result(ResultColumns columns, ResultSet resultSet, AutoCloseable statement, int[] rowCounts,
                   StatementContext context, Connection owner) {
        this.columns = columns;
        this.resultSet = resultSet;
        this.statement = statement;
        this.rowCounts = rowCounts;
        this.context = context;
        this.owner = owner;
        this.closed = resultSet == null;
    }

    /** Rows to be read from {@code resultSet}; closing the result closes it and {@code statement}. */
    static Result rows(ResultColumns columns, ResultSet resultSet, AutoCloseable statement, int[] rowCounts,
                       StatementContext context, Connection owner) {
        return new Result(columns, resultSet, statement, rowCounts, context, owner);
    }

    /** A result without rows: the update counts of DML. */
    static Result counts(int[] rowCounts, StatementContext context) {
        return new Result(null, null, null, rowCounts, context, null);
    }

    /** A result that has the given columns but no rows. */
    static Result noRows(ResultColumns columns, int[] rowCounts, StatementContext context) {
        return new Result(columns, null, null, rowCounts, context, null);
    }

    /** Whether the statement returns rows (a SELECT, or DML with {@code returning(...)}). */
    public boolean returnsRows() {
        return columns != null;
    }

    /** The labels of the columns, as the statement wrote them ({@code nodes_id}); empty when no rows are returned. */
    public List<String> columns() {
        return columns == null ? List.of() : columns.labels();
    }

    /**
     * The number of rows the DML changed (for a batch, the sum over its rows), or -1 when the
     * database does not say: for a SELECT, and for a statement that returns rows through
     * {@code RETURNING}.
     */
    public int rowCount() {
        if (rowCounts == null) {
            return -1;
        }
        int sum = 0;
        for (int count : rowCounts) {
            if (count < 0) {
                return -1;
            }
            sum += count;
        }
        return sum;
    }

    /** The update count of each execution: one for a statement, one per row for a batch; empty for a query. */
    public int[] rowCounts() {
        return rowCounts == null ? new int[0] : rowCounts.clone();
    }

    /**
     * Calls {@code action} with each row not yet read, then closes the result. The rows are one
     * {@link Row} whose values each next row overwrites, so nothing is allocated per row: for a
     * reader that keeps no row (the ORM's loaders); {@link #iterator()} gives rows to keep.
     */
    public void readEach(Consumer<Row> action) {
        requireRows();
        if (iterated) {
            throw new IllegalStateException("this result has already been iterated; a result is read once");
        }
        iterated = true;
        Object[] values = new Object[columns.size()];
        Row row = new Row(columns, values);
        try {
            while (!closed && resultSet.next()) {
                columns.read(resultSet, values);
                rowsRead++;
                action.accept(row);
            }
        } catch (SQLException e) {
            throw readFailed(e);
        } catch (RuntimeException | Error e) {
            try {
                close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        exhausted = !closed;
        close();
    }

    /** Marks the result failed and closes it after a row could not be read; the translated exception to throw. */
    private DatabaseException readFailed(SQLException e) {
        failed = true;
        DatabaseException translated = context.error(e);
        try {
            close();
        } catch (RuntimeException closing) {
            translated.addSuppressed(closing);
        }
        return translated;
    }

    /** The rows not yet read, one at a time. A result can be iterated once. */
    @Override
    public Iterator<Row> iterator() {
        requireRows();
        if (iterated) {
            throw new IllegalStateException("this result has already been iterated; a result is read once "
                    + "(keep the rows of all() to read them again)");
        }
        iterated = true;
        return new RowIterator();
    }

    /** The rows not yet read, as a stream; closing the stream closes the result. */
    public Stream<Row> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** Every remaining row. */
    public List<Row> all() {
        List<Row> rows = new ArrayList<>();
        try {
            iterator().forEachRemaining(rows::add);
        } finally {
            close();
        }
        return rows;
    }

    /**
     * The only row.
     *
     * @throws NoResultException if there is no row
     * @throws MultipleResultsException if there is more than one
     */
    public Row one() {
        try {
            Iterator<Row> rows = iterator();
            if (!rows.hasNext()) {
                throw new NoResultException("expected one row, got none from: " + context.sql());
            }
            Row row = rows.next();
            if (rows.hasNext()) {
                throw new MultipleResultsException("expected one row, got more than one from: " + context.sql());
            }
            return row;
        } finally {
            close();
        }
    }

    /** The first row, or {@code null} if there is none; the rest are discarded. */
    public Row first() {
        try {
            Iterator<Row> rows = iterator();
            return rows.hasNext() ? rows.next() : null;
        } finally {
            close();
        }
    }

    /** The first column of the first row, or {@code null} if there is no row. */
    public Object scalar() {
        Row row = first();
        return row == null ? null : row.get(0);
    }

    /** Releases the JDBC result set and statement; rows not yet read are discarded. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (owner != null) {
            owner.released(this);
        }
        Exception failure = Resources.closeAll(resultSet, statement);
        if (failure == null && !failed && owner != null && rowCounts == null) {
            owner.resultClosed(context, exhausted ? rowsRead : -1);
        }
        if (failure instanceof SQLException sql) {
            throw context.error(sql);
        }
        if (failure != null) {
            throw new IllegalStateException("closing a result failed", failure);
        }
    }

    private void requireRows() {
        if (columns == null) {
            throw new IllegalStateException("this statement returns no rows (it changed " + rowCount()
                    + " rows); only a SELECT or a statement with returning(...) does: " + context.sql());
        }
    }

    /** Reads ahead one row at a time; closes the result after the last. */
    private final class RowIterator implements Iterator<Row> {
        private Row next;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                if (closed) {
                    done = true;
                } else {
                    try {
                        if (resultSet.next()) {
                            next = new Row(columns, columns.read(resultSet));
                            rowsRead++;
                        } else {
                            done = true;
                            exhausted = true;
                            close();
                        }
                    } catch (SQLException e) {
                        done = true;
                        throw readFailed(e);
                    }
                }
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more rows");
            }
            Row row = next;
            next = null;
            return row;
        }
    }
}
