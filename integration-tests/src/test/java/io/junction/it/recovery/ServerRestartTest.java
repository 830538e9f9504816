package io.junction.it.recovery;

import io.junction.engine.Connection;
import io.junction.engine.DatabaseException;
import io.junction.engine.Engine;
import io.junction.engine.OperationalException;
import io.junction.it.support.ScratchPostgres;
import io.junction.orm.inspect.Junction;
import io.junction.orm.inspect.ObjectStatus;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A PostgreSQL server restarted — or stopped — under open connections and sessions: the server the
 * test starts itself ({@link ScratchPostgres}, never the machine's main server). The statement that
 * meets the dead connection fails with an {@link OperationalException} of its own; the session
 * rolls back without the database, releases the dead connection, and its next statement takes a
 * fresh one. Rows are checked through a connection of their own. The engine here opens a new
 * physical connection per session ({@code pool(false)}); {@link PooledServerRestartTest} restarts
 * the server under the default, pooled engine.
 */
class ServerRestartTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table ACCOUNTS = METADATA.table("accounts",
            column("id", INTEGER).primaryKey(),
            column("owner", string(50)).unique(),
            column("balance", INTEGER));
    private static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Account.class, ACCOUNTS);
        REGISTRY.configure();
    }

    private static ScratchPostgres server;
    private Engine engine;

    @BeforeAll
    static void startServer() {
        server = ScratchPostgres.create();
        System.err.println("[ServerRestartTest] " + server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshTables() throws SQLException {
        if (!server.isRunning()) {
            server.start(); // a test that failed while the server was down
        }
        engine = Engine.builder(server.jdbcUrl()).pool(false).echo(true).build();
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        sql("INSERT INTO accounts (owner, balance) VALUES ('alice', 100), ('bob', 50)");
    }

    @Test
    void aRestartUnderAnOpenSessionFailsTheCommitAndRollbackGoesOnWithAFreshConnection() throws SQLException {
        try (Session session = new Session(engine)) {
            Account alice = byOwner(session, "alice");
            Account bob = byOwner(session, "bob");
            alice.balance = 90;
            bob.balance = 60;
            Account carol = new Account("carol", 5);
            session.add(carol);
            Connection before = session.connection();

            server.restart();

            OperationalException failure = catchThrowableOfType(session::commit, OperationalException.class);
            // The flush's own statement failed, and the error says why: the driver's failure is the cause.
            assertThat(failure.sql()).startsWith("UPDATE accounts"); // UPDATEs before INSERTs, as SQLAlchemy
            assertThat(failure.sqlState()).matches("08...|57P0[123]");
            assertThat((Throwable) failure.getCause()).isInstanceOf(SQLException.class);
            assertThat(failure.getCause().getSQLState()).isEqualTo(failure.sqlState());
            assertThat(failure.getMessage()).startsWith("(operational) ").doesNotContain("while rolling back");
            assertThat(failure.getSuppressed()).as("the lost connection rolls back without the database").isEmpty();
            assertThat(before.isLost()).isTrue();
            assertThat(before.isClosed()).as("the failed flush released the dead connection").isTrue();
            // The failed flush put the objects back as at the transaction's start and waits for rollback().
            assertThat(status(carol)).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(carol.id).isNull();
            assertThat(session.dirtyObjects()).isEmpty();
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class)
                    .hasCause(failure);

            session.rollback();

            // Rollback restores the state at the start of the transaction.
            assertThat(status(carol)).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(Session.objectSession(carol)).isNull();
            assertThat(session.dirtyObjects()).isEmpty();
            assertThat(alice.balance).as("reloaded on a fresh connection").isEqualTo(100);
            assertThat(bob.balance).isEqualTo(50);
            Connection after = session.connection();
            assertThat(after).isNotSameAs(before);
            assertThat(after.isLost()).isFalse();

            alice.balance = 90;
            bob.balance = 60;
            session.add(carol);
            session.commit();
            assertThat(carol.id).isNotNull();
        }
        assertThat(rows()).containsExactly("alice=90", "bob=60", "carol=5");
    }

    @Test
    void aRestartAfterAFlushLosesTheFlushedRowsAndTheFailedCommitLeavesNoStaleObjects() throws SQLException {
        try (Session session = new Session(engine)) {
            Account alice = byOwner(session, "alice");
            alice.balance = 70;
            Account dave = new Account("dave", 10);
            session.add(dave);
            session.flush();
            assertThat(status(dave)).isEqualTo(ObjectStatus.PERSISTENT);

            server.restart();

            // Nothing is left to flush: COMMIT itself meets the dead connection.
            OperationalException failure = catchThrowableOfType(session::commit, OperationalException.class);
            assertThat(failure.sql()).isNull();
            assertThat(failure.getMessage()).startsWith("(operational) ").endsWith("[while committing]");
            assertThat(failure.sqlState()).matches("08...|57P0[123]");
            assertThat(rows()).as("the server lost the transaction with the connection")
                    .containsExactly("alice=100", "bob=50");
            // dave's row never committed: no persistent object with a key that has no row, and no stale key.
            assertThat(status(dave)).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(session.contains(dave)).isFalse();
            assertThat(dave.id).isNull();
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class);

            session.rollback();

            assertThat(alice.balance).isEqualTo(100);
            assertThat(session.query(Account.class).all()).extracting(account -> account.owner)
                    .containsExactlyInAnyOrder("alice", "bob");

            alice.balance = 70;
            session.add(new Account("erin", 20));
            session.add(dave);
            session.commit();
            assertThat(dave.id).isNotNull();
        }
        assertThat(rows()).containsExactly("alice=70", "bob=50", "dave=10", "erin=20");
    }

    @Test
    void aQueryAfterARestartFailsOnceAndTheSessionRefusesTheDeadConnectionUntilRollback() throws SQLException {
        try (Session session = new Session(engine)) {
            assertThat(byOwner(session, "alice").balance).isEqualTo(100);
            // the session's transaction is open: it holds its connection across the restart

            server.restart();

            OperationalException failure = catchThrowableOfType(() -> session.query(Account.class).all(),
                    OperationalException.class);
            assertThat(failure.sql()).startsWith("SELECT");
            assertThat(failure.sqlState()).matches("08...|57P0[123]");
            assertThat(session.connection().isLost()).isTrue();
            assertThatThrownBy(() -> session.query(Account.class).all())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the connection to the database was lost; roll back");

            session.rollback();

            assertThat(session.query(Account.class).all()).hasSize(2);
            byOwner(session, "bob").balance = 55;
            session.commit();
        }
        assertThat(rows()).containsExactly("alice=100", "bob=55");
    }

    @Test
    void anEngineKeptAcrossARestartGivesTheNextSessionAndConnectionAFreshConnection() throws SQLException {
        try (Session first = new Session(engine)) {
            byOwner(first, "alice").balance = 110;
            first.commit();
        }

        server.restart();

        try (Session second = new Session(engine)) {
            assertThat(second.connection().isLost()).isFalse();
            Account alice = byOwner(second, "alice");
            assertThat(alice.balance).isEqualTo(110);
            alice.balance = 120;
            second.add(new Account("frank", 1));
            second.commit();
        }
        try (Connection connection = engine.connect()) {
            assertThat(connection.execute(select(ACCOUNTS.c("balance")).where(ACCOUNTS.c("owner").eq("alice")))
                    .scalar()).isEqualTo(120);
        }
        assertThat(rows()).containsExactly("alice=120", "bob=50", "frank=1");
    }

    @Test
    void aConnectionOpenAcrossARestartIsLostRollsBackAndClosesQuietly() {
        Connection connection = engine.connect();
        assertThat(connection.execute(select(ACCOUNTS.c("owner"))).all()).hasSize(2);

        server.restart();

        DatabaseException failure = catchThrowableOfType(
                () -> connection.execute(select(ACCOUNTS.c("owner"))).all(), DatabaseException.class);
        assertThat(failure).isInstanceOf(OperationalException.class);
        assertThat(connection.isLost()).isTrue();
        assertThatThrownBy(() -> connection.execute(select(ACCOUNTS.c("owner"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("use a new connection");
        connection.rollback();
        connection.close();
        assertThat(connection.isClosed()).isTrue();

        try (Connection fresh = engine.connect()) {
            assertThat(fresh.execute(select(ACCOUNTS.c("owner"))).all()).hasSize(2);
        }
    }

    @Test
    void withTheServerDownASessionFailsWithAnOperationalErrorAndGoesOnOnceItIsBack() throws SQLException {
        try (Session session = new Session(engine)) {
            Account alice = byOwner(session, "alice");
            alice.balance = 80;
            session.add(new Account("gina", 7));

            server.stop();

            // The statement meets the dead connection.
            OperationalException lost = catchThrowableOfType(session::commit, OperationalException.class);
            assertThat(lost.sql()).startsWith("UPDATE accounts");
            assertThat(lost.sqlState()).matches("08...|57P0[123]");

            session.rollback(); // needs no database
            assertThat(session.newObjects()).isEmpty();

            // No server to take a new connection from: the failure says so, and names the server.
            OperationalException refused = catchThrowableOfType(() -> session.query(Account.class).all(),
                    OperationalException.class);
            assertThat(refused.sql()).isNull();
            assertThat(refused.sqlState()).startsWith("08");
            assertThat(refused.getMessage()).startsWith("(operational) ")
                    .contains("[while connecting to jdbc:postgresql://127.0.0.1:" + server.port() + "/");
            assertThat((Throwable) refused.getCause()).isInstanceOf(SQLException.class);

            // Still refused, and still an OperationalException: no dead connection was kept.
            OperationalException again = catchThrowableOfType(() -> session.query(Account.class).all(),
                    OperationalException.class);
            assertThat(again.getMessage()).contains("[while connecting to");
            session.rollback();

            server.start();

            assertThat(alice.balance).isEqualTo(100);
            alice.balance = 80;
            session.add(new Account("gina", 7));
            session.commit();
        }
        assertThat(rows()).containsExactly("alice=80", "bob=50", "gina=7");
    }

    @Test
    void withTheServerDownANewSessionsFlushFailsAndItsObjectsCommitOnceAddedAgainWithTheServerBack()
            throws SQLException {
        server.stop();
        try (Session session = new Session(engine)) {
            Account hugo = new Account("hugo", 3);
            session.add(hugo);

            OperationalException refused = catchThrowableOfType(session::commit, OperationalException.class);
            assertThat(refused.getMessage()).contains("[while connecting to jdbc:postgresql://127.0.0.1:");
            assertThat(refused.getSuppressed()).isEmpty();
            assertThat(status(hugo)).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(hugo.id).isNull();

            assertThatThrownBy(engine::connect).isInstanceOf(OperationalException.class);

            server.start();
            session.rollback();
            assertThat(status(hugo)).isEqualTo(ObjectStatus.TRANSIENT);

            session.add(hugo);
            session.commit();
            assertThat(status(hugo)).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(hugo.id).isNotNull();
        }
        assertThat(rows()).containsExactly("alice=100", "bob=50", "hugo=3");
    }

    private static Account byOwner(Session session, String owner) {
        return session.query(Account.class).filterBy("owner", owner).one();
    }

    private static ObjectStatus status(Object object) {
        return Junction.inspect(object).status();
    }

    /** Runs SQL on a JDBC connection of its own, committed. */
    private static void sql(String text) throws SQLException {
        try (java.sql.Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute(text);
        }
    }

    /** The committed rows, {@code owner=balance} by owner, read on a JDBC connection of their own. */
    private static List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (java.sql.Connection connection = DriverManager.getConnection(server.jdbcUrl());
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT owner, balance FROM accounts ORDER BY owner");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + "=" + result.getInt(2));
            }
        }
        return rows;
    }
}
