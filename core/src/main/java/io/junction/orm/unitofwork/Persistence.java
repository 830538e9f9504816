package io.junction.orm.unitofwork;

import io.junction.engine.Connection;
import io.junction.engine.Result;
import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperEvents;
import io.junction.orm.mapper.MapperEvents.Kind;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.Statement;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Writes the rows of one mapper's objects: UPDATEs of the changed columns, INSERTs, DELETEs.
 * Rows of the same shape go out as one statement: a JDBC batch, or where the dialect
 * {@linkplain Dialect#useInsertManyValues() inserts many values} one INSERT whose RETURNING gives the generated keys.
 */
final class Persistence {
    private Persistence() {
    }

    static void save(UnitOfWork uow, Mapper mapper, List<InstanceState> states) {
        MapperEvents events = mapper.events();
        boolean[] inserting = events == null ? null : beforeSave(uow, events, states);
        writeSaves(uow, mapper, states);
        if (events != null) {
            for (int i = 0; i < states.size(); i++) {
                events.fire(inserting[i] ? Kind.AFTER_INSERT : Kind.AFTER_UPDATE, states.get(i).object(), uow.connection());
            }
        }
    }

    /**
     * SQLAlchemy's {@code before_insert} and {@code before_update}, before any row of {@code states} is
     * written, so the columns a listener sets are written too; returns which of them are inserted.
     */
    private static boolean[] beforeSave(UnitOfWork uow, MapperEvents events, List<InstanceState> states) {
        boolean[] inserting = new boolean[states.size()];
        for (int i = 0; i < inserting.length; i++) {
            InstanceState state = states.get(i);
            inserting[i] = state.status() == InstanceState.Status.PENDING && !uow.wasInserted(state);
            events.fire(inserting[i] ? Kind.BEFORE_INSERT : Kind.BEFORE_UPDATE, state.object(), uow.connection());
        }
        return inserting;
    }

    private static void writeSaves(UnitOfWork uow, Mapper mapper, List<InstanceState> states) {
        ColumnProperty version = mapper.versionId();
        BiPredicate<ColumnProperty, InstanceState> changed = version == null ? Persistence::changed
                : (property, state) -> property == version || changed(property, state);
        List<InstanceState> inserts = new ArrayList<>();
        Map<List<ColumnProperty>, List<InstanceState>> updates = new LinkedHashMap<>();
        List<ColumnProperty> lastChanged = null;
        List<InstanceState> lastGroup = null;
        for (InstanceState state : states) {
            mapper.applyColumnDefaults(state, state.status() == InstanceState.Status.PENDING && !uow.wasInserted(state));
            if (state.status() == InstanceState.Status.PENDING && !uow.wasInserted(state)) {
                InstanceState replaced = uow.rowSwitch(state);
                if (replaced == null) {
                    inserts.add(state);
                } else {
                    state.key(replaced.key());
                    if (version != null) {
                        uow.versions().switched(version, state, replaced);
                    }
                    List<ColumnProperty> assigned = assignedColumns(mapper, state);
                    if (!assigned.isEmpty()) {
                        updates.computeIfAbsent(assigned, c -> new ArrayList<>()).add(state);
                    }
                    uow.markInserted(state);
                }
            } else if (lastChanged != null && (version == null || lastChanged.size() > 1) && hasColumns(mapper, state, lastChanged, changed)) {
                lastGroup.add(state);
            } else {
                List<ColumnProperty> columns = columns(mapper, state, changed);
                if (!columns.isEmpty() && (version == null || columns.size() > 1 || changed(version, state))) {
                    lastChanged = columns;
                    lastGroup = updates.computeIfAbsent(columns, c -> new ArrayList<>());
                    lastGroup.add(state);
                }
            }
        }
        updates.forEach((columns, group) -> update(uow, mapper, columns, group));
        if (!inserts.isEmpty()) {
            if (mapper.generatedKey() != null) {
                KeyGeneration.generate(uow, mapper, inserts);
            }
            if (version != null) {
                Versions.initial(version, inserts);
            }
            insert(uow, mapper, inserts);
        }
    }

    /**
     * The post-update UPDATEs of {@code rows}, each with the columns marked for it: one UPDATE per
     * row in row order, rows with the same columns in one batch. A versioned row is checked by its
     * version and, unless this flush inserted it, given the next one (as SQLAlchemy does).
     */
    static void postUpdate(UnitOfWork uow, Mapper mapper, Map<InstanceState, Set<Column>> rows) {
        Map<List<ColumnProperty>, List<InstanceState>> updates = new LinkedHashMap<>();
        ColumnProperty version = mapper.versionId();
        for (InstanceState state : uow.ordered(rows.keySet())) {
            Set<Column> marked = rows.get(state);
            List<ColumnProperty> columns = new ArrayList<>(marked.size() + 1);
            for (ColumnProperty property : mapper.columnProperties()) {
                if (marked.contains(property.column()) || property == version && !marked.isEmpty() && !uow.wasInserted(state)) {
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
        MapperEvents events = mapper.events();
        if (events != null) {
            for (InstanceState state : states) {
                events.fire(Kind.BEFORE_DELETE, state.object(), uow.connection());
            }
        }
        FlushStatements.Write delete = uow.statements().delete(mapper);
        if (mapper.versionId() != null) {
            Versions.load(mapper.versionId(), states);
        }
        execute(uow, delete, states, "DELETE", mapper);
        if (events != null) {
            for (InstanceState state : states) {
                events.fire(Kind.AFTER_DELETE, state.object(), uow.connection());
            }
        }
    }

    private static void update(UnitOfWork uow, Mapper mapper, List<ColumnProperty> columns, List<InstanceState> states) {
        FlushStatements.Write update = uow.statements().update(mapper, columns);
        if (mapper.versionId() != null) {
            uow.versions().bump(uow, mapper, states, columns.contains(mapper.versionId()));
        }
        execute(uow, update, states, "UPDATE", mapper);
        if (mapper.versionId() != null) {
            uow.versions().written(mapper.versionId(), states);
        }
    }

    private static List<Map<String, Object>> rows(RowLayout layout, List<InstanceState> states) {
        List<Map<String, Object>> rows = new ArrayList<>(states.size());
        for (InstanceState state : states) {
            rows.add(layout.row(state));
        }
        return rows;
    }

    private static void insert(UnitOfWork uow, Mapper mapper, List<InstanceState> states) {
        Map<List<ColumnProperty>, List<InstanceState>> groups = new LinkedHashMap<>();
        List<ColumnProperty> lastColumns = null;
        List<InstanceState> lastGroup = null;
        for (InstanceState state : states) {
            if (lastColumns == null || !hasColumns(mapper, state, lastColumns, Persistence::inserted)) {
                lastColumns = columns(mapper, state, Persistence::inserted);
                lastGroup = groups.computeIfAbsent(lastColumns, c -> new ArrayList<>());
            }
            lastGroup.add(state);
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
        Connection connection = uow.connection();
        Dialect dialect = connection.engine().dialect();
        if (generated == null) {
            FlushStatements.Write insert = uow.statements().insert(mapper, columns, null);
            executeRows(connection, insert.statement(), rows(insert.layout(), states));
        } else if (dialect.useInsertManyValues() && !columns.isEmpty()) {
            int perStatement = dialect.insertManyValuesPageSize(columns.size());
            for (int from = 0; from < states.size(); from += perStatement) {
                List<InstanceState> page = states.subList(from, Math.min(states.size(), from + perStatement));
                ManyRowInsert insert = uow.statements().insertMany(mapper, columns, generated, page.size());
                List<Object> keys = keys(connection.execute(insert.statement(), insert.values(page)));
                keys.sort(Comparator.comparing(k -> ((Number) k).longValue()));
                assignKeys(uow, generated, page, keys);
            }
        } else {
            FlushStatements.Write insert = uow.statements().insert(mapper, columns, generated);
            List<Map<String, Object>> rows = rows(insert.layout(), states);
            Statement statement = insert.statement();
            Result result = rows.size() == 1 ? connection.execute(statement, rows.get(0)) : connection.executeMany(statement, rows);
            assignKeys(uow, generated, states, keys(result));
        }
        for (InstanceState state : states) {
            uow.markInserted(state);
            mapper.expireServerDefaults(state, columns);
        }
    }

    private static List<Object> keys(Result result) {
        List<Object> keys = new ArrayList<>();
        for (Row row : result.all()) {
            keys.add(row.get(0));
        }
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

    /**
     * Runs an UPDATE or DELETE of {@code states} and checks that each matched its row. A versioned
     * row that matched none fails naming the object and the version it expected, found from the
     * batch's per-row counts (SQLAlchemy's {@code supports_sane_multi_rowcount}, which the H2 and
     * PostgreSQL drivers give); a driver that reports no counts leaves the check undone.
     */
    private static void execute(UnitOfWork uow, FlushStatements.Write write, List<InstanceState> states,
                                String verb, Mapper mapper) {
        ColumnProperty version = mapper.versionId();
        int[] counts = executeRows(uow.connection(), write.statement(), rows(write.layout(), states));
        int matched = matchedRows(counts);
        if (matched < 0 || matched == states.size()) {
            return;
        }
        if (version != null) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw StaleDataException.ofVersion(verb + " of table '" + mapper.table().name() + "' matched no row for "
                            + describe(uow, mapper, states.get(i)) + " at version " + write.layout().versionOf(states.get(i))
                            + " (" + matched + " of " + states.size() + " row(s) matched): another transaction updated or "
                            + "deleted the row since it was read; roll back, reload it and redo the change",
                            states.get(i).object(), write.layout().versionOf(states.get(i)));
                }
            }
        }
        throw new StaleDataException(verb + " of table '" + mapper.table().name() + "' expected to match "
                + states.size() + " row(s), but " + matched + " were matched: the rows of " + mapper.type().getSimpleName()
                + " changed or were deleted outside this session");
    }

    /** {@code Parent(id=1)}: an object by its class and its row's key. */
    static String describe(UnitOfWork uow, Mapper mapper, InstanceState state) {
        StringBuilder text = new StringBuilder(mapper.type().getSimpleName()).append('(');
        List<ColumnProperty> key = mapper.primaryKey();
        for (int i = 0; i < key.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(key.get(i).key()).append('=').append(RowLayout.rowValue(uow, state, key.get(i)));
        }
        return text.append(')').toString();
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
            if (!property.column().isPrimaryKey() && (state.isChanged(property.key()) || property.get(state) != null
                    || property == mapper.versionId())) {
                assigned.add(property);
            }
        }
        return assigned;
    }

    /** A column an INSERT writes: one set, or given a value, unless it is a key the database generates. */
    private static boolean inserted(ColumnProperty property, InstanceState state) {
        return !(property.get(state) == null && (property.column().isAutoincrement() || !state.isChanged(property.key())));
    }

    private static boolean changed(ColumnProperty property, InstanceState state) {
        return property.attribute().isChanged(state);
    }

    /** The columns of {@code mapper} that {@code test} picks for {@code state}, in table order. */
    private static List<ColumnProperty> columns(Mapper mapper, InstanceState state, BiPredicate<ColumnProperty, InstanceState> test) {
        List<ColumnProperty> picked = new ArrayList<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            if (test.test(property, state)) {
                picked.add(property);
            }
        }
        return picked;
    }

    /** True if {@code test} picks exactly {@code columns} for {@code state}: its row goes with theirs, without a new list. */
    private static boolean hasColumns(Mapper mapper, InstanceState state, List<ColumnProperty> columns,
                                      BiPredicate<ColumnProperty, InstanceState> test) {
        int next = 0;
        for (ColumnProperty property : mapper.columnProperties()) {
            boolean expected = next < columns.size() && columns.get(next) == property;
            if (test.test(property, state) != expected) {
                return false;
            }
            if (expected) {
                next++;
            }
        }
        return next == columns.size();
    }
}
