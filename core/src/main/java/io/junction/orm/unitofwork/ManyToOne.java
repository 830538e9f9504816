package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * A many-to-one (or a one-to-one seen from the side with the foreign key): this mapper's rows
 * hold the foreign key. A referenced object is saved before its key is copied into the rows that
 * refer to it; those rows are deleted, or saved pointing elsewhere, before it is deleted. When a
 * referenced key changes and updates are not passive, the objects in memory that refer to it get
 * the new key.
 */
final class ManyToOne extends DependencyProcessor {

    ManyToOne(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    List<Mapper> presortMappers() {
        return parent() == child() ? List.of(parent()) : List.of(parent(), child());
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState state : states) {
            if (Mapper.of(state) == parent()) {
                History history = changes(state);
                if (history != null && !history.added().isEmpty() && history.added().get(0) != null) {
                    related(history.added().get(0));
                    uow.assign(state, destinations(relationship.join().pairs(), false));
                }
            }
            if (Mapper.of(state) == child() && keyChanged(state) && !relationship.config().passiveUpdates()) {
                for (InstanceState referring : referringInMemory(uow, state)) {
                    uow.registerSave(referring);
                }
            }
        }
    }

    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
    }

    @Override
    void declareEdges(UnitOfWork uow) {
        for (InstanceState state : uow.saves(parent())) {
            Action after = uow.process(this, state, false);
            uow.edge(after, uow.save(state));
            History history = changes(state);
            if (history == null) {
                continue;
            }
            for (Object target : history.added()) {
                InstanceState targetState = target == null ? null : InstanceState.of(target);
                if (targetState != null && !uow.isDeleted(targetState)) {
                    uow.edge(uow.save(targetState), after);
                }
            }
            for (Object old : history.deleted()) {
                InstanceState oldState = old == null ? null : InstanceState.of(old);
                if (oldState != null && uow.isDeleted(oldState)) {
                    uow.edge(uow.save(state), uow.delete(oldState));
                }
            }
        }
        for (InstanceState target : uow.saves(child())) {
            if (keyChanged(target) && !relationship.config().passiveUpdates()) {
                for (InstanceState referring : referringInMemory(uow, target)) {
                    uow.edge(uow.save(target), uow.process(this, referring, false));
                }
            }
        }
        for (InstanceState state : uow.deletes(parent())) {
            Object target = state.isLoaded(relationship.key()) ? relationship.attribute().get(state) : null;
            InstanceState targetState = target == null ? null : InstanceState.of(target);
            if (targetState != null && uow.isDeleted(targetState)) {
                uow.edge(uow.delete(state), uow.delete(targetState));
            }
        }
    }

    @Override
    void processSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState state : states) {
            History history = changes(state);
            Object target;
            if (history != null && !history.added().isEmpty()) {
                target = history.added().get(0);
            } else if (state.isLoaded(relationship.key()) && relationship.attribute().get(state) != null
                    && keyChanged(InstanceState.require(relationship.attribute().get(state)))
                    && !relationship.config().passiveUpdates()) {
                target = relationship.attribute().get(state);
            } else {
                continue;
            }
            if (target == null) {
                clear(uow, relationship.join().pairs(), false, state);
            } else {
                InstanceState targetState = InstanceState.require(target);
                if (!uow.isDeleted(targetState)) {
                    sync(relationship.join().pairs(), false, targetState, state);
                }
            }
        }
    }

    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> states) {
    }

    private History changes(InstanceState state) {
        if (!state.isChanged(relationship.key())) {
            return null;
        }
        return relationship.attribute().history(state);
    }

    /** The objects of the identity map whose loaded reference is {@code target}: all a many-to-one can see. */
    private List<InstanceState> referringInMemory(UnitOfWork uow, InstanceState target) {
        List<InstanceState> result = new ArrayList<>();
        for (InstanceState candidate : uow.context().persistentStates()) {
            if (Mapper.of(candidate) == parent() && candidate.isLoaded(relationship.key())
                    && relationship.attribute().get(candidate) == target.object()) {
                result.add(candidate);
            }
        }
        return result;
    }
}
