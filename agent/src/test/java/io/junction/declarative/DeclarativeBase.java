package io.junction.declarative;

import io.junction.orm.attribute.Enhanced;
import io.junction.orm.attribute.InstanceState;

/** Test stand-in for core's declarative base: implements Enhanced in plain Java. */
public abstract class DeclarativeBase implements Enhanced {

    private transient InstanceState state;

    @Override
    public InstanceState $$junction_state() {
        return state;
    }

    @Override
    public void $$junction_state(InstanceState state) {
        this.state = state;
    }
}
