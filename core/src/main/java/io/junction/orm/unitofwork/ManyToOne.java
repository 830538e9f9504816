package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.ObjectAttribute;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A many-to-one (or a one-to-one seen from the side with the foreign key): this mapper's rows
 * hold the foreign key. A referenced object is saved before its key is copied into the rows that
 * refer to it; those rows are deleted, or saved pointing elsewhere, before it is deleted. When a
 * referenced key changes, the objects of the identity map that refer to it follow: in memory when
 * the database cascades the key (passive updates), else with an UPDATE of their rows. Declared
 * with {@code uselist(true)}, the reference is a list: each member added gives its key, and a list
 * emptied clears it.
 */
final class ManyToOne extends DependencyProcessor {
    /** The referring objects whose rows this flush moves to a target's new key, with that target. */
    private Map<InstanceState, InstanceState> keySwitches;

    ManyToOne(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    List<Mapper> presortMappers() {
        return parent() == child() ? List.of(parent()) : List.of(parent(), child());
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        List<InstanceState> switched = null;
        for (InstanceState state : states) {
            if (Mapper.of(state) == parent()) {
                History history = changes(state);
                if (history != null && assignsTarget(history)) {
                    uow.assign(state, sync.destinations());
                }
            }
            if (Mapper.of(state) == child() && sync.sourceModified(state)) {
                if (switched == null) {
                    switched = new ArrayList<>();
                }
                switched.add(state);
            }
        }
        if (switched != null && !reverseUpdatesReferrers()) {
            followKeySwitches(uow, switched);
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

    /**
     * Rows of one table deleted together must go children first: a deleted row's reference to
     * another row of its own table is loaded when unknown (an expired object refreshes), so that
     * the order can follow it.
     */
    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
        if (parent() != child() || uow.deletes(parent()).size() < 2) {
            return;
        }
        for (InstanceState state : states) {
            if (referenceUnknown(state) && !sync.destinationLoaded(state)) {
                members(state, true);
            }
        }
    }

    private boolean referenceUnknown(InstanceState state) {
        return state.key() != null && !state.isLoaded(relationship.key()) && !state.isChanged(relationship.key());
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
        if (keySwitches != null) {
            keySwitches.forEach((referring, target) -> uow.edge(uow.save(target), uow.save(referring)));
        }
        for (InstanceState state : uow.deletes(parent())) {
            for (Object target : committedTargets(state)) {
                InstanceState targetState = InstanceState.of(target);
                if (targetState != null && uow.isDeleted(targetState)) {
                    uow.edge(uow.delete(state), uow.delete(targetState));
                }
            }
            if (parent() == child() && referenceUnknown(state)) {
                EntityKey key = sync.committedSourceIdentity(child(), state);
                InstanceState targetState = key == null ? null : uow.deletedWithKey(key);
                if (targetState != null && targetState != state) {
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
                sync.clear(uow, state);
            }
        }
    }

    private void assign(UnitOfWork uow, InstanceState state, Object target) {
        if (target == null) {
            sync.clear(uow, state);
            return;
        }
        InstanceState targetState = InstanceState.require(target);
        if (!uow.isDeleted(targetState)) {
            sync.populate(targetState, state);
        }
    }

    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> states) {
    }

    /** What a deleted row refers to in the database: the references as loaded, before any change in this flush. */
    private List<Object> committedTargets(InstanceState state) {
        if (!(relationship.attribute() instanceof ObjectAttribute)) {
            History history = history(state);
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
        if (relationship.attribute() instanceof ObjectAttribute && !state.isChanged(relationship.attribute())) {
            return null;
        }
        History history = history(state);
        return history.hasChanges() ? history : null;
    }

    /**
     * True if the other side is a one-to-many that loads and UPDATEs every referring row itself when
     * the key changes (passive updates off on both sides): searching the identity map would add nothing.
     */
    private boolean reverseUpdatesReferrers() {
        RelationshipProperty reverse = relationship.reverse();
        return !relationship.config().passiveUpdates() && reverse != null && !reverse.viewonly()
                && !reverse.config().passiveUpdates() && !reverse.config().postUpdate();
    }

    /**
     * Moves the objects of the identity map that refer to a target whose key changed — through their
     * loaded reference, or else through a foreign key holding the target's old key — onto the new key:
     * in memory only when the database cascades it, else with an UPDATE of their rows after the target's.
     */
    private void followKeySwitches(UnitOfWork uow, List<InstanceState> targets) {
        boolean passive = relationship.config().passiveUpdates();
        Map<Object, InstanceState> byObject = new IdentityHashMap<>();
        Map<Object, InstanceState> byOldKey = new HashMap<>();
        for (InstanceState target : targets) {
            byObject.put(target.object(), target);
            byOldKey.put(sync.committedSourceKey(target), target);
        }
        for (InstanceState candidate : uow.context().persistentStates()) {
            if (Mapper.of(candidate) != parent() || uow.isDeleted(candidate)) {
                continue;
            }
            InstanceState target = candidate.isLoaded(relationship.key())
                    ? loadedTarget(candidate, byObject)
                    : byOldKey.get(sync.destinationKey(candidate, !passive));
            if (target == null) {
                continue;
            }
            if (passive) {
                if (changes(candidate) == null) {
                    sync.follow(uow, target, candidate);
                }
            } else {
                uow.registerSave(candidate);
                sync.populate(target, candidate);
                if (keySwitches == null) {
                    keySwitches = new IdentityHashMap<>();
                }
                keySwitches.put(candidate, target);
            }
        }
    }

    /** The switched target that {@code candidate}'s loaded reference holds, or {@code null}. */
    private InstanceState loadedTarget(InstanceState candidate, Map<Object, InstanceState> byObject) {
        if (relationship.attribute() instanceof ObjectAttribute attribute) {
            Object target = attribute.get(candidate);
            return target == null ? null : byObject.get(target);
        }
        for (Object member : members(candidate, false)) {
            InstanceState target = byObject.get(member);
            if (target != null) {
                return target;
            }
        }
        return null;
    }
}
