package io.junction.orm.attribute;

/**
 * Implemented by every class the Junction agent enhanced: it gives the ORM the object's
 * {@link InstanceState}. The agent adds these methods; user code never calls them.
 */
public interface Enhanced {

    InstanceState $$junction_state();

    void $$junction_state(InstanceState state);
}
