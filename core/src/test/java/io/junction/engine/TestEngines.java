package io.junction.engine;

import io.junction.testing.TestDatabases;
import org.junit.jupiter.api.Named;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Fresh, empty databases for engine and schema tests, named {@code h2} and {@code postgresql} for
 * the test report. Each H2 database is new; each PostgreSQL one is a new schema (named in the URL's
 * {@code currentSchema}) of one database made for this JVM by {@link TestDatabases}, which is
 * quicker to make than a database and leaves one database to drop at exit.
 */
public final class TestEngines {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String postgresDatabase;

    private TestEngines() {
    }

    /** A new, empty H2 database and a new, empty PostgreSQL database, as JDBC URLs named {@code h2} and {@code postgresql}. */
    public static Stream<Named<String>> urls() {
        return Stream.of(h2(), postgres());
    }

    public static Named<String> h2() {
        return Named.of("h2", TestDatabases.h2Url("engine"));
    }

    public static Named<String> postgres() {
        String database = postgresDatabase();
        String schema = "test_" + SCHEMAS.incrementAndGet();
        try (java.sql.Connection connection = DriverManager.getConnection(database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        return Named.of("postgresql", database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    private static synchronized String postgresDatabase() {
        if (postgresDatabase == null) {
            postgresDatabase = TestDatabases.postgres().freshDatabaseUrl();
        }
        return postgresDatabase;
    }

    /** A listener that keeps every statement it sees. */
    public static final class Recorder implements ExecutionListener {
        private final List<ExecutedStatement> statements = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onStatement(ExecutedStatement statement) {
            statements.add(statement);
        }

        public List<ExecutedStatement> statements() {
            return List.copyOf(statements);
        }

        /** The SQL of each statement, with runs of whitespace made one space. */
        public List<String> sql() {
            return statements().stream().map(s -> s.sql().replaceAll("\\s+", " ").strip()).toList();
        }

        public void clear() {
            statements.clear();
        }
    }
}
