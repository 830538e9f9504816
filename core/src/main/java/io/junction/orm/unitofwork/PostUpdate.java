package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.schema.Column;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A relationship with {@code postUpdate(true)}: its foreign key is written by a second UPDATE,
 * after every row is saved, and set to NULL by an UPDATE before any row is deleted, so that rows
 * that refer to each other (or to themselves) can be inserted and deleted. It sets the foreign
 * key in memory and marks the column; {@link PostUpdateAll} writes all marked columns of a row,
 * from every post-update relationship, in one UPDATE.
 */
final class PostUpdate extends DependencyProcessor {

    PostUpdate(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        List<Column> foreignKey = sync.destinations();
        for (InstanceState state : states) {
            for (Object target : history(state).added()) {
                if (target != null) {
                    InstanceState targetState = related(target);
                    uow.assign(manyToOne() ? state : targetState, foreignKey);
                }
            }
        }
    }

    /** Loads the members of deleted parents, whose foreign keys are cleared before the parents' DELETE. */
    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
        if (!manyToOne() && !relationship.cascade().delete()) {
            for (InstanceState parent : states) {
                members(parent, parent.key() != null);
            }
        }
    }

    @Override
    void declareEdges(UnitOfWork uow) {
        Mapper holder = holder();
        Action after = null;
        for (Mapper mapper : List.of(parent(), child())) {
            for (InstanceState state : uow.saves(mapper)) {
                after = after != null ? after : uow.postUpdate(this, holder, false);
                uow.edge(uow.save(state), after);
            }
        }
        if (after != null && manyToOne()) {
            clearBeforeTargetsAreDeleted(uow, after);
        }
        Action before = null;
        for (Mapper mapper : List.of(parent(), child())) {
            for (InstanceState state : uow.deletes(mapper)) {
                before = before != null ? before : uow.postUpdate(this, holder, true);
                uow.edge(before, uow.delete(state));
            }
        }
    }

    /**
     * A reference moved off a row that is deleted in this flush is cleared (or moved) before that
     * DELETE; when the old reference is not known, before every DELETE of the target's rows.
     */
    private void clearBeforeTargetsAreDeleted(UnitOfWork uow, Action after) {
        List<InstanceState> deletedTargets = uow.deletes(child());
        if (deletedTargets.isEmpty()) {
            return;
        }
        boolean unknownOld = false;
        for (InstanceState state : uow.saves(parent())) {
            if (!state.isChanged(relationship.key())) {
                continue;
            }
            Object old = state.committedValue(relationship.key());
            InstanceState oldState = old == null || old == InstanceState.NO_VALUE ? null : InstanceState.of(old);
            if (oldState != null && uow.isDeleted(oldState)) {
                uow.edge(after, uow.delete(oldState));
            }
            unknownOld |= old == InstanceState.NO_VALUE && state.key() != null;
        }
        if (unknownOld) {
            for (InstanceState target : deletedTargets) {
                uow.edge(after, uow.delete(target));
            }
        }
    }

    /** Marks the foreign keys to write after the saves: of the references set, and of the members removed. */
    @Override
    void processSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState state : states) {
            History history = history(state);
            if (manyToOne()) {
                if (!history.added().isEmpty() && !uow.isDeleted(state)) {
                    write(uow, state, history.added().get(0), false);
                }
                continue;
            }
            for (Object child : history.deleted()) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && childState.key() != null && !uow.isDeleted(childState)
                        && !relationship.attribute().hasParent(childState, false)) {
                    write(uow, childState, null, true);
                }
            }
            for (Object child : history.added()) {
                if (child != null && !uow.isDeleted(InstanceState.require(child))) {
                    write(uow, InstanceState.require(child), state.object(), false);
                }
            }
        }
    }

    /**
     * Marks the foreign keys to clear before the deletes: of the rows deleted, and of the rows that
     * refer to a deleted row: the members of a deleted parent, or the objects in memory whose
     * reference holds a deleted object.
     */
    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> ignored) {
        for (InstanceState holder : uow.deletes(holder())) {
            if (holder.key() != null && sync.destinationCommitted(holder)) {
                write(uow, holder, null, false);
            }
        }
        if (manyToOne()) {
            clearReferencesToDeleted(uow);
        } else if (!relationship.cascade().delete()) {
            for (InstanceState parent : uow.deletes(parent())) {
                for (Object child : membersInDatabase(parent, parent.key() != null)) {
                    InstanceState childState = InstanceState.require(child);
                    if (!uow.isDeleted(childState) && childState.isPersistent()) {
                        write(uow, childState, null, true);
                    }
                }
            }
        }
    }

    private void clearReferencesToDeleted(UnitOfWork uow) {
        List<InstanceState> targets = uow.deletes(child());
        if (targets.isEmpty()) {
            return;
        }
        Set<Object> deletedTargets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (InstanceState target : targets) {
            deletedTargets.add(target.object());
        }
        for (InstanceState holder : uow.context().persistentStates()) {
            if (Mapper.of(holder) == parent() && !uow.isDeleted(holder) && holder.isLoaded(relationship.key())
                    && deletedTargets.contains(relationship.attribute().get(holder)) && sync.destinationCommitted(holder)) {
                write(uow, holder, null, false);
            }
        }
    }

    /**
     * Sets the foreign key of {@code holder} to the key of {@code target} (NULL for none) and marks
     * it for the post-update; with {@code unlessAssigned}, a column another relationship sets in
     * this flush is left alone.
     */
    private void write(UnitOfWork uow, InstanceState holder, Object target, boolean unlessAssigned) {
        InstanceState targetState = target == null ? null : InstanceState.require(target);
        uow.postUpdates().mark(holder, sync.populateQuietly(uow, targetState, holder, unlessAssigned));
    }

    /** The mapper whose rows hold the foreign key. */
    private Mapper holder() {
        return manyToOne() ? parent() : child();
    }

    private boolean manyToOne() {
        return relationship.direction() == Direction.MANY_TO_ONE;
    }

}
