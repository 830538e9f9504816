package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;

/** INSERTs or UPDATEs one object's row: a mapper whose rows depend on each other saves row by row. */
record SaveState(InstanceState state) implements Action {

    @Override
    public void execute(UnitOfWork uow) {
        Persistence.save(uow, io.junction.orm.mapper.Mapper.of(state), java.util.List.of(state));
    }
}
