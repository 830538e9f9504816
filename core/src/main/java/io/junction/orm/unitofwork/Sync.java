package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one owner of foreign-key synchronisation in a flush (SQLAlchemy's {@code orm/sync.py}), one
 * per relationship: it copies the values of the referenced key columns of a <em>source</em> object
 * into the foreign-key columns of a <em>dest</em> object (or into an association row), clears them,
 * and follows a changed referenced key into the objects that refer to it. The source is the parent
 * of a one-to-many or many-to-many and the target of a many-to-one; the dest holds the foreign key.
 * Dependency processors decide which objects; this class decides which columns and how.
 */
final class Sync {
    private final RelationshipProperty relationship;
    private final List<JoinCondition.Pair> pairs;
    /** True when the remote column of each pair is the foreign key (every direction but many-to-one). */
    private final boolean remoteIsDestination;
    private final List<Column> destinations;

    Sync(RelationshipProperty relationship) {
        this.relationship = relationship;
        this.pairs = relationship.join().pairs();
        this.remoteIsDestination = relationship.direction() != Direction.MANY_TO_ONE;
        List<Column> columns = new ArrayList<>(pairs.size());
        for (JoinCondition.Pair pair : pairs) {
            columns.add(destination(pair));
        }
        this.destinations = List.copyOf(columns);
    }

    private Column source(JoinCondition.Pair pair) {
        return remoteIsDestination ? pair.local() : pair.remote();
    }

    private Column destination(JoinCondition.Pair pair) {
        return remoteIsDestination ? pair.remote() : pair.local();
    }

    /** The foreign-key columns that a sync writes: the child's for a one-to-many, this row's for a many-to-one. */
    List<Column> destinations() {
        return destinations;
    }

    /** Copies the key values of {@code source} into the foreign key of {@code dest}, with history. */
    void populate(InstanceState source, InstanceState dest) {
        Mapper sourceMapper = Mapper.of(source);
        Mapper destMapper = Mapper.of(dest);
        for (JoinCondition.Pair pair : pairs) {
            destMapper.columnProperty(destination(pair)).set(dest, sourceMapper.columnProperty(source(pair)).get(source));
        }
    }

    /**
     * Sets the foreign key of {@code dest} to NULL, except the columns another relationship assigns in
     * this flush; a primary key column is refused, since the row cannot be detached that way.
     */
    void clear(UnitOfWork uow, InstanceState dest) {
        Mapper destMapper = Mapper.of(dest);
        for (JoinCondition.Pair pair : pairs) {
            Column to = destination(pair);
            if (uow.isAssigned(dest, to)) {
                continue;
            }
            if (to.isPrimaryKey()) {
                throw new FlushException("cannot set " + to + " to NULL to detach " + dest + " through " + relationship
                        + ": the column is part of the primary key; delete the object instead (cascade \"all, delete-orphan\")");
            }
            destMapper.columnProperty(to).set(dest, null);
        }
    }

    /**
     * For a post-update: sets the foreign key of {@code dest} to the key of {@code source} (NULL when
     * {@code source} is null) without history, and returns the columns written; with
     * {@code unlessAssigned}, a column another relationship sets in this flush is left alone.
     */
    List<Column> populateQuietly(UnitOfWork uow, InstanceState source, InstanceState dest, boolean unlessAssigned) {
        Mapper destMapper = Mapper.of(dest);
        List<Column> written = new ArrayList<>(pairs.size());
        for (JoinCondition.Pair pair : pairs) {
            Column fk = destination(pair);
            if (unlessAssigned && uow.isAssigned(dest, fk)) {
                continue;
            }
            Object value = source == null ? null : Mapper.of(source).columnProperty(source(pair)).get(source);
            destMapper.columnProperty(fk).setQuietly(dest, value);
            written.add(fk);
        }
        return written;
    }

    /**
     * Passive key sync: the database's {@code ON UPDATE CASCADE} copies {@code source}'s changed key
     * into {@code dest}'s row; {@code dest} follows in memory without history, except in columns changed
     * by hand. A cascaded primary key column is noted, so that a later UPDATE of {@code dest} in this
     * flush finds its row by the new value.
     */
    void follow(UnitOfWork uow, InstanceState source, InstanceState dest) {
        uow.registerPassiveUpdate(dest);
        Mapper sourceMapper = Mapper.of(source);
        Mapper destMapper = Mapper.of(dest);
        for (JoinCondition.Pair pair : pairs) {
            Column to = destination(pair);
            ColumnProperty property = destMapper.columnProperty(to);
            if (!dest.isChanged(property.key())) {
                property.setQuietly(dest, sourceMapper.columnProperty(source(pair)).get(source));
                if (to.isPrimaryKey()) {
                    uow.keyCascaded(dest, to);
                }
            }
        }
    }

    /**
     * True if a persistent {@code source} changed the value of a column it gives (a primary key, or a
     * unique column a foreign key refers to): the rows that refer to it must follow.
     */
    boolean sourceModified(InstanceState source) {
        if (!source.isPersistent()) {
            return false;
        }
        Mapper mapper = Mapper.of(source);
        for (JoinCondition.Pair pair : pairs) {
            ColumnProperty property = mapper.columnProperty(source(pair));
            if (!Objects.equals(Persistence.value(property, source, true), property.get(source))) {
                return true;
            }
        }
        return false;
    }

    /** The key values {@code source} had before this flush, as the foreign keys that refer to it hold them. */
    Object committedSourceKey(InstanceState source) {
        Mapper mapper = Mapper.of(source);
        if (pairs.size() == 1) {
            return Persistence.value(mapper.columnProperty(source(pairs.get(0))), source, true);
        }
        List<Object> values = new ArrayList<>(pairs.size());
        for (JoinCondition.Pair pair : pairs) {
            values.add(Persistence.value(mapper.columnProperty(source(pair)), source, true));
        }
        return values;
    }

    /**
     * The foreign key {@code dest} holds, in the form of {@link #committedSourceKey}; {@code null} if a
     * column is NULL, or is not loaded and {@code load} is false.
     */
    Object destinationKey(InstanceState dest, boolean load) {
        Mapper mapper = Mapper.of(dest);
        List<Object> values = pairs.size() == 1 ? null : new ArrayList<>(pairs.size());
        Object value = null;
        for (JoinCondition.Pair pair : pairs) {
            ColumnProperty property = mapper.columnProperty(destination(pair));
            if (!dest.isLoaded(property.key())) {
                if (!load) {
                    return null;
                }
                property.attribute().beforeRead(dest);
            }
            value = property.get(dest);
            if (value == null) {
                return null;
            }
            if (values != null) {
                values.add(value);
            }
        }
        return values != null ? values : value;
    }

    /** True if every foreign-key column of {@code dest} is loaded. */
    boolean destinationLoaded(InstanceState dest) {
        Mapper mapper = Mapper.of(dest);
        for (JoinCondition.Pair pair : pairs) {
            if (!dest.isLoaded(mapper.columnProperty(destination(pair)).key())) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code dest}'s foreign key, as loaded, holds a value in some column. */
    boolean destinationCommitted(InstanceState dest) {
        Mapper mapper = Mapper.of(dest);
        for (JoinCondition.Pair pair : pairs) {
            if (Persistence.value(mapper.columnProperty(destination(pair)), dest, true) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The identity key of the {@code sourceMapper} row that {@code dest}'s foreign key referred to when
     * loaded, when that key is the source's whole primary key; {@code null} otherwise, or when a column
     * is not loaded or NULL. Nothing is loaded.
     */
    EntityKey committedSourceIdentity(Mapper sourceMapper, InstanceState dest) {
        List<ColumnProperty> key = sourceMapper.primaryKey();
        Object[] values = new Object[key.size()];
        Mapper destMapper = Mapper.of(dest);
        for (JoinCondition.Pair pair : pairs) {
            int index = -1;
            for (int i = 0; i < key.size(); i++) {
                if (key.get(i).column() == source(pair)) {
                    index = i;
                }
            }
            ColumnProperty fk = destMapper.columnProperty(destination(pair));
            if (index < 0 || !dest.isLoaded(fk.key())) {
                return null;
            }
            values[index] = Persistence.value(fk, dest, true);
        }
        for (Object value : values) {
            if (value == null) {
                return null;
            }
        }
        return EntityKey.of(sourceMapper, values);
    }

    /**
     * The association row of a many-to-many linking {@code parent} and {@code child}, by column name:
     * their key values, as loaded when {@code committed}.
     */
    Map<String, Object> associationRow(InstanceState parent, InstanceState child, boolean committed) {
        Map<String, Object> row = new LinkedHashMap<>();
        Mapper parentMapper = Mapper.of(parent);
        Mapper childMapper = Mapper.of(child);
        for (JoinCondition.Pair pair : pairs) {
            row.put(pair.remote().name(), Persistence.value(parentMapper.columnProperty(pair.local()), parent, committed));
        }
        for (JoinCondition.Pair pair : relationship.join().secondaryPairs()) {
            row.put(pair.local().name(), Persistence.value(childMapper.columnProperty(pair.remote()), child, committed));
        }
        return row;
    }

    /** The columns of a many-to-many's association table that {@link #associationRow} fills, in table order. */
    List<Column> associationColumns() {
        List<Column> columns = new ArrayList<>();
        for (JoinCondition.Pair pair : pairs) {
            columns.add(pair.remote());
        }
        for (JoinCondition.Pair pair : relationship.join().secondaryPairs()) {
            columns.add(pair.local());
        }
        List<Column> tableOrder = relationship.join().secondary().columns();
        columns.sort(java.util.Comparator.comparingInt(tableOrder::indexOf));
        return columns;
    }
}
