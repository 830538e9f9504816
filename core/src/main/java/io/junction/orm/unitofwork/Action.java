package io.junction.orm.unitofwork;

/** One step of a flush: save or delete one mapper's rows, or run a dependency processor. */
interface Action {

    void execute(UnitOfWork uow);
}
