package io.junction.orm.unitofwork;

import io.junction.engine.Connection;
import io.junction.orm.attribute.InstanceState;

/** What a flush needs from its session: the connection to write through, and the objects it holds. */
public interface FlushContext {

    Connection connection();

    /** Every persistent object of the session (the identity map), for key changes that reach objects in memory. */
    java.util.Collection<InstanceState> persistentStates();
}
