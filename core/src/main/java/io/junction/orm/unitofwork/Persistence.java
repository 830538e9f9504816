package io.junction.orm.unitofwork;

import io.junction.engine.Connection;
import io.junction.engine.Result;
import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.BindParameter;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Insert;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.Statement;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rows of one mapper's objects: UPDATEs of the changed columns, INSERTs, DELETEs.
 * Rows of the same shape go out as one statement: a JDBC batch, or where the dialect
 * {@linkplain Dialect#useInsertManyValues() inserts many values} one INSERT whose RETURNING gives the generated keys.
 */
final class Persistence {
    private Persistence() {
    }

    static void save(UnitOfWork uow, Mapper mapper, List<InstanceState> states) {
        List<InstanceState> inserts = new ArrayList<>();
        Map<List<ColumnProperty>, List<InstanceState>> updates = new LinkedHashMap<>();
        for (InstanceState state : states) {
            if (state.status() == InstanceState.Status.PENDING && !uow.wasInserted(state)) {
                InstanceState replaced = uow.rowSwitch(state);
                if (replaced == null) {
                    inserts.add(state);
                } else {
                    state.key(replaced.key());
                    List<ColumnProperty> assigned = assignedColumns(mapper, state);
                    if (!assigned.isEmpty()) {
                        updates.computeIfAbsent(assigned, c -> new ArrayList<>()).add(state);
                    }
                    uow.markInserted(state);
                }
            } else {
                List<ColumnProperty> changed = changedColumns(mapper, state);
                if (!changed.isEmpty()) {
                    updates.computeIfAbsent(changed, c -> new ArrayList<>()).add(state);
                }
            }
        }
        updates.forEach((columns, group) -> update(uow, mapper, columns, group));
        if (!inserts.isEmpty()) {
            insert(uow, mapper, inserts);
        }
    }

    /**
     * The post-update UPDATEs of {@code rows}, each with the columns marked for it: one UPDATE per
     * row in row order, rows with the same columns in one batch.
     */
    static void postUpdate(UnitOfWork uow, Mapper mapper, Map<InstanceState, Set<Column>> rows) {
        Map<List<ColumnProperty>, List<InstanceState>> updates = new LinkedHashMap<>();
        for (InstanceState state : uow.ordered(rows.keySet())) {
            Set<Column> marked = rows.get(state);
            List<ColumnProperty> columns = new ArrayList<>(marked.size());
            for (ColumnProperty property : mapper.columnProperties()) {
                if (marked.contains(property.column())) {
                    columns.add(property);
                }
            }
            if (!columns.isEmpty()) {
                updates.computeIfAbsent(columns, c -> new ArrayList<>()).add(state);
            }
        }
        updates.forEach((columns, group) -> update(uow, mapper, columns, group));
    }

    static void delete(UnitOfWork uow, Mapper mapper, List<InstanceState> candidates) {
        List<InstanceState> states = new ArrayList<>(candidates.size());
        for (InstanceState state : candidates) {
            if (!uow.isSwitched(state)) {
                uow.markRowDeleted(state);
                states.add(state);
            }
        }
        if (states.isEmpty()) {
            return;
        }
        List<ColumnProperty> pk = mapper.primaryKey();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InstanceState state : states) {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < pk.size(); i++) {
                row.put("pk_" + i, EntityKey.rowValue(state, pk.get(i)));
            }
            rows.add(row);
        }
        execute(uow.connection(), Sql.delete(mapper.table()).where(keyCriteria(pk)), rows, "DELETE", mapper);
    }

    private static void update(UnitOfWork uow, Mapper mapper, List<ColumnProperty> columns, List<InstanceState> states) {
        Map<Column, Object> values = new LinkedHashMap<>();
        for (ColumnProperty property : columns) {
            values.put(property.column(), Sql.bindparam(property.column().name(), property.column().type()));
        }
        List<ColumnProperty> pk = mapper.primaryKey();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InstanceState state : states) {
            Map<String, Object> row = new HashMap<>();
            for (ColumnProperty property : columns) {
                row.put(property.column().name(), property.get(state));
            }
            for (int i = 0; i < pk.size(); i++) {
                ColumnProperty key = pk.get(i);
                row.put("pk_" + i, uow.isKeyCascaded(state, key.column()) ? key.get(state) : EntityKey.rowValue(state, key));
            }
            rows.add(row);
        }
        execute(uow.connection(), Sql.update(mapper.table()).set(values).where(keyCriteria(pk)), rows, "UPDATE", mapper);
    }

    private static void insert(UnitOfWork uow, Mapper mapper, List<InstanceState> states) {
        Map<List<ColumnProperty>, List<InstanceState>> groups = new LinkedHashMap<>();
        for (InstanceState state : states) {
            List<ColumnProperty> included = new ArrayList<>();
            for (ColumnProperty property : mapper.columnProperties()) {
                boolean unset = property.get(state) == null
                        && (property.column().isAutoincrement() || !state.isChanged(property.key()));
                if (!unset) {
                    included.add(property);
                }
            }
            groups.computeIfAbsent(included, c -> new ArrayList<>()).add(state);
        }
        groups.forEach((columns, group) -> insertGroup(uow, mapper, columns, group));
    }

    private static void insertGroup(UnitOfWork uow, Mapper mapper, List<ColumnProperty> columns, List<InstanceState> states) {
        ColumnProperty generated = null;
        for (ColumnProperty property : mapper.primaryKey()) {
            if (!columns.contains(property)) {
                generated = property;
            }
        }
        Table table = mapper.table();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InstanceState state : states) {
            Map<String, Object> row = new HashMap<>();
            for (ColumnProperty property : columns) {
                row.put(property.column().name(), property.get(state));
            }
            rows.add(row);
        }
        Connection connection = uow.connection();
        Dialect dialect = connection.engine().dialect();
        if (generated == null) {
            execute(connection, keyedInsert(table, columns), rows, "INSERT", mapper);
        } else if (dialect.useInsertManyValues() && !columns.isEmpty()) {
            int perStatement = dialect.insertManyValuesPageSize(columns.size());
            for (int from = 0; from < states.size(); from += perStatement) {
                int to = Math.min(states.size(), from + perStatement);
                List<Object> keys = multiRowInsert(connection, table, columns, generated, rows.subList(from, to));
                assignKeys(uow, generated, states.subList(from, to), keys);
            }
        } else {
            Insert insert = keyedInsert(table, columns).returning(generated.column());
            Result result = rows.size() == 1 ? connection.execute(insert, rows.get(0)) : connection.executeMany(insert, rows);
            List<Object> keys = new ArrayList<>();
            for (Row row : result.all()) {
                keys.add(row.get(0));
            }
            assignKeys(uow, generated, states, keys);
        }
        for (InstanceState state : states) {
            uow.markInserted(state);
        }
    }

    private static List<Object> multiRowInsert(Connection connection, Table table, List<ColumnProperty> columns,
                                               ColumnProperty generated, List<Map<String, Object>> rows) {
        List<Map<Column, Object>> valueRows = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<Column, Object> values = new LinkedHashMap<>();
            for (ColumnProperty property : columns) {
                values.put(property.column(), row.get(property.column().name()));
            }
            valueRows.add(values);
        }
        Insert insert = Sql.insert(table).values(valueRows).returning(generated.column());
        List<Object> keys = new ArrayList<>();
        for (Row row : connection.execute(insert).all()) {
            keys.add(row.get(0));
        }
        keys.sort(Comparator.comparing(k -> ((Number) k).longValue()));
        return keys;
    }

    private static void assignKeys(UnitOfWork uow, ColumnProperty generated, List<InstanceState> states, List<Object> keys) {
        if (keys.size() != states.size()) {
            throw new FlushException("INSERT into table '" + generated.column().table().name() + "' returned "
                    + keys.size() + " generated key(s) for " + states.size() + " row(s)");
        }
        for (int i = 0; i < states.size(); i++) {
            generated.setQuietly(states.get(i), keys.get(i));
            uow.keyGenerated(states.get(i), generated);
        }
    }

    private static Insert keyedInsert(Table table, List<ColumnProperty> columns) {
        Map<Column, BindParameter> values = new LinkedHashMap<>();
        for (ColumnProperty property : columns) {
            values.put(property.column(), Sql.bindparam(property.column().name(), property.column().type()));
        }
        return Sql.insert(table).values(values);
    }

    private static void execute(Connection connection, Statement statement, List<Map<String, Object>> rows,
                                String verb, Mapper mapper) {
        int[] counts = executeRows(connection, statement, rows);
        if (verb.equals("INSERT")) {
            return;
        }
        int matched = matchedRows(counts);
        if (matched >= 0 && matched != rows.size()) {
            throw new StaleDataException(verb + " of table '" + mapper.table().name() + "' expected to match "
                    + rows.size() + " row(s), but " + matched + " were matched: the rows of " + mapper.type().getSimpleName()
                    + " changed or were deleted outside this session");
        }
    }

    /** The rows a statement's executions matched in all, or -1 when the driver does not say. */
    static int matchedRows(int[] counts) {
        int matched = 0;
        for (int count : counts) {
            if (count < 0) {
                return -1;
            }
            matched += count;
        }
        return matched;
    }

    /** Runs {@code statement} once per row: a single execution for one row, one JDBC batch for several. */
    static int[] executeRows(Connection connection, Statement statement, List<Map<String, Object>> rows) {
        if (rows.size() == 1) {
            return new int[] {connection.execute(statement, rows.get(0)).rowCount()};
        }
        return connection.executeMany(statement, rows).rowCounts();
    }

    /** A column's value: as loaded (what the database row still has) when {@code committed}, else as it is now. */
    static Object value(ColumnProperty property, InstanceState state, boolean committed) {
        return committed ? EntityKey.rowValue(state, property) : property.get(state);
    }

    /** The non-key columns a new object has values for: what a row switch writes over the old row. */
    private static List<ColumnProperty> assignedColumns(Mapper mapper, InstanceState state) {
        List<ColumnProperty> assigned = new ArrayList<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            if (!property.column().isPrimaryKey() && (state.isChanged(property.key()) || property.get(state) != null)) {
                assigned.add(property);
            }
        }
        return assigned;
    }

    private static List<ColumnProperty> changedColumns(Mapper mapper, InstanceState state) {
        List<ColumnProperty> changed = new ArrayList<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            if (property.attribute().isChanged(state)) {
                changed.add(property);
            }
        }
        return changed;
    }

    /** {@code pk_0 = ? AND pk_1 = ? ...}: the WHERE clause that finds a row by its identity key. */
    private static ColumnElement keyCriteria(List<ColumnProperty> pk) {
        List<ColumnElement> criteria = new ArrayList<>(pk.size());
        for (int i = 0; i < pk.size(); i++) {
            criteria.add(pk.get(i).column().eq(Sql.bindparam("pk_" + i, pk.get(i).column().type())));
        }
        return Sql.and(criteria);
    }
}
