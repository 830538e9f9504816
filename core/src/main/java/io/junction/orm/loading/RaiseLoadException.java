package io.junction.orm.loading;

/** A relationship configured with {@code Lazy.RAISE} was read before being loaded: the N+1 guard. */
public final class RaiseLoadException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public RaiseLoadException(String message) {
        super(message);
    }
}
