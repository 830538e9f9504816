package io.junction.orm.inspect;

/**
 * Where an object is in its life with a session, with SQLAlchemy's meanings: {@code inspect(obj).transient},
 * {@code .pending}, {@code .persistent}, {@code .deleted} and {@code .detached}.
 */
public enum ObjectStatus {
    /** Not in a session and never saved: no identity. */
    TRANSIENT,
    /** Added to a session, not yet inserted by a flush. */
    PENDING,
    /**
     * In a session with an identity: loaded, or inserted by a flush. An object given to
     * {@code session.delete} stays persistent (see {@link ObjectView#markedForDeletion()}) until
     * the flush that deletes its row.
     */
    PERSISTENT,
    /** Its DELETE was flushed and its transaction has not ended: commit detaches it, rollback makes it persistent again. */
    DELETED,
    /** Has an identity but no session: expunged, the session closed, or its deletion committed. */
    DETACHED
}
