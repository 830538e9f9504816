package io.junction.orm.unitofwork;

import io.junction.engine.Connection;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.schema.Column;
import io.junction.util.Topological;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flush: the objects to save and to delete, the dependency processors of their mappers'
 * relationships, and the actions those declare, run in dependency order. Actions are per mapper;
 * only where rows of one mapper depend on each other (an adjacency list) are that mapper's
 * actions split per row. Actions that do not depend on each other run together, so rows of one
 * table still go out in one statement. Every object the flush touches is snapshotted first, so a
 * failed flush can put the objects back as they were.
 */
public final class UnitOfWork {
    private final FlushContext context;
    private final Map<Mapper, List<InstanceState>> saves = new LinkedHashMap<>();
    private final Map<Mapper, Set<InstanceState>> deletes = new LinkedHashMap<>();
    /** Every object this flush touched, in the order it first did; each state points back to its record until {@link #finish}. */
    private final List<Touched> touched = new ArrayList<>();
    /** The objects registered for deletion, in order (each also flagged {@link Touched#DELETED}). */
    private final List<InstanceState> deleted = new ArrayList<>();
    private Map<EntityKey, InstanceState> deletedByKey;
    private final List<InstanceState> passivelyUpdated = new ArrayList<>();
    private Map<InstanceState, Set<Column>> cascadedKeys;
    private final Map<RelationshipProperty, DependencyProcessor> processors = new LinkedHashMap<>();
    private final Set<List<Object>> associationRows = new HashSet<>();
    private final Set<Mapper> splitMappers = new HashSet<>();
    private final Set<DependencyProcessor> splitProcessors = new HashSet<>();
    private final Map<Action, Action> actions = new LinkedHashMap<>();
    /** The per-mapper and per-processor actions, made once per flush rather than once per object that declares an edge. */
    private final Map<Mapper, Action> mapperSaves = new HashMap<>();
    private final Map<Mapper, Action> mapperDeletes = new HashMap<>();
    private final Map<DependencyProcessor, Action> processorSaves = new HashMap<>();
    private final Map<DependencyProcessor, Action> processorDeletes = new HashMap<>();
    private final Map<Action, Set<Action>> before = new LinkedHashMap<>();
    private final PostUpdates postUpdates = new PostUpdates();
    private final RowOrder rowOrder;
    private final FlushStatements statements = new FlushStatements(this);
    private Versions versions;
    private final Map<Mapper, List<InstanceState>> orderedSaves = new HashMap<>();
    private final Map<Mapper, List<InstanceState>> orderedDeletes = new HashMap<>();

    public UnitOfWork(FlushContext context) {
        this.context = context;
        this.rowOrder = RowOrder.INSTANCE;
    }

    Connection connection() {
        return context.connection();
    }

    FlushContext context() {
        return context;
    }

    FlushStatements statements() {
        return statements;
    }

    /** The version counters of the versioned rows this flush writes; made at the first. */
    Versions versions() {
        if (versions == null) {
            versions = new Versions();
        }
        return versions;
    }

    /** Registers an object whose row is to be inserted or updated. */
    public void registerSave(InstanceState state) {
        Touched record = touch(state);
        if (record.is(Touched.DELETED) || !record.mark(Touched.SAVING)) {
            return;
        }
        Mapper mapper = Mapper.of(state);
        saves.computeIfAbsent(mapper, m -> new ArrayList<>()).add(state);
        orderedSaves.remove(mapper);
    }

    /** Registers an object whose row is to be deleted. */
    public void registerDelete(InstanceState state) {
        Touched record = touch(state);
        if (record.mark(Touched.DELETED)) {
            deleted.add(state);
            deletedByKey = null;
            Mapper mapper = Mapper.of(state);
            deletes.computeIfAbsent(mapper, m -> new LinkedHashSet<>()).add(state);
            orderedDeletes.remove(mapper);
            if (record.unmark(Touched.SAVING)) {
                saves.get(mapper).remove(state);
                orderedSaves.remove(mapper);
            }
        }
    }

    /**
     * Registers an object whose row the database updates by itself ({@code ON UPDATE CASCADE}) and whose
     * key values in memory are about to follow: it is snapshotted first, and its identity follows after the flush.
     */
    void registerPassiveUpdate(InstanceState state) {
        if (touch(state).mark(Touched.PASSIVELY_UPDATED)) {
            passivelyUpdated.add(state);
        }
    }

