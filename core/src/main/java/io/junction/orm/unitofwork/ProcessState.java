package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;

import java.util.List;

/** Runs one dependency processor for one object of its parent mapper. */
record ProcessState(DependencyProcessor processor, InstanceState state, boolean delete) implements Action {

    @Override
    public void execute(UnitOfWork uow) {
        if (delete) {
            processor.processDeletes(uow, List.of(state));
        } else {
            processor.processSaves(uow, List.of(state));
        }
    }
}
