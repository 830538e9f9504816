package io.junction.engine;

/** {@link Result#one()} found more than one row. */
public class MultipleResultsException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    MultipleResultsException(String message) {
        super(message);
    }
}