    /** Notes that the database cascaded a new value into {@code column}, part of {@code state}'s primary key. */
    void keyCascaded(InstanceState state, Column column) {
        if (cascadedKeys == null) {
            cascadedKeys = new IdentityHashMap<>();
        }
        cascadedKeys.computeIfAbsent(state, s -> new HashSet<>()).add(column);
    }

    /** True if {@code state}'s row already holds the current value of key column {@code column}: the database cascaded it. */
    boolean isKeyCascaded(InstanceState state, Column column) {
        Set<Column> columns = cascadedKeys == null ? null : cascadedKeys.get(state);
        return columns != null && columns.contains(column);
    }

    /** True if {@code state} is registered to be inserted or updated. */
    boolean isSaved(InstanceState state) {
        Touched record = record(state);
        return record != null && record.is(Touched.SAVING);
    }

    boolean isDeleted(InstanceState state) {
        Touched record = record(state);
        return record != null && record.is(Touched.DELETED);
    }

    /** Runs the flush. */
    public void execute() {
        presort();
        for (List<Action> layer : sortActions()) {
            runLayer(layer);
        }
    }

    /** Puts every touched object back as it was before the flush. */
    public void restore() {
        for (Touched record : touched) {
            record.snapshot.restore();
        }
    }

    /** Ends the flush, successful or not: the objects forget their records (after the session has read them). */
    public void finish() {
        for (Touched record : touched) {
            if (record.state.flushRecord() == record) {
                record.state.flushRecord(null);
            }
        }
    }

    /** The objects saved by this flush (inserted or updated). */
    public List<InstanceState> savedStates() {
        List<InstanceState> result = new ArrayList<>();
        saves.values().forEach(result::addAll);
        return result;
    }

    /** The objects whose rows the database updated through a cascading foreign key. */
    public List<InstanceState> passivelyUpdatedStates() {
        return new ArrayList<>(passivelyUpdated);
    }

    public List<InstanceState> deletedStates() {
        return new ArrayList<>(deleted);
    }

    public boolean wasInserted(InstanceState state) {
        Touched record = record(state);
        return record != null && record.is(Touched.INSERTED);
    }

    void markInserted(InstanceState state) {
        touch(state).mark(Touched.INSERTED);
    }

    void keyGenerated(InstanceState state, ColumnProperty property) {
        touch(state).generatedKey = property;
    }

    /** The primary-key attribute the database generated for an object this flush inserted, or {@code null}. */
    public ColumnProperty generatedKey(InstanceState state) {
        Touched record = record(state);
        return record == null ? null : record.generatedKey;
    }

    /**
     * The object deleted in this flush whose row {@code pending} takes over because it has the same
     * primary key (SQLAlchemy's "row switch"), or {@code null}. From then on the deleted object's
     * row is not deleted: the new object's INSERT becomes an UPDATE of that row.
     */
    InstanceState rowSwitch(InstanceState pending) {
        if (deleted.isEmpty()) {
            return null;
        }
        EntityKey key = EntityKey.current(pending);
        if (key == null) {
            return null;
        }
        InstanceState existing = deletedWithKey(key);
        Touched record = existing == null ? null : touch(existing);
        if (record == null || record.is(Touched.SWITCHED) || record.is(Touched.ROW_DELETED)) {
            return null;
        }
        record.mark(Touched.SWITCHED);
        deletes.get(Mapper.of(existing)).remove(existing);
        orderedDeletes.remove(Mapper.of(existing));
        return existing;
    }

    boolean isSwitched(InstanceState state) {
        Touched record = record(state);
        return record != null && record.is(Touched.SWITCHED);
    }

    void markRowDeleted(InstanceState state) {
        touch(state).mark(Touched.ROW_DELETED);
    }

    /** The object deleted in this flush under {@code key}, or {@code null}. */
    InstanceState deletedWithKey(EntityKey key) {
        return deletedByKey().get(key);
    }

    private Map<EntityKey, InstanceState> deletedByKey() {
        if (deletedByKey == null) {
            deletedByKey = new HashMap<>();
            for (InstanceState state : deleted) {
                if (state.key() instanceof EntityKey key) {
                    deletedByKey.put(key, state);
                }
            }
        }
        return deletedByKey;
    }


