package io.junction.orm.unitofwork;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A one-to-many: the children's rows hold the foreign key. Parents are saved before the key is
 * copied into their children, and children are saved (or detached, or deleted) before their
 * parents are deleted.
 */
final class OneToMany extends DependencyProcessor {

    OneToMany(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    void declareEdges(UnitOfWork uow) {
        Action parentSaves = uow.saveAction(parent());
        Action childSaves = uow.saveAction(child());
        Action parentDeletes = uow.deleteAction(parent());
        Action childDeletes = uow.deleteAction(child());
        Action afterSave = uow.processAction(this, false);
        Action beforeDelete = uow.processAction(this, true);
        uow.edge(parentSaves, afterSave);
        uow.edge(afterSave, childSaves);
        uow.edge(afterSave, childDeletes);
        uow.edge(childSaves, parentDeletes);
        uow.edge(childDeletes, parentDeletes);
        uow.edge(beforeDelete, childSaves);
        uow.edge(beforeDelete, childDeletes);
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        Set<InstanceState> added = Collections.newSetFromMap(new IdentityHashMap<>());
        for (InstanceState parent : states) {
            for (Object child : history(parent).added()) {
                InstanceState childState = related(uow, child);
                added.add(childState);
                if (!uow.isDeleted(childState)) {
                    uow.registerSave(childState);
                }
            }
        }
        for (InstanceState parent : states) {
            for (Object child : history(parent).deleted()) {
                InstanceState childState = InstanceState.require(child);
                if (uow.isDeleted(childState) || added.contains(childState) || !childState.isPersistent()) {
                    continue;
                }
                if (relationship.cascade().deleteOrphan()) {
                    uow.registerDelete(childState);
                } else {
                    uow.registerSave(childState);
                }
            }
        }
    }

    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
        if (relationship.cascade().delete()) {
            return;
        }
        for (InstanceState parent : states) {
            for (Object child : currentAndRemoved(parent)) {
                InstanceState childState = InstanceState.require(child);
                if (!uow.isDeleted(childState) && childState.isPersistent()) {
                    uow.registerSave(childState);
                }
            }
        }
    }

    @Override
    void processSaves(UnitOfWork uow, List<InstanceState> states) {
        Set<InstanceState> added = Collections.newSetFromMap(new IdentityHashMap<>());
        for (InstanceState parent : states) {
            for (Object child : history(parent).added()) {
                added.add(InstanceState.require(child));
            }
        }
        for (InstanceState parent : states) {
            for (Object child : history(parent).deleted()) {
                InstanceState childState = InstanceState.require(child);
                if (!uow.isDeleted(childState) && !added.contains(childState) && childState.isPersistent()) {
                    clear(relationship.join().pairs(), true, childState);
                }
            }
        }
        for (InstanceState parent : states) {
            for (Object child : history(parent).added()) {
                InstanceState childState = InstanceState.require(child);
                if (!uow.isDeleted(childState)) {
                    sync(relationship.join().pairs(), true, parent, childState);
                }
            }
        }
    }

    @Override
    void processDeletes(UnitOfWork uow, List<InstanceState> states) {
        if (relationship.cascade().delete()) {
            return;
        }
        for (InstanceState parent : states) {
            for (Object child : currentAndRemoved(parent)) {
                InstanceState childState = InstanceState.require(child);
                if (!uow.isDeleted(childState) && childState.isPersistent()) {
                    clear(relationship.join().pairs(), true, childState);
                }
            }
        }
    }

    private History history(InstanceState parent) {
        return relationship.attribute().history(parent);
    }

    /** The members of a deleted parent's collection (loading it if needed) and those removed from it. */
    private List<Object> currentAndRemoved(InstanceState parent) {
        AttributeImpl attribute = relationship.attribute();
        List<Object> members = new ArrayList<>();
        if (parent.isPersistent() || parent.status() == InstanceState.Status.DELETED) {
            attribute.beforeRead(parent);
        }
        if (attribute instanceof CollectionAttribute collection) {
            members.addAll(collection.members(parent));
        } else {
            Object value = attribute.get(parent);
            if (value != null) {
                members.add(value);
            }
        }
        members.addAll(history(parent).deleted());
        return members;
    }
}
