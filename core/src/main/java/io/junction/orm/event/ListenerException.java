package io.junction.orm.event;

/**
 * A listener threw while the ORM was flushing or ending a transaction; the listener's exception is
 * the cause. A flush it aborted has written nothing: its transaction was rolled back.
 */
public class ListenerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ListenerException(String message, Throwable cause) {
        super(message, cause);
    }
}
