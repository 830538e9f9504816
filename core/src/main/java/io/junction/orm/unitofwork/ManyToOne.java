package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.ObjectAttribute;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * A many-to-one (or a one-to-one seen from the side with the foreign key): this mapper's rows
 * hold the foreign key. A referenced object is saved before its key is copied into the rows that
 * refer to it; those rows are deleted, or saved pointing elsewhere, before it is deleted. When a
 * referenced key changes and updates are not passive, the objects in memory that refer to it get
 * the new key. Declared with {@code uselist(true)}, the reference is a list: each member added
 * gives its key, and a list emptied clears it.
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
                if (history != null && assignsTarget(history)) {
                    uow.assign(state, destinations(relationship.join().pairs(), false));
                }
            }
            if (Mapper.of(state) == child() && keyChanged(state)) {
                for (InstanceState referring : referringInMemory(uow, state)) {
                    if (relationship.config().passiveUpdates()) {
                        if (changes(referring) == null) {
                            passiveSync(uow, state, referring);
                        }
                    } else {
                        uow.registerSave(referring);
                    }
                }
            }
        }
    }

    /** Checks each added target; true if one of them gives this row its foreign key. */
    private boolean assignsTarget(History history) {
        boolean assigns = false;
        for (Object target : history.added()) {
            assigns |= related(target) != null;
        }
        return assigns;
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
            for (Object target : committedTargets(state)) {
                InstanceState targetState = InstanceState.of(target);
                if (targetState != null && uow.isDeleted(targetState)) {
                    uow.edge(uow.delete(state), uow.delete(targetState));
                }
            }
        }
    }

    @Override
    void processSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState state : states) {
            History history = changes(state);
            if (history != null && !history.added().isEmpty()) {
                for (Object target : history.added()) {
                    assign(uow, state, target);
                }
            } else if (history != null) {
                clear(uow, relationship.join().pairs(), false, state);
            } else if (!relationship.config().passiveUpdates()) {
                for (Object target : members(state, false)) {
                    if (keyChanged(InstanceState.require(target))) {
                        assign(uow, state, target);
                    }
                }
            }
        }
    }

    private void assign(UnitOfWork uow, InstanceState state, Object target) {
        if (target == null) {
            clear(uow, relationship.join().pairs(), false, state);
            return;
        }
        InstanceState targetState = InstanceState.require(target);
        if (!uow.isDeleted(targetState)) {
            sync(relationship.join().pairs(), false, targetState, state);
        }
    }

    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> states) {
    }

    /** With passive updates the database changes the referring rows; the objects in memory follow without an UPDATE. */
    private void passiveSync(UnitOfWork uow, InstanceState target, InstanceState referring) {
        uow.registerPassiveUpdate(referring);
        Mapper targetMapper = Mapper.of(target);
        Mapper referringMapper = Mapper.of(referring);
        for (var pair : relationship.join().pairs()) {
            var property = referringMapper.columnProperty(pair.local());
            if (!referring.isChanged(property.key())) {
                property.setQuietly(referring, targetMapper.columnProperty(pair.remote()).get(target));
            }
        }
    }

    /** What a deleted row refers to in the database: the references as loaded, before any change in this flush. */
    private List<Object> committedTargets(InstanceState state) {
        if (!(relationship.attribute() instanceof ObjectAttribute)) {
            History history = relationship.attribute().history(state);
            List<Object> targets = new ArrayList<>(history.unchanged());
            targets.addAll(history.deleted());
            return targets;
        }
        if (state.isChanged(relationship.key())) {
            Object old = state.committedValue(relationship.key());
            return old == InstanceState.NO_VALUE || old == null ? List.of() : List.of(old);
        }
        return members(state, false);
    }

    /** What changed in the reference, or {@code null} when nothing did. */
    private History changes(InstanceState state) {
        if (relationship.attribute() instanceof ObjectAttribute && !state.isChanged(relationship.key())) {
            return null;
        }
        History history = relationship.attribute().history(state);
        return history.hasChanges() ? history : null;
    }

    /** The objects of the identity map whose loaded reference is {@code target}: all a many-to-one can see. */
    private List<InstanceState> referringInMemory(UnitOfWork uow, InstanceState target) {
        List<InstanceState> result = new ArrayList<>();
        for (InstanceState candidate : uow.context().persistentStates()) {
            if (Mapper.of(candidate) == parent() && candidate.isLoaded(relationship.key())
                    && refersTo(candidate, target.object())) {
                result.add(candidate);
            }
        }
        return result;
    }

    private boolean refersTo(InstanceState state, Object target) {
        for (Object member : members(state, false)) {
            if (member == target) {
                return true;
            }
        }
        return false;
    }
}
