package io.junction.engine;

/** {@link Result#one()} found no row. */
public class NoResultException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NoResultException(String message) {
        super(message);
    }
}
