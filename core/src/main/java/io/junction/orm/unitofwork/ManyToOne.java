package io.junction.orm.unitofwork;

import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.List;

/**
 * A many-to-one: this mapper's rows hold the foreign key. The referenced objects are saved
 * before their key is copied into the referencing rows, and the referencing rows are deleted
 * before the referenced ones.
 */
final class ManyToOne extends DependencyProcessor {

    ManyToOne(RelationshipProperty relationship) {
        super(relationship);
    }

    @Override
    void declareEdges(UnitOfWork uow) {
        Action referencingSaves = uow.saveAction(parent());
        Action referencedSaves = uow.saveAction(child());
        Action referencingDeletes = uow.deleteAction(parent());
        Action referencedDeletes = uow.deleteAction(child());
        Action afterSave = uow.processAction(this, false);
        uow.edge(referencedSaves, afterSave);
        uow.edge(afterSave, referencingSaves);
        uow.edge(referencingSaves, referencedDeletes);
        uow.edge(referencingDeletes, referencedDeletes);
    }

    @Override
    void presortSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState state : states) {
            History history = changes(state);
            if (history != null && !history.added().isEmpty() && history.added().get(0) != null) {
                related(uow, history.added().get(0));
            }
        }
    }

    @Override
    void presortDeletes(UnitOfWork uow, List<InstanceState> states) {
    }

    @Override
    void processSaves(UnitOfWork uow, List<InstanceState> states) {
        for (InstanceState state : states) {
            History history = changes(state);
            if (history == null || history.added().isEmpty()) {
                continue;
            }
            Object target = history.added().get(0);
            if (target == null) {
                clear(relationship.join().pairs(), false, state);
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
}