    /** The objects of {@code mapper} to save, in row order (see {@link RowOrder}). */
    List<InstanceState> saves(Mapper mapper) {
        return orderedSaves.computeIfAbsent(mapper, m -> ordered(saves.get(m)));
    }

    /** The objects of {@code mapper} to delete, in row order. */
    List<InstanceState> deletes(Mapper mapper) {
        return orderedDeletes.computeIfAbsent(mapper, m -> ordered(deletes.get(m)));
    }

    PostUpdates postUpdates() {
        return postUpdates;
    }

    /** Notes that a relationship's addition sets {@code columns} of {@code state}: a removal elsewhere must not clear them. */
    void assign(InstanceState state, List<Column> columns) {
        Touched record = touch(state);
        Collection<Column> earlier = record.assigned;
        if (earlier == null) {
            record.assigned = columns;
        } else if (!earlier.containsAll(columns)) {
            Set<Column> all = new LinkedHashSet<>(earlier);
            all.addAll(columns);
            record.assigned = all;
        }
    }

    boolean isAssigned(InstanceState state, Column column) {
        Touched record = record(state);
        Collection<Column> columns = record == null ? null : record.assigned;
        return columns != null && columns.contains(column);
    }

    /** True the first time an association row is written (or deleted) in this flush; both sides of a many-to-many see it. */
    boolean claimAssociationRow(Object table, boolean insert, Map<String, Object> row) {
        return associationRows.add(List.of(table, insert, new java.util.TreeMap<>(row)));
    }

    // ---- the action graph ------------------------------------------------------------------

    /** The action that saves {@code state}: its mapper's, or its own when the mapper is split per row. */
    Action save(InstanceState state) {
        Mapper mapper = Mapper.of(state);
        return node(splitMappers.contains(mapper) ? new SaveState(state) : mapperSaves.computeIfAbsent(mapper, SaveAll::new));
    }

    Action delete(InstanceState state) {
        Mapper mapper = Mapper.of(state);
        return node(splitMappers.contains(mapper) ? new DeleteState(state)
                : mapperDeletes.computeIfAbsent(mapper, DeleteAll::new));
    }

    Action process(DependencyProcessor processor, InstanceState state, boolean delete) {
        if (splitProcessors.contains(processor)) {
            return node(new ProcessState(processor, state, delete));
        }
        return node(delete ? processorDeletes.computeIfAbsent(processor, p -> new ProcessAll(p, true))
                : processorSaves.computeIfAbsent(processor, p -> new ProcessAll(p, false)));
    }

    /** The post-update of {@code holder}'s rows that {@code processor} writes through: after the saves, or before the deletes. */
    Action postUpdate(DependencyProcessor processor, Mapper holder, boolean delete) {
        postUpdates.addWriter(holder, processor);
        return node(new PostUpdateAll(holder, delete));
    }

    /**
     * Mapper-level order for a foreign key from {@code holder}'s table to {@code referenced}'s: rows
     * referred to are saved first and deleted last, whether or not the objects are linked in memory.
     * Rows of one table that refer to each other are ordered row by row instead.
     */
    void mapperOrder(Mapper referenced, Mapper holder) {
        if (referenced == holder || splitMappers.contains(referenced) || splitMappers.contains(holder)) {
            return;
        }
        if (saves.containsKey(referenced) && !saves.get(referenced).isEmpty()
                && saves.containsKey(holder) && !saves.get(holder).isEmpty()) {
            edge(node(new SaveAll(referenced)), node(new SaveAll(holder)));
        }
        if (deletes.containsKey(referenced) && !deletes.get(referenced).isEmpty()
                && deletes.containsKey(holder) && !deletes.get(holder).isEmpty()) {
            edge(node(new DeleteAll(holder)), node(new DeleteAll(referenced)));
        }
    }

    /** {@code first} must run before {@code then}; an action before itself is a cycle (rows of one table depending on each other). */
    void edge(Action first, Action then) {
        before.computeIfAbsent(then, a -> new LinkedHashSet<>()).add(first);
    }

    private Action node(Action action) {
        Action existing = actions.putIfAbsent(action, action);
        return existing != null ? existing : action;
    }

