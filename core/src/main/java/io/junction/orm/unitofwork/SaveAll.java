package io.junction.orm.unitofwork;

import io.junction.orm.mapper.Mapper;

/** INSERTs and UPDATEs the rows of one mapper's objects being saved. */
record SaveAll(Mapper mapper) implements Action {

    @Override
    public void execute(UnitOfWork uow) {
        Persistence.save(uow, mapper, uow.saves(mapper));
    }

    @Override
    public String toString() {
        return "SaveAll(" + mapper + ")";
    }
}
