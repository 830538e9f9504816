package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.sql.schema.Column;

import java.util.Collection;

/**
 * What one flush keeps for one object it touches, hung on the object's state while the flush runs
 * so that it is found without a lookup: the snapshot a failed flush restores, what happened to the
 * object's row, and which dependency processors have presorted it.
 */
final class Touched {
    static final int DELETED = 1;
    static final int INSERTED = 1 << 1;
    static final int SWITCHED = 1 << 2;
    static final int ROW_DELETED = 1 << 3;
    static final int PASSIVELY_UPDATED = 1 << 4;

    final UnitOfWork flush;
    final InstanceState state;
    final InstanceState.Snapshot snapshot;
    private int flags;
    /** The primary-key attribute the database generated at INSERT, or {@code null}. */
    ColumnProperty generatedKey;
    /** The foreign-key columns relationships assign in this flush: one relationship's own list until a second adds others. */
    Collection<Column> assigned;
    /** Bit {@code i}: processor {@code i} (the first 64 of the flush) has presorted the object's save, or its delete. */
    long presortedSaves;
    long presortedDeletes;

    Touched(UnitOfWork flush, InstanceState state) {
        this.flush = flush;
        this.state = state;
        this.snapshot = state.snapshot();
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** Sets {@code flag}; true if it was not set. */
    boolean mark(int flag) {
        boolean added = (flags & flag) == 0;
        flags |= flag;
        return added;
    }
}