    private List<List<Action>> sortActions() {
        declare();
        List<Set<Action>> cycles = Topological.cycles(actions.keySet(), a -> before.getOrDefault(a, Set.of()));
        if (!cycles.isEmpty()) {
            for (Set<Action> cycle : cycles) {
                for (Action action : cycle) {
                    if (action instanceof SaveAll save) {
                        splitMappers.add(save.mapper());
                    } else if (action instanceof DeleteAll delete) {
                        splitMappers.add(delete.mapper());
                    } else if (action instanceof ProcessAll process) {
                        splitProcessors.add(process.processor());
                    }
                }
            }
            for (DependencyProcessor processor : processors.values()) {
                if (splitMappers.contains(processor.parent()) || splitMappers.contains(processor.child())) {
                    splitProcessors.add(processor);
                }
            }
            declare();
        }
        try {
            return Topological.layers(actions.keySet(), a -> before.getOrDefault(a, Set.of()));
        } catch (Topological.CycleException e) {
            throw new FlushException(cycleMessage(e));
        }
    }

    private void declare() {
        actions.clear();
        before.clear();
        postUpdates.clearWriters();
        Set<Mapper> mappers = new LinkedHashSet<>(saves.keySet());
        mappers.addAll(deletes.keySet());
        for (Mapper mapper : mappers) {
            Action saveAll = null;
            for (InstanceState state : saves(mapper)) {
                saveAll = save(state);
            }
            Action deleteAll = null;
            for (InstanceState state : deletes(mapper)) {
                deleteAll = delete(state);
            }
            if (saveAll != null && deleteAll != null) {
                if (splitMappers.contains(mapper)) {
                    orderRowSwitches(mapper);
                } else {
                    edge(saveAll, deleteAll);
                }
            }
        }
        for (DependencyProcessor processor : processors.values()) {
            processor.declareEdges(this);
        }
    }

    /** A new row that takes the key of a row deleted in this flush is saved first, so its save becomes the row switch. */
    private void orderRowSwitches(Mapper mapper) {
        for (InstanceState state : saves(mapper)) {
            if (state.isPending()) {
                EntityKey key = EntityKey.current(state);
                InstanceState existing = key == null ? null : deletedWithKey(key);
                if (existing != null) {
                    edge(save(state), delete(existing));
                }
            }
        }
    }

    private void runLayer(List<Action> layer) {
        Map<Mapper, List<InstanceState>> rowSaves = new LinkedHashMap<>();
        Map<Mapper, List<InstanceState>> rowDeletes = new LinkedHashMap<>();
        Map<List<Object>, List<InstanceState>> rowProcesses = new LinkedHashMap<>();
        for (Action action : layer) {
            if (action instanceof SaveState save) {
                rowSaves.computeIfAbsent(Mapper.of(save.state()), m -> new ArrayList<>()).add(save.state());
            } else if (action instanceof DeleteState delete) {
                rowDeletes.computeIfAbsent(Mapper.of(delete.state()), m -> new ArrayList<>()).add(delete.state());
            } else if (action instanceof ProcessState process) {
                rowProcesses.computeIfAbsent(List.of(process.processor(), process.delete()), k -> new ArrayList<>())
                        .add(process.state());
            } else {
                action.execute(this);
            }
        }
        rowProcesses.forEach((key, states) -> {
            DependencyProcessor processor = (DependencyProcessor) key.get(0);
            if ((Boolean) key.get(1)) {
                processor.processDeletes(this, states);
            } else {
                processor.processSaves(this, states);
            }
        });
        rowSaves.forEach((mapper, states) -> Persistence.save(this, mapper, ordered(states)));
        rowDeletes.forEach((mapper, states) -> Persistence.delete(this, mapper, ordered(states)));
    }

    /**
     * {@code states} in row order: pending ones as they were added, then persistent ones by primary
     * key. Pending objects usually come in the order they were added, so only the persistent ones are sorted.
     */
    List<InstanceState> ordered(Collection<InstanceState> states) {
        if (states == null || states.isEmpty()) {
            return List.of();
        }
        List<InstanceState> list = new ArrayList<>(states.size());
        List<InstanceState> keyed = null;
        long lastOrder = Long.MIN_VALUE;
        boolean inOrder = true;
        for (InstanceState state : states) {
            if (state.key() instanceof EntityKey) {
                if (keyed == null) {
                    keyed = new ArrayList<>();
                }
                keyed.add(state);
            } else {
                inOrder &= state.insertOrder() >= lastOrder;
                lastOrder = state.insertOrder();
                list.add(state);
            }
        }
        if (!inOrder) {
            list.sort(rowOrder);
        }
        if (keyed != null) {
            keyed.sort(rowOrder);
            list.addAll(keyed);
        }
        return Collections.unmodifiableList(list);
    }

