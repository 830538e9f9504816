package io.junction.engine;

/** Closes JDBC resources so that every one is closed even when one of them fails. */
final class Resources {

    private Resources() {
    }

    /** Closes each resource (nulls are skipped); returns the first failure with the others suppressed, or {@code null}. */
    static Exception closeAll(AutoCloseable... resources) {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        return first;
    }

    /** Closes the resources after {@code failure}, recording any failure to close on it as suppressed. */
    static void closeAfter(Throwable failure, AutoCloseable... resources) {
        Exception closing = closeAll(resources);
        if (closing != null) {
            failure.addSuppressed(closing);
        }
    }
}
