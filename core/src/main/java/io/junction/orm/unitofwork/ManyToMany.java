package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.PassiveDeletes;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.Statement;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A many-to-many: rows of the association table link the two sides. They are inserted after both
 * sides' rows and deleted before either side's row; each row is written once even when both
 * directions of a backref saw the change. When a parent's key changes and updates are not passive,
 * its rows are UPDATEd to the new key. Rows of one flush go out as one batch per statement; an
 * UPDATE or DELETE that does not match its row raises {@link StaleDataException}. With passive
 * deletes, a deleted parent's association rows are left to the database unless its collection is loaded.
 */
final class ManyToMany extends DependencyProcessor {
    private static final String OLD = "old_";

    ManyToMany(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState parent : states) {
            if (updatesRows(parent)) {
                relationship.loadAllMembers(parent);
            }
            for (Object child : history(parent).added()) {
                related(child);
            }
        }
    }

    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
        if (relationship.passiveDeletes() != PassiveDeletes.OFF) {
            return;
        }
        for (InstanceState parent : states) {
            relationship.loadAllMembers(parent);
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
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> deletes = new ArrayList<>();
        for (InstanceState parent : states) {
            History history = history(parent);
            if (updatesRows(parent)) {
                for (Object child : history.unchanged()) {
                    Map<String, Object> row = keySwitch(parent, InstanceState.require(child));
                    if (uow.claimAssociationRow(secondary(), false, row)) {
                        updates.add(row);
                    }
                }
            }
            for (Object child : history.deleted()) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && childState.key() != null && parent.key() != null) {
                    Map<String, Object> row = sync.associationRow(parent, childState, true);
                    if (uow.claimAssociationRow(secondary(), false, row)) {
                        deletes.add(row);
                    }
                }
            }
            for (Object child : history.added()) {
                InstanceState childState = child == null ? null : InstanceState.require(child);
                if (childState != null && !uow.isDeleted(childState)) {
                    Map<String, Object> row = sync.associationRow(parent, childState, false);
                    if (uow.claimAssociationRow(secondary(), true, row)) {
                        inserts.add(row);
                    }
                }
            }
        }
        write(uow, deletes, updates, inserts);
    }

    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> states) {
        List<Map<String, Object>> deletes = new ArrayList<>();
        for (InstanceState parent : states) {
            for (Object child : membersInDatabase(parent, false)) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && childState.key() != null) {
                    Map<String, Object> row = sync.associationRow(parent, childState, true);
                    if (uow.claimAssociationRow(secondary(), false, row)) {
                        deletes.add(row);
                    }
                }
            }
        }
        write(uow, deletes, List.of(), List.of());
    }

    private void write(UnitOfWork uow, List<Map<String, Object>> deletes, List<Map<String, Object>> updates,
                       List<Map<String, Object>> inserts) {
        Table table = secondary();
        List<Column> columns = sync.associationColumns();
        if (!deletes.isEmpty()) {
            List<ColumnElement> criteria = new ArrayList<>();
            for (Column column : columns) {
                criteria.add(column.eq(Sql.bindparam(column.name(), column.type())));
            }
            expect(uow, Sql.delete(table).where(Sql.and(criteria)), deletes, "DELETE");
        }
        if (!updates.isEmpty()) {
            Map<Column, Object> values = new LinkedHashMap<>();
            List<ColumnElement> criteria = new ArrayList<>();
            for (Column column : columns) {
                values.put(column, Sql.bindparam(column.name(), column.type()));
                criteria.add(column.eq(Sql.bindparam(OLD + column.name(), column.type())));
            }
            expect(uow, Sql.update(table).set(values).where(Sql.and(criteria)), updates, "UPDATE");
        }
        if (!inserts.isEmpty()) {
            Map<Column, Object> values = new LinkedHashMap<>();
            for (Column column : columns) {
                values.put(column, Sql.bindparam(column.name(), column.type()));
            }
            Persistence.executeRows(uow.connection(), Sql.insert(table).values(values), inserts);
        }
    }

    /** Runs {@code statement} once per row; each row must match one association row, or the rows changed behind the session. */
    private void expect(UnitOfWork uow, Statement statement, List<Map<String, Object>> rows, String verb) {
        int matched = Persistence.matchedRows(Persistence.executeRows(uow.connection(), statement, rows));
        if (matched >= 0 && matched != rows.size()) {
            throw new StaleDataException(verb + " of association table '" + secondary().name() + "' expected to match "
                    + rows.size() + " row(s), but " + matched + " were matched: the rows of " + relationship
                    + " changed or were deleted outside this session");
        }
    }

    /**
     * True if a parent's key that the association rows copy changed and updates are not passive:
     * this flush moves its association rows to the new key.
     */
    private boolean updatesRows(InstanceState parent) {
        return !relationship.config().passiveUpdates() && sync.sourceModified(parent);
    }

    /** The association row of {@code parent} and {@code child} as it is to be, with its loaded values under "old_" names. */
    private Map<String, Object> keySwitch(InstanceState parent, InstanceState child) {
        Map<String, Object> row = sync.associationRow(parent, child, false);
        sync.associationRow(parent, child, true).forEach((column, value) -> row.put(OLD + column, value));
        return row;
    }

    private Table secondary() {
        return relationship.join().secondary();
    }

}
