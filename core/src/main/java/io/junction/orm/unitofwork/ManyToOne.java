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
            if (Mapper.of(state) == child() && keyChanged(state)) {
                for (InstanceState referring : referringInMemory(uow, state)) {
                    if (relationship.config().passiveUpdates()) {
                        if (!referring.isChanged(relationship.key())) {
                            passiveSync(state, referring);
                        }
                    } else {
                        uow.registerSave(referring);
                    }
                }
            }
        }
    }

    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
    }

    @Override
    void declareEdges(UnitOfWork uow) {
        uow.mapperOrder(child(), parent());
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
            Object target = committedTarget(state);
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

    /** With passive updates the database changes the referring rows; the objects in memory follow without an UPDATE. */
    private void passiveSync(InstanceState target, InstanceState referring) {
        Mapper targetMapper = Mapper.of(target);
        Mapper referringMapper = Mapper.of(referring);
        for (var pair : relationship.join().pairs()) {
            var property = referringMapper.columnProperty(pair.local());
            if (!referring.isChanged(property.key())) {
                property.setQuietly(referring, targetMapper.columnProperty(pair.remote()).get(target));
            }
        }
    }

    /** What a deleted row refers to in the database: the reference as loaded, before any change in this flush. */
    private Object committedTarget(InstanceState state) {
        if (state.isChanged(relationship.key())) {
            Object old = state.committedValue(relationship.key());
            return old == InstanceState.NO_VALUE ? null : old;
        }
        return state.isLoaded(relationship.key()) ? relationship.attribute().get(state) : null;
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
