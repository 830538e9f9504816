package io.junction.orm.session;

/**
 * Raised by a session whose transaction was rolled back because a flush or its COMMIT failed:
 * it runs no SQL and commits nothing until {@link Session#rollback()} is called. The failure that
 * rolled the transaction back is the cause.
 */
public class PendingRollbackException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PendingRollbackException(String what, RuntimeException failure) {
        super("This session's transaction was rolled back because " + what + " failed; call session.rollback() "
                + "before using the session again (it puts every object back as it was when the transaction began). "
                + "The original failure: " + failure, failure);
    }
}