    /** Lets each dependency processor register the objects it will touch, until nothing new appears. */
    private void presort() {
        Map<DependencyProcessor, Set<InstanceState>> sortedSaves = new IdentityHashMap<>();
        Map<DependencyProcessor, Set<InstanceState>> sortedDeletes = new IdentityHashMap<>();
        Map<DependencyProcessor, Integer> indexes = new IdentityHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<Mapper> mappers = new LinkedHashSet<>(saves.keySet());
            mappers.addAll(deletes.keySet());
            Set<Mapper> candidates = new LinkedHashSet<>(mappers);
            for (Mapper mapper : mappers) {
                candidates.addAll(mapper.registry().mappers());
            }
            for (Mapper mapper : candidates) {
                for (MapperProperty property : mapper.properties()) {
                    if (property instanceof RelationshipProperty relationship && !relationship.viewonly()
                            && (mappers.contains(mapper) || mappers.contains(relationship.target()))) {
                        processors.computeIfAbsent(relationship, DependencyProcessor::of);
                    }
                }
            }
            for (DependencyProcessor processor : new ArrayList<>(processors.values())) {
                int index = indexes.computeIfAbsent(processor, p -> indexes.size());
                for (Mapper mapper : processor.presortMappers()) {
                    List<InstanceState> newSaves = unseen(saves(mapper), index, false, sortedSaves, processor);
                    List<InstanceState> newDeletes = unseen(deletes(mapper), index, true, sortedDeletes, processor);
                    if (!newSaves.isEmpty()) {
                        processor.presortSaves(this, newSaves);
                        changed = true;
                    }
                    if (!newDeletes.isEmpty()) {
                        processor.presortDeletes(this, newDeletes);
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * The objects of {@code states} that {@code processor} has not presorted yet, now marked as
     * presorted: by a bit of each object's record for the flush's first 64 processors, else in {@code seen}.
     */
    private List<InstanceState> unseen(List<InstanceState> states, int index, boolean deletes,
                                       Map<DependencyProcessor, Set<InstanceState>> seen, DependencyProcessor processor) {
        List<InstanceState> result = new ArrayList<>();
        if (index >= Long.SIZE) {
            Set<InstanceState> done = seen.computeIfAbsent(processor, p -> identitySet());
            for (InstanceState state : states) {
                if (done.add(state)) {
                    result.add(state);
                }
            }
            return result;
        }
        long bit = 1L << index;
        for (InstanceState state : states) {
            Touched record = touch(state);
            long presorted = deletes ? record.presortedDeletes : record.presortedSaves;
            if ((presorted & bit) == 0) {
                if (deletes) {
                    record.presortedDeletes = presorted | bit;
                } else {
                    record.presortedSaves = presorted | bit;
                }
                result.add(state);
            }
        }
        return result;
    }

    private String cycleMessage(Topological.CycleException e) {
        Set<String> relationships = new LinkedHashSet<>();
        Set<String> rows = new LinkedHashSet<>();
        for (Set<?> cycle : e.cycles()) {
            for (Object node : cycle) {
                if (node instanceof ProcessAll process) {
                    relationships.add(process.processor().relationship.toString());
                } else if (node instanceof ProcessState process) {
                    relationships.add(process.processor().relationship.toString());
                } else if (node instanceof SaveState save) {
                    rows.add(save.state().toString());
                }
            }
        }
        return "the flush has a dependency cycle between the rows of " + relationships
                + (rows.isEmpty() ? "" : " (" + String.join(", ", rows) + ")")
                + ": each must be written before the other. Set postUpdate(true) on the many-to-one side of one "
                + "of these relationships, so that its foreign key is written by a second UPDATE";
    }

    private static Set<InstanceState> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** This flush's record of {@code state}, made (with its snapshot) the first time the flush touches it. */
    private Touched touch(InstanceState state) {
        if (state.flushRecord() instanceof Touched record && record.flush == this) {
            return record;
        }
        Touched record = new Touched(this, state);
        state.flushRecord(record);
        touched.add(record);
        return record;
    }

    /** This flush's record of {@code state}, or {@code null} when the flush has not touched it. */
    private Touched record(InstanceState state) {
        return state.flushRecord() instanceof Touched record && record.flush == this ? record : null;
    }
}
