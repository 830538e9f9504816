package io.junction.orm.unitofwork;

/** An UPDATE or DELETE matched another number of rows than the objects it was for: the rows changed behind the session. */
public final class StaleDataException extends FlushException {
    private static final long serialVersionUID = 1L;

    public StaleDataException(String message) {
        super(message);
    }
}
