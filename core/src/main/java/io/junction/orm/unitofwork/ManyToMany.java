package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A many-to-many: rows of the association table link the two sides. They are inserted after both
 * sides' rows and deleted before either side's row; each row is written once even when both
 * directions of a backref saw the change. Rows of one flush go out as one batch per statement.
 */
final class ManyToMany extends DependencyProcessor {

    ManyToMany(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState parent : states) {
            for (Object child : history(parent).added()) {
                related(child);
            }
        }
    }

    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState parent : states) {
            relationship.attribute().beforeRead(parent);
        }
    }

    @Override
    void declareEdges(UnitOfWork uow) {
        for (InstanceState parent : uow.saves(parent())) {
            Action after = uow.process(this, parent, false);
            uow.edge(uow.save(parent), after);
            History history = history(parent);
            for (Object child : history.added()) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && !uow.isDeleted(childState)) {
                    uow.edge(uow.save(childState), after);
                }
            }
            for (Object child : history.deleted()) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && uow.isDeleted(childState)) {
                    uow.edge(after, uow.delete(childState));
                }
            }
        }
        for (InstanceState parent : uow.deletes(parent())) {
            Action before = uow.process(this, parent, true);
            uow.edge(before, uow.delete(parent));
            for (Object child : membersInDatabase(parent, false)) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && uow.isDeleted(childState)) {
                    uow.edge(before, uow.delete(childState));
                }
            }
        }
    }

    @Override
    void processSaves(UnitOfWork uow, List<InstanceState> states) {
        List<Map<String, Object>> inserts = new ArrayList<>();
        List<Map<String, Object>> deletes = new ArrayList<>();
        for (InstanceState parent : states) {
            History history = history(parent);
            for (Object child : history.deleted()) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && childState.key() != null && parent.key() != null) {
                    Map<String, Object> row = row(parent, childState, true);
                    if (uow.claimAssociationRow(secondary(), false, row)) {
                        deletes.add(row);
                    }
                }
            }
            for (Object child : history.added()) {
                InstanceState childState = child == null ? null : InstanceState.require(child);
                if (childState != null && !uow.isDeleted(childState)) {
                    Map<String, Object> row = row(parent, childState, false);
                    if (uow.claimAssociationRow(secondary(), true, row)) {
                        inserts.add(row);
                    }
                }
            }
        }
        write(uow, deletes, inserts);
    }

    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> states) {
        List<Map<String, Object>> deletes = new ArrayList<>();
        for (InstanceState parent : states) {
            for (Object child : membersInDatabase(parent, false)) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && childState.key() != null) {
                    Map<String, Object> row = row(parent, childState, true);
                    if (uow.claimAssociationRow(secondary(), false, row)) {
                        deletes.add(row);
                    }
                }
            }
        }
        write(uow, deletes, List.of());
    }

    private void write(UnitOfWork uow, List<Map<String, Object>> deletes, List<Map<String, Object>> inserts) {
        Table table = secondary();
        List<Column> columns = associationColumns();
        if (!deletes.isEmpty()) {
            List<ColumnElement> criteria = new ArrayList<>();
            for (Column column : columns) {
                criteria.add(column.eq(Sql.bindparam(column.name(), column.type())));
            }
            Persistence.executeRows(uow.connection(), Sql.delete(table).where(Sql.and(criteria)), deletes);
        }
        if (!inserts.isEmpty()) {
            Map<Column, Object> values = new LinkedHashMap<>();
            for (Column column : columns) {
                values.put(column, Sql.bindparam(column.name(), column.type()));
            }
            Persistence.executeRows(uow.connection(), Sql.insert(table).values(values), inserts);
        }
    }

    /** The association row linking {@code parent} and {@code child}: their key values, as loaded when {@code committed}. */
    private Map<String, Object> row(InstanceState parent, InstanceState child, boolean committed) {
        Map<String, Object> row = new LinkedHashMap<>();
        Mapper parentMapper = Mapper.of(parent);
        Mapper childMapper = Mapper.of(child);
        for (JoinCondition.Pair pair : relationship.join().pairs()) {
            row.put(pair.remote().name(), Persistence.value(parentMapper.columnProperty(pair.local()), parent, committed));
        }
        for (JoinCondition.Pair pair : relationship.join().secondaryPairs()) {
            row.put(pair.local().name(), Persistence.value(childMapper.columnProperty(pair.remote()), child, committed));
        }
        return row;
    }

    private List<Column> associationColumns() {
        List<Column> columns = new ArrayList<>();
        for (JoinCondition.Pair pair : relationship.join().pairs()) {
            columns.add(pair.remote());
        }
        for (JoinCondition.Pair pair : relationship.join().secondaryPairs()) {
            columns.add(pair.local());
        }
        List<Column> tableOrder = secondary().columns();
        columns.sort(java.util.Comparator.comparingInt(tableOrder::indexOf));
        return columns;
    }

    private Table secondary() {
        return relationship.join().secondary();
    }

    private History history(InstanceState parent) {
        return relationship.attribute().history(parent);
    }
}
