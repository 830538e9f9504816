package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.util.Numbers;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The version counters of one flush's versioned rows (SQLAlchemy's {@code version_id_col}): the
 * version each row holds in the database while the flush writes it, which an UPDATE or DELETE
 * finds the row by, and the next version an UPDATE writes. A row written twice in a flush (saved,
 * then post-updated) is found the second time by the version the first UPDATE wrote. Made by a
 * flush only when it writes a versioned row.
 */
final class Versions {
    private final Map<InstanceState, Object> rowVersions = new IdentityHashMap<>();

    /** Gives a new object version 1 unless it has one (a primitive field's 0 that was never set counts as none), before its INSERT. */
    static void initial(ColumnProperty version, List<InstanceState> states) {
        for (InstanceState state : states) {
            Object value = version.get(state);
            if (value == null || ((Number) value).longValue() == 0 && !state.isChanged(version.key())) {
                version.setQuietly(state, 1);
            }
        }
    }

    /** A new object takes over {@code replaced}'s row (a row switch): its UPDATE finds the row by {@code replaced}'s version. */
    void switched(ColumnProperty version, InstanceState state, InstanceState replaced) {
        rowVersions.put(state, row(version, replaced));
    }

    /** The version {@code state}'s row holds now: as loaded or last flushed, or as this flush last wrote it. */
    Object row(ColumnProperty version, InstanceState state) {
        Object written = rowVersions.get(state);
        return written != null ? written : version.committedValue(state);
    }

    /** Loads the version counter of each of {@code states} that has it expired, before a statement binds it. */
    static void load(ColumnProperty version, List<InstanceState> states) {
        for (InstanceState state : states) {
            version.attribute().beforeRead(state);
        }
    }

    /**
     * Before the UPDATE of {@code states}: keeps the version each row holds for the WHERE, and sets the
     * next one on the object when {@code advance}, unless the application set a version itself, which
     * is then written as set. A post-update of a row this flush inserted checks the version without advancing it.
     */
    void bump(UnitOfWork uow, Mapper mapper, List<InstanceState> states, boolean advance) {
        ColumnProperty version = mapper.versionId();
        load(version, states);
        for (InstanceState state : states) {
            Object current = row(version, state);
            if (current == null) {
                throw new FlushException("cannot update the row of " + Persistence.describe(uow, mapper, state) + ": its version counter "
                        + mapper.type().getSimpleName() + "." + version.key() + " is NULL in the database, so no version can be "
                        + "checked; give the column a value (the INSERT of a new object writes 1) and reload it");
            }
            rowVersions.put(state, current);
            if (advance && !version.attribute().isChanged(state)) {
                long next = ((Number) current).longValue() + 1;
                version.setQuietly(state, Numbers.convert(next, version.column().type().javaType()));
            }
        }
    }

    /** After a statement that wrote {@code states}: their rows hold the versions now on the objects. */
    void written(ColumnProperty version, List<InstanceState> states) {
        for (InstanceState state : states) {
            rowVersions.put(state, version.get(state));
        }
    }
}
