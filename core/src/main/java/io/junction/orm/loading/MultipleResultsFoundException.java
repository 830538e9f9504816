package io.junction.orm.loading;

/** {@link Query#one()} or {@link Query#oneOrNull()} found more than one object. */
public final class MultipleResultsFoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MultipleResultsFoundException(String message) {
        super(message);
    }
}
