package io.junction.orm.loading;

import io.junction.engine.Connection;
import io.junction.orm.attribute.SessionLink;
import io.junction.orm.identity.IdentityMap;

/** What loading needs from a session: a connection, the identity map, and the link new objects attach to. */
public interface LoadContext {

    Connection connection();

    IdentityMap identityMap();

    SessionLink link();

    /** Called before a query of a DYNAMIC relationship runs: the session flushes pending changes (autoflush). */
    default void beforeQuery() {
    }
}
