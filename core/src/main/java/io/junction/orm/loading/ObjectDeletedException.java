package io.junction.orm.loading;

/** An expired object was refreshed, but its row is gone from the database. */
public final class ObjectDeletedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ObjectDeletedException(String message) {
        super(message);
    }
}
