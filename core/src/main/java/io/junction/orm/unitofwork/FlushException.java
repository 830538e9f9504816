package io.junction.orm.unitofwork;

/** A flush that cannot be carried out as configured; the message says why and what to change. */
public class FlushException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FlushException(String message) {
        super(message);
    }

    public FlushException(String message, Throwable cause) {
        super(message, cause);
    }
}
