package io.junction.orm.attribute;

/** An unloaded attribute was read on an object that no session holds, so nothing can load it. */
public final class DetachedInstanceException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public DetachedInstanceException(String message) {
        super(message);
    }
}
