package io.junction.orm.attribute;

/** Test stand-in for core's interface of enhanced objects. */
public interface Enhanced {

    InstanceState $$junction_state();

    void $$junction_state(InstanceState state);
}
