package io.junction.orm.unitofwork;

import io.junction.engine.Connection;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.util.Topological;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flush: the objects to save and to delete, the dependency processors of their mappers'
 * relationships, and the actions those declare, run in topological order. Every object it
 * touches is snapshotted first, so a failed flush can put the objects back as they were.
 */
public final class UnitOfWork {
    private final FlushContext context;
    private final Map<Mapper, Set<InstanceState>> saves = new LinkedHashMap<>();
    private final Map<Mapper, Set<InstanceState>> deletes = new LinkedHashMap<>();
    private final Set<InstanceState> deleted = identitySet();
    private final Set<InstanceState> inserted = identitySet();
    private final Map<InstanceState, InstanceState.Snapshot> snapshots = new IdentityHashMap<>();
    private final Map<RelationshipProperty, DependencyProcessor> processors = new LinkedHashMap<>();
    private final Map<Object, Action> actions = new LinkedHashMap<>();
    private final Map<Action, Set<Action>> before = new LinkedHashMap<>();

    public UnitOfWork(FlushContext context) {
        this.context = context;
    }

    Connection connection() {
        return context.connection();
    }

    /** Registers an object whose row is to be inserted or updated. */
    public void registerSave(InstanceState state) {
        snapshot(state);
        saves.computeIfAbsent(Mapper.of(state), m -> new LinkedHashSet<>()).add(state);
    }

    /** Registers an object whose row is to be deleted. */
    public void registerDelete(InstanceState state) {
        snapshot(state);
        if (deleted.add(state)) {
            deletes.computeIfAbsent(Mapper.of(state), m -> new LinkedHashSet<>()).add(state);
            Set<InstanceState> saving = saves.get(Mapper.of(state));
            if (saving != null) {
                saving.remove(state);
            }
        }
    }

    public boolean isDeleted(InstanceState state) {
        return deleted.contains(state);
    }

    /** True if nothing is registered: the flush emits no SQL. */
    public boolean isEmpty() {
        return saves.values().stream().allMatch(Set::isEmpty) && deletes.isEmpty();
    }

    /** Runs the flush. */
    public void execute() {
        presort();
        List<Action> order = sortActions();
        for (Action action : order) {
            action.execute(this);
        }
    }

    /** Puts every touched object back as it was before the flush. */
    public void restore() {
        for (InstanceState.Snapshot snapshot : snapshots.values()) {
            snapshot.restore();
        }
    }

    /** The objects saved by this flush (inserted or updated), in mapper order. */
    public List<InstanceState> savedStates() {
        List<InstanceState> result = new ArrayList<>();
        saves.values().forEach(result::addAll);
        return result;
    }

    public List<InstanceState> deletedStates() {
        return new ArrayList<>(deleted);
    }

    public boolean wasInserted(InstanceState state) {
        return inserted.contains(state);
    }

    void markInserted(InstanceState state) {
        inserted.add(state);
    }

    List<InstanceState> saves(Mapper mapper) {
        return ordered(saves.get(mapper));
    }

    List<InstanceState> deletes(Mapper mapper) {
        return ordered(deletes.get(mapper));
    }

    Action saveAction(Mapper mapper) {
        return actions.computeIfAbsent(List.of("save", mapper), k -> new SaveAll(mapper));
    }

    Action deleteAction(Mapper mapper) {
        return actions.computeIfAbsent(List.of("delete", mapper), k -> new DeleteAll(mapper));
    }

    Action processAction(DependencyProcessor processor, boolean delete) {
        return actions.computeIfAbsent(List.of(processor, delete), k -> new ProcessAll(processor, delete));
    }

    /** {@code first} must run before {@code then}. */
    void edge(Action first, Action then) {
        before.computeIfAbsent(then, a -> new LinkedHashSet<>()).add(first);
    }

    private List<InstanceState> ordered(Set<InstanceState> states) {
        if (states == null || states.isEmpty()) {
            return List.of();
        }
        List<InstanceState> list = new ArrayList<>(states);
        list.sort(Comparator.comparingLong(context::insertOrder));
        return list;
    }

    /** Lets each dependency processor register the objects it will touch, until nothing new appears. */
    private void presort() {
        Map<DependencyProcessor, Set<InstanceState>> sortedSaves = new IdentityHashMap<>();
        Map<DependencyProcessor, Set<InstanceState>> sortedDeletes = new IdentityHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<Mapper> mappers = new LinkedHashSet<>(saves.keySet());
            mappers.addAll(deletes.keySet());
            for (Mapper mapper : mappers) {
                for (MapperProperty property : mapper.properties()) {
                    if (property instanceof RelationshipProperty relationship && !relationship.viewonly()) {
                        processors.computeIfAbsent(relationship, DependencyProcessor::of);
                    }
                }
            }
            for (DependencyProcessor processor : new ArrayList<>(processors.values())) {
                List<InstanceState> newSaves = unseen(saves(processor.parent()), sortedSaves, processor);
                List<InstanceState> newDeletes = unseen(deletes(processor.parent()), sortedDeletes, processor);
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

    private static List<InstanceState> unseen(List<InstanceState> states, Map<DependencyProcessor, Set<InstanceState>> seen,
                                              DependencyProcessor processor) {
        Set<InstanceState> done = seen.computeIfAbsent(processor, p -> identitySet());
        List<InstanceState> result = new ArrayList<>();
        for (InstanceState state : states) {
            if (done.add(state)) {
                result.add(state);
            }
        }
        return result;
    }

    private List<Action> sortActions() {
        Set<Mapper> mappers = new LinkedHashSet<>(saves.keySet());
        mappers.addAll(deletes.keySet());
        for (DependencyProcessor processor : processors.values()) {
            mappers.add(processor.parent());
            mappers.add(processor.child());
        }
        for (Mapper mapper : mappers) {
            edge(saveAction(mapper), deleteAction(mapper));
        }
        for (DependencyProcessor processor : processors.values()) {
            processor.declareEdges(this);
        }
        List<Action> all = new ArrayList<>(actions.values());
        try {
            return Topological.sort(all, action -> before.getOrDefault(action, Set.of()));
        } catch (Topological.CycleException e) {
            throw new FlushException(cycleMessage(e));
        }
    }

    private String cycleMessage(Topological.CycleException e) {
        Set<String> relationships = new LinkedHashSet<>();
        for (Set<?> cycle : e.cycles()) {
            for (Object node : cycle) {
                if (node instanceof ProcessAll process) {
                    relationships.add(process.processor().relationship.toString());
                }
            }
        }
        return "the flush has a dependency cycle between the rows of " + relationships
                + ": each must be written before the other. Set postUpdate(true) on the many-to-one side of one "
                + "of these relationships, so that its foreign key is written by a second UPDATE";
    }

    private static Set<InstanceState> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private void snapshot(InstanceState state) {
        snapshots.computeIfAbsent(state, InstanceState::snapshot);
    }
}
