package io.junction.it.recovery;

import io.junction.engine.DatabaseException;
import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.engine.OperationalException;
import io.junction.it.support.Database;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import io.junction.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A session whose connection is lost — its PostgreSQL backend terminated by another connection,
 * or its H2 connection closed underneath — rolls back and goes on with a new connection; a
 * failed flush whose rollback also fails reports the flush's failure.
 */
class LostConnectionTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table ITEMS = METADATA.table("items",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).unique());
    private static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Item.class, ITEMS);
        REGISTRY.configure();
    }

    private static Engine fresh(Database database) {
        Engine engine = database.engine();
        METADATA.createAll(engine);
        return engine;
    }

    @Test
    void aQueryOnATerminatedBackendFailsAndRollbackTakesANewConnection() throws SQLException {
        Engine engine = fresh(Database.POSTGRESQL);
        try (Session session = new Session(engine)) {
            session.add(new Item("kept"));
            session.commit();
            assertThat(session.query(Item.class).count()).isEqualTo(1);

            terminateBackend(engine, session);

            OperationalException lost = catchThrowableOfType(() -> session.query(Item.class).all(),
                    OperationalException.class);
            assertThat(lost.sql()).startsWith("SELECT");
            assertThat(session.connection().isLost()).isTrue();

            session.rollback();

            assertThat(session.query(Item.class).all()).extracting(item -> item.name).containsExactly("kept");
            session.add(new Item("after"));
            session.commit();
        }
        assertThat(countItems(engine)).isEqualTo(2);
    }

    @Test
    void aFlushOnATerminatedBackendThrowsItsOwnFailureAndACommitAfterRollbackWorks() throws SQLException {
        Engine engine = fresh(Database.POSTGRESQL);
        try (Session session = new Session(engine)) {
            session.add(new Item("first"));
            session.flush();
            Item second = new Item("second");
            session.add(second);

            terminateBackend(engine, session);

            DatabaseException failure = catchThrowableOfType(session::commit, DatabaseException.class);
            assertThat(failure).isInstanceOf(OperationalException.class);
            assertThat(failure.sql()).startsWith("INSERT INTO items");
            assertThat(failure.getMessage()).doesNotContain("while rolling back");

            session.rollback();

            assertThat(session.query(Item.class).count()).isZero();
            session.add(new Item("again"));
            session.commit();
        }
        assertThat(countItems(engine)).isEqualTo(1);
    }

    @Test
    void anH2ConnectionClosedUnderneathIsReplacedAtRollback() throws SQLException {
        Engine engine = fresh(Database.H2);
        try (Session session = new Session(engine)) {
            session.add(new Item("kept"));
            session.commit();
            assertThat(session.query(Item.class).count()).isEqualTo(1);

            session.connection().jdbc().close();

            assertThatThrownBy(() -> session.query(Item.class).all()).isInstanceOf(DatabaseException.class);
            session.rollback();

            assertThat(session.query(Item.class).all()).extracting(item -> item.name).containsExactly("kept");
            session.add(new Item("after"));
            session.commit();
        }
        assertThat(countItems(engine)).isEqualTo(2);
    }

    @Test
    void aFailedFlushWhoseRollbackFailsThrowsTheFlushFailureWithTheRollbackFailureSuppressed() {
        String url = TestDatabases.h2Url("rollback-refused");
        METADATA.createAll(Engine.builder(url).build());
        Engine engine = Engine.builder(FailingRollbacks.dataSource(url)).dialect(Dialect.forUrl(url)).build();
        try (Session session = new Session(engine)) {
            session.add(new Item("same"));
            session.add(new Item("same"));

            IntegrityException failure = catchThrowableOfType(session::flush, IntegrityException.class);

            assertThat(failure.sql()).startsWith("INSERT INTO items");
            assertThat(failure.getSuppressed()).hasSize(1);
            assertThat(failure.getSuppressed()[0]).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("rollback refused").hasMessageContaining("[while rolling back]");
        }
    }

    private static void terminateBackend(Engine engine, Session session) throws SQLException {
        int pid;
        try (Statement statement = session.connection().jdbc().createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            pid = rows.getInt(1);
        }
        try (io.junction.engine.Connection other = engine.connect();
                PreparedStatement terminate = other.jdbc().prepareStatement("SELECT pg_terminate_backend(?)")) {
            terminate.setInt(1, pid);
            try (ResultSet rows = terminate.executeQuery()) {
                rows.next();
                assertThat(rows.getBoolean(1)).as("backend %d terminated", pid).isTrue();
            }
        }
    }

    private static long countItems(Engine engine) throws SQLException {
        try (io.junction.engine.Connection connection = engine.connect();
                Statement statement = connection.jdbc().createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM items")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
