package io.junction.orm.unitofwork;

/**
 * An UPDATE or DELETE matched another number of rows than the objects it was for: the rows changed
 * behind the session. For a versioned mapper ({@link io.junction.orm.mapper.VersionSpec}) it names the
 * object whose row was not matched and the version the flush expected the row to hold.
 */
public final class StaleDataException extends FlushException {
    private static final long serialVersionUID = 1L;

    private final transient Object object;
    private final Object expectedVersion;

    public StaleDataException(String message) {
        this(message, null, null);
    }

    private StaleDataException(String message, Object object, Object expectedVersion) {
        super(message);
        this.object = object;
        this.expectedVersion = expectedVersion;
    }

    static StaleDataException ofVersion(String message, Object object, Object expectedVersion) {
        return new StaleDataException(message, object, expectedVersion);
    }

    /** The object whose versioned row was not matched, or {@code null} when the mapper is not versioned. */
    public Object object() {
        return object;
    }

    /** The version the flush expected the object's row to hold, or {@code null} when the mapper is not versioned. */
    public Object expectedVersion() {
        return expectedVersion;
    }
}
