package io.junction.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Starts PostgreSQL in a Docker container through Testcontainers. Kept apart from
 * {@link TestDatabases} so a module without Testcontainers on its test class path fails only here.
 */
final class ContainerPostgres {

    private static final String IMAGE = "postgres:16-alpine";

    private ContainerPostgres() {
    }

    /** Whether a Docker engine answers. */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Starts a container; Testcontainers removes it when the JVM exits. */
    static PostgresServer start() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
        container.start();
        String url = container.getJdbcUrl();
        String credentials = "user=" + container.getUsername() + "&password=" + container.getPassword();
        url += (url.contains("?") ? "&" : "?") + credentials;
        return new PostgresServer("Testcontainers (" + IMAGE + ")", url, false, container::stop);
    }
}
