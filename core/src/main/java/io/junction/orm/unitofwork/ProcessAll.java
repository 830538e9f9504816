package io.junction.orm.unitofwork;

/** Runs one dependency processor over the objects being saved, or over those being deleted. */
record ProcessAll(DependencyProcessor processor, boolean delete) implements Action {

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
        return "ProcessAll(" + processor + (delete ? ", delete" : "") + ")";
    }
}
