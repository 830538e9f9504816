package io.junction.orm.unitofwork;

import io.junction.orm.mapper.Mapper;

/** DELETEs the rows of one mapper's objects being deleted. */
record DeleteAll(Mapper mapper) implements Action {

    @Override
    public void execute(UnitOfWork uow) {
        Persistence.delete(uow, mapper, uow.deletes(mapper));
    }

    @Override
    public String toString() {
        return "DeleteAll(" + mapper + ")";
    }
}
