package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.PassiveDeletes;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A one-to-many (or a one-to-one seen from the parent): the children's rows hold the foreign key.
 * A parent is saved before its key is copied into its children and they are saved; children are
 * saved (detached), or deleted, before their parent is deleted. When a key the children refer
 * to changes (a primary key, or a unique column), every child gets the new key: in memory only
 * when the database cascades it (passive updates), else with an UPDATE of each child's row.
 */
final class OneToMany extends DependencyProcessor {

    OneToMany(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        List<InstanceState> removed = new ArrayList<>();
        boolean clearsRemoved = relationship.passiveDeletes() != PassiveDeletes.ALL;
        for (InstanceState parent : states) {
            History history = history(parent);
            for (Object child : history.added()) {
                InstanceState childState = related(child);
                if (childState == null) {
                    continue;
                }
                uow.assign(childState, sync.destinations());
                uow.registerSave(childState);
            }
            for (Object child : history.deleted()) {
                InstanceState childState = InstanceState.of(child);
                if (childState != null && childState.isPersistent() && clearsRemoved) {
                    removed.add(childState);
                }
            }
            if (sync.sourceModified(parent)) {
                if (relationship.config().passiveUpdates()) {
                    for (Object child : history.unchanged()) {
                        sync.follow(uow, parent, InstanceState.require(child));
                    }
                } else {
                    for (Object child : members(parent, true)) {
                        uow.registerSave(InstanceState.require(child));
                    }
                }
            }
        }
        for (InstanceState child : removed) {
            if (!uow.isDeleted(child)) {
                uow.registerSave(child);
            }
        }
    }

    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
        if (relationship.cascade().delete()) {
            return;
        }
        if (relationship.passiveDeletes() != PassiveDeletes.ALL) {
            remainingChildren(uow, states, uow::registerSave);
        }
    }

    @Override
    void declareEdges(UnitOfWork uow) {
        uow.mapperOrder(parent(), child());
        for (InstanceState parent : uow.saves(parent())) {
            Action after = uow.process(this, parent, false);
            uow.edge(uow.save(parent), after);
            History history = history(parent);
            List<Object> touched = new ArrayList<>(history.added());
            touched.addAll(history.deleted());
            if (sync.sourceModified(parent)) {
                addKeyFollowers(uow, parent, touched);
            }
            for (Object child : touched) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null) {
                    uow.edge(after, uow.isDeleted(childState) ? uow.delete(childState) : uow.save(childState));
                }
            }
        }
        for (InstanceState parent : uow.deletes(parent())) {
            Action before = uow.process(this, parent, true);
            Action parentDelete = uow.delete(parent);
            uow.edge(before, parentDelete);
            for (Object child : membersInDatabase(parent, loadsOnDelete(parent))) {
                InstanceState childState = InstanceState.of(child);
                if (childState == null) {
                    continue;
                }
                Action childAction = uow.isDeleted(childState) ? uow.delete(childState) : uow.save(childState);
                uow.edge(before, childAction);
                uow.edge(childAction, parentDelete);
            }
        }
    }

    @Override
    void processSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState parent : states) {
            for (Object child : history(parent).deleted()) {
                InstanceState childState = child == null ? null : InstanceState.of(child);
                if (childState != null && !uow.isDeleted(childState) && childState.isPersistent()
                        && relationship.passiveDeletes() != PassiveDeletes.ALL
                        && !relationship.attribute().hasParent(childState, false)) {
                    sync.clear(uow, childState);
                }
            }
        }
        for (InstanceState parent : states) {
            for (Object child : history(parent).added()) {
                InstanceState childState = child == null ? null : InstanceState.require(child);
                if (childState != null && !uow.isDeleted(childState)) {
                    sync.populate(parent, childState);
                }
            }
            if (sync.sourceModified(parent) && !relationship.config().passiveUpdates()) {
                for (Object child : members(parent, false)) {
                    InstanceState childState = InstanceState.require(child);
                    if (!uow.isDeleted(childState)) {
                        sync.populate(parent, childState);
                    }
                }
            }
        }
    }

    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> states) {
        if (relationship.cascade().delete() || relationship.passiveDeletes() == PassiveDeletes.ALL) {
            return;
        }
        remainingChildren(uow, states, child -> sync.clear(uow, child));
    }

    /**
     * The members whose rows take a parent's changed key: all of them when this flush updates them,
     * only those saved anyway when the database cascades the key (their UPDATE then finds the row by the new key).
     */
    private void addKeyFollowers(UnitOfWork uow, InstanceState parent, List<Object> touched) {
        boolean passive = relationship.config().passiveUpdates();
        for (Object child : members(parent, false)) {
            if (!passive || uow.isSaved(InstanceState.require(child))) {
                touched.add(child);
            }
        }
    }


    /**
     * True if the members of a deleted {@code parent} are loaded to process them: unless it was never
     * saved, or passive deletes leave the members not in memory to the database.
     */
    private boolean loadsOnDelete(InstanceState parent) {
        return parent.key() != null && relationship.passiveDeletes() == PassiveDeletes.OFF;
    }

    /**
     * Each persistent child the database links to one of the deleted {@code parents} that is not
     * deleted itself; with passive deletes, only those in memory.
     */
    private void remainingChildren(UnitOfWork uow, List<InstanceState> parents, Consumer<InstanceState> action) {
        for (InstanceState parent : parents) {
            for (Object child : membersInDatabase(parent, loadsOnDelete(parent))) {
                InstanceState childState = InstanceState.require(child);
                if (!uow.isDeleted(childState) && childState.isPersistent()) {
                    action.accept(childState);
                }
            }
        }
    }
}
