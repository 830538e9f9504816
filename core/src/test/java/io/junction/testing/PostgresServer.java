package io.junction.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A running PostgreSQL server for tests, as returned by {@link TestDatabases#postgres()}.
 *
 * <p>Test classes should take their own database from {@link #freshDatabaseUrl()} rather than
 * share {@link #jdbcUrl()}, so they never see each other's tables.
 */
public final class PostgresServer {

    private final String source;
    private final String jdbcUrl;
    private final List<String> createdDatabases = new ArrayList<>();

    /**
     * @param source where the server came from, for log lines
     * @param jdbcUrl a JDBC URL, with credentials as query parameters, of a database on the server
     * @param dropDatabasesAtExit whether to drop the databases made by {@link #freshDatabaseUrl()}
     *     at JVM exit; needless for a server that disappears with the JVM
     * @param stop what stops the server at JVM exit, after the databases are dropped; may be null
     */
    PostgresServer(String source, String jdbcUrl, boolean dropDatabasesAtExit, Runnable stop) {
        this.source = source;
        this.jdbcUrl = jdbcUrl;
        if (dropDatabasesAtExit || stop != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (dropDatabasesAtExit) {
                    dropCreatedDatabases();
                }
                if (stop != null) {
                    stop.run();
                }
            }, "junction-test-postgres-cleanup"));
        }
    }

    /** Where this server came from: {@code JUNCTION_TEST_URL}, Testcontainers or embedded. */
    public String source() {
        return source;
    }

    /** The JDBC URL of the server's initial database, including credentials as query parameters. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * Creates a new, empty database on this server and returns its JDBC URL, which carries the
     * same query parameters (user, password, ...) as {@link #jdbcUrl()}.
     *
     * @throws IllegalStateException if the database cannot be created
     */
    public String freshDatabaseUrl() {
        String name = "junction_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            // template0 is guaranteed empty and never has other sessions attached.
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on "
                    + PostgresUrl.withoutPassword(jdbcUrl) + ": " + e.getMessage(), e);
        }
        synchronized (createdDatabases) {
            createdDatabases.add(name);
        }
        return PostgresUrl.withDatabase(jdbcUrl, name);
    }

    /** Drops every database {@link #freshDatabaseUrl()} made, first ending the sessions still on it. */
    private void dropCreatedDatabases() {
        List<String> names;
        synchronized (createdDatabases) {
            names = new ArrayList<>(createdDatabases);
        }
        if (names.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                PreparedStatement terminate = connection.prepareStatement(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                + " WHERE datname = ? AND pid <> pg_backend_pid()");
                Statement drop = connection.createStatement()) {
            for (String name : names) {
                try {
                    terminate.setString(1, name);
                    terminate.executeQuery().close();
                    drop.execute("DROP DATABASE IF EXISTS " + name);
                } catch (SQLException ignored) {
                    // Best effort at exit: a database left behind does no harm to later runs.
                }
            }
        } catch (SQLException ignored) {
            // Best effort at exit, as above.
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[" + source + ", " + PostgresUrl.withoutPassword(jdbcUrl) + "]";
    }
}
