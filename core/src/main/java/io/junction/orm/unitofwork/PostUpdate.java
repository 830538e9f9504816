package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A relationship with {@code postUpdate(true)}: its foreign key is written by a second UPDATE,
 * after every row is saved, and set to NULL by an UPDATE before any row is deleted, so that rows
 * that refer to each other (or to themselves) can be inserted and deleted.
 */
final class PostUpdate extends DependencyProcessor {

    PostUpdate(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState state : states) {
            for (Object target : history(state).added()) {
                if (target != null) {
                    related(target);
                }
            }
        }
    }

    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
    }

    @Override
    void declareEdges(UnitOfWork uow) {
        Action after = null;
        for (Mapper mapper : List.of(parent(), child())) {
            for (InstanceState state : uow.saves(mapper)) {
                after = after != null ? after : uow.postUpdate(this, false);
                uow.edge(uow.save(state), after);
            }
        }
        Action before = null;
        for (Mapper mapper : List.of(parent(), child())) {
            for (InstanceState state : uow.deletes(mapper)) {
                before = before != null ? before : uow.postUpdate(this, true);
                uow.edge(before, uow.delete(state));
            }
        }
    }

    @Override
    void processSaves(UnitOfWork uow, List<InstanceState> states) {
        Map<InstanceState, Object> holders = new LinkedHashMap<>();
        boolean manyToOne = relationship.direction() == Direction.MANY_TO_ONE;
        for (InstanceState state : states) {
            History history = history(state);
            if (manyToOne) {
                if (!history.added().isEmpty() && !uow.isDeleted(state)) {
                    holders.put(state, history.added().get(0));
                }
            } else {
                for (Object child : history.deleted()) {
                    InstanceState childState = child == null ? null : InstanceState.of(child);
                    if (childState != null && childState.key() != null && !uow.isDeleted(childState)) {
                        holders.putIfAbsent(childState, null);
                    }
                }
                for (Object child : history.added()) {
                    if (child != null && !uow.isDeleted(InstanceState.require(child))) {
                        holders.put(InstanceState.require(child), state.object());
                    }
                }
            }
        }
        update(uow, holders);
    }

    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> ignored) {
        Map<InstanceState, Object> holders = new LinkedHashMap<>();
        boolean manyToOne = relationship.direction() == Direction.MANY_TO_ONE;
        Mapper holderMapper = manyToOne ? parent() : child();
        List<InstanceState> candidates = new ArrayList<>(uow.deletes(holderMapper));
        for (InstanceState state : uow.deletes(manyToOne ? child() : parent())) {
            for (InstanceState holder : uow.context().persistentStates()) {
                if (Mapper.of(holder) == holderMapper && !candidates.contains(holder) && refersTo(holder, state)) {
                    candidates.add(holder);
                }
            }
        }
        for (InstanceState holder : candidates) {
            if (holder.key() != null && hasForeignKey(holder)) {
                holders.put(holder, null);
            }
        }
        update(uow, holders);
    }

    /** UPDATEs the foreign key of each holder to the key of its target (NULL for none), one batch. */
    private void update(UnitOfWork uow, Map<InstanceState, Object> holders) {
        if (holders.isEmpty()) {
            return;
        }
        boolean manyToOne = relationship.direction() == Direction.MANY_TO_ONE;
        List<JoinCondition.Pair> pairs = relationship.join().pairs();
        Mapper holderMapper = manyToOne ? parent() : child();
        List<Column> fkColumns = destinations(pairs, !manyToOne);
        Map<Column, Object> values = new LinkedHashMap<>();
        for (Column column : fkColumns) {
            values.put(column, Sql.bindparam(column.name(), column.type()));
        }
        List<ColumnElement> criteria = new ArrayList<>();
        List<ColumnProperty> pk = holderMapper.primaryKey();
        for (int i = 0; i < pk.size(); i++) {
            criteria.add(pk.get(i).column().eq(Sql.bindparam("pk_" + i, pk.get(i).column().type())));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<InstanceState, Object> entry : holders.entrySet()) {
            InstanceState holder = entry.getKey();
            InstanceState target = entry.getValue() == null ? null : InstanceState.require(entry.getValue());
            Map<String, Object> row = new HashMap<>();
            for (JoinCondition.Pair pair : pairs) {
                Column fk = manyToOne ? pair.local() : pair.remote();
                Column source = manyToOne ? pair.remote() : pair.local();
                Object value = target == null ? null : Mapper.of(target).columnProperty(source).get(target);
                holderMapper.columnProperty(fk).setQuietly(holder, value);
                row.put(fk.name(), value);
            }
            for (int i = 0; i < pk.size(); i++) {
                row.put("pk_" + i, Persistence.value(pk.get(i), holder, true));
            }
            rows.add(row);
        }
        Persistence.executeRows(uow.connection(), Sql.update(holderMapper.table()).set(values).where(Sql.and(criteria)), rows);
    }

    private boolean refersTo(InstanceState holder, InstanceState target) {
        if (relationship.direction() == Direction.MANY_TO_ONE) {
            return holder.isLoaded(relationship.key()) && relationship.attribute().get(holder) == target.object();
        }
        return false;
    }

    private boolean hasForeignKey(InstanceState holder) {
        Mapper holderMapper = Mapper.of(holder);
        boolean manyToOne = relationship.direction() == Direction.MANY_TO_ONE;
        for (Column column : destinations(relationship.join().pairs(), !manyToOne)) {
            if (Persistence.value(holderMapper.columnProperty(column), holder, true) != null) {
                return true;
            }
        }
        return false;
    }

    private History history(InstanceState state) {
        return relationship.attribute().history(state);
    }
}
