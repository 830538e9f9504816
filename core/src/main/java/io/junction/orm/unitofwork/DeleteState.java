package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;

/** DELETEs one object's row. */
record DeleteState(InstanceState state) implements Action {

    @Override
    public void execute(UnitOfWork uow) {
        Persistence.delete(uow, io.junction.orm.mapper.Mapper.of(state), java.util.List.of(state));
    }
}
