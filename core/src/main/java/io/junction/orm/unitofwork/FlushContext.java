package io.junction.orm.unitofwork;

import io.junction.engine.Connection;
import io.junction.orm.attribute.InstanceState;

/** What a flush needs from its session: the connection to write through, and the order objects were added in. */
public interface FlushContext {

    Connection connection();

    /** A number that orders objects by when they were added to the session. */
    long insertOrder(InstanceState state);

    /** Every persistent object of the session (the identity map), for key changes that reach objects in memory. */
    java.util.Collection<InstanceState> persistentStates();
}
