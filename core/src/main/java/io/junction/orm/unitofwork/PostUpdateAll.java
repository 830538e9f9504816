package io.junction.orm.unitofwork;

import io.junction.orm.mapper.Mapper;

/**
 * The second UPDATEs of one mapper's rows, for every post-update relationship whose foreign key
 * they hold: after every row is saved, or before any is deleted. Each row gets one UPDATE of all
 * the columns the relationships marked.
 */
record PostUpdateAll(Mapper holder, boolean delete) implements Action {

    @Override
    public void execute(UnitOfWork uow) {
        for (DependencyProcessor processor : uow.postUpdates().writers(holder)) {
            if (delete) {
                processor.processDeletes(uow, uow.deletes(processor.parent()));
            } else {
                processor.processSaves(uow, uow.saves(processor.parent()));
            }
        }
        Persistence.postUpdate(uow, holder, uow.postUpdates().take(holder));
    }

    @Override
    public String toString() {
        return "PostUpdateAll(" + holder + (delete ? ", delete" : "") + ")";
    }
}
