package io.junction.orm.unitofwork;

/** The second UPDATE of a post-update relationship: after every row is saved, or before any is deleted. */
record PostUpdateAll(DependencyProcessor processor, boolean delete) implements Action {

    @Override
    public void execute(UnitOfWork uow) {
        if (delete) {
            processor.processDeletes(uow, uow.deletes(processor.parent()));
        } else {
            processor.processSaves(uow, uow.saves(processor.parent()));
        }
    }

    @Override
    public String toString() {
        return "PostUpdate(" + processor + (delete ? ", delete" : "") + ")";
    }
}
