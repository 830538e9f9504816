package io.junction.orm.unitofwork;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.sql.schema.Column;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

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
    /** Registered to be inserted or updated (in its mapper's list of saves). */
    static final int SAVING = 1 << 5;

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

    /** The relationship histories asked for in this flush, each with whether its attribute was loaded then. */
    private CachedHistory histories;
    /** The stored members of the DYNAMIC collections read in this flush, each with its collection. */
    private StoredMembers stored;

    private record StoredMembers(AttributeImpl collection, List<Object> members, StoredMembers next) {
    }

    private static final class CachedHistory {
        final AttributeImpl attribute;
        boolean loaded;
        History history;
        final CachedHistory next;

        CachedHistory(AttributeImpl attribute, boolean loaded, History history, CachedHistory next) {
            this.attribute = attribute;
            this.loaded = loaded;
            this.history = history;
            this.next = next;
        }
    }

    Touched(UnitOfWork flush, InstanceState state) {
        this.flush = flush;
        this.state = state;
        this.snapshot = state.snapshot();
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** Clears {@code flag}; true if it was set. */
    boolean unmark(int flag) {
        boolean was = (flags & flag) != 0;
        flags &= ~flag;
        return was;
    }

    /** Sets {@code flag}; true if it was not set. */
    boolean mark(int flag) {
        boolean added = (flags & flag) == 0;
        flags |= flag;
        return added;
    }

    /** The attribute's history, computed once per flush, again only if the attribute has loaded since. */
    History history(AttributeImpl attribute) {
        boolean loaded = state.isLoaded(attribute);
        for (CachedHistory cached = histories; cached != null; cached = cached.next) {
            if (cached.attribute == attribute) {
                if (cached.loaded != loaded) {
                    cached.history = attribute.history(state);
                    cached.loaded = loaded;
                }
                return cached.history;
            }
        }
        History history = attribute.history(state);
        histories = new CachedHistory(attribute, loaded, history, histories);
        return history;
    }

    /** The members the database holds for a DYNAMIC collection, read once per flush. */
    List<Object> storedMembers(AttributeImpl collection, Supplier<List<Object>> read) {
        for (StoredMembers each = stored; each != null; each = each.next) {
            if (each.collection == collection) {
                return each.members;
            }
        }
        stored = new StoredMembers(collection, read.get(), stored);
        return stored.members;
    }
}
