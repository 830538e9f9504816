package io.junction.orm.loading;

import io.junction.engine.Connection;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.SessionLink;
import io.junction.orm.identity.IdentityMap;

/** What loading needs from a session: a connection, the identity map, and the link new objects attach to. */
public interface LoadContext {

    Connection connection();

    IdentityMap identityMap();

    SessionLink link();

    /**
     * Called before a load whose SQL must see pending changes (a DYNAMIC relationship's query, a
     * get by key the identity map cannot answer): the session flushes them (autoflush).
     */
    default void beforeQuery() {
    }

    /** True if {@link #loadedAsPersistent} has listeners; asked once per statement whose rows are loaded. */
    default boolean hearsLoadedAsPersistent() {
        return false;
    }

    /** An object was just made from a row and put in the identity map (SQLAlchemy's {@code loaded_as_persistent}). */
    default void loadedAsPersistent(InstanceState state) {
    }
}
