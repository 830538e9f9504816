package io.junction.orm.loading;

/** {@link Query#one()} found no object. */
public final class NoResultFoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NoResultFoundException(String message) {
        super(message);
    }
}
