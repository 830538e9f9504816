package io.junction.it.recovery;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.OperationalException;
import io.junction.it.support.ScratchPostgres;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.session.SessionFactory;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.junction.sql.expression.Sql.literalColumn;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A server restart under the default, pooled engine: on the test's own PostgreSQL server
 * ({@link ScratchPostgres}, never the machine's main server). The engine checks each connection it
 * takes from the pool (pre-ping) and replaces one the restart killed, so the next session works
 * without an error, however soon after the restart; without pre-ping, HikariCP's own check of
 * connections idle for more than half a second does the same; a connection in use across the restart fails its statement once, and the pool
 * never hands it (or its dead idle peers) out again; with the server down, taking a connection
 * fails after the pool's connection timeout, and works again once the server is back.
 */
class PooledServerRestartTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table WALLETS = METADATA.table("wallets",
            column("id", INTEGER).primaryKey(),
            column("owner", string(50)),
            column("balance", INTEGER));
    private static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Wallet.class, WALLETS);
        REGISTRY.configure();
    }

    private static ScratchPostgres server;
    private Engine engine;
    private SessionFactory factory;

    @BeforeAll
    static void startServer() {
        server = ScratchPostgres.create();
        System.err.println("[PooledServerRestartTest] " + server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshTables() {
        if (!server.isRunning()) {
            server.start();
        }
        engine = Engine.builder(server.jdbcUrl()).poolSize(3).connectionTimeout(Duration.ofSeconds(2)).build();
        factory = new SessionFactory(engine);
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        try (Session session = factory.open()) {
            session.add(new Wallet("alice", 100));
            session.commit();
        }
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void afterARestartTheNextSessionGetsALiveConnectionWithoutAnError() {
        int before = backendPid();
        try (Session session = factory.open()) {
            assertThat(balance(session)).isEqualTo(100);
            session.commit();
        }

        server.restart();

        try (Session session = factory.open()) {
            Wallet alice = session.query(Wallet.class).filterBy("owner", "alice").one();
            alice.balance = 120;
            session.commit();
        }
        assertThat(backendPid()).as("a new server backend").isNotEqualTo(before);
        try (Session session = factory.open()) {
            assertThat(balance(session)).isEqualTo(120);
        }
    }

    @Test
    void withoutPrePingThePoolStillReplacesAConnectionIdleLongerThanHalfASecond() throws InterruptedException {
        try (Engine unpinged = Engine.builder(server.jdbcUrl()).prePing(false).build()) {
            SessionFactory sessions = new SessionFactory(unpinged);
            try (Session session = sessions.open()) {
                assertThat(balance(session)).isEqualTo(100);
            }
            server.restart();
            Thread.sleep(700); // HikariCP checks a connection idle longer than 500 ms before handing it out
            try (Session session = sessions.open()) {
                assertThat(balance(session)).isEqualTo(100);
            }
        }
    }

    @Test
    void aConnectionInUseAcrossARestartFailsOnceAndThePoolHandsOutOnlyLiveOnesAfterwards() {
        // two connections idle in the pool, one more held by the session across the restart
        try (Connection first = engine.connect(); Connection second = engine.connect()) {
            first.execute(select(literalColumn("1"))).all();
            second.execute(select(literalColumn("1"))).all();
        }
        try (Session session = factory.open()) {
            Wallet alice = session.query(Wallet.class).filterBy("owner", "alice").one();
            alice.balance = 90;

            server.restart();

            OperationalException failure = catchThrowableOfType(session::commit, OperationalException.class);
            assertThat(failure.sqlState()).matches("08...|57P0[123]");
            session.rollback();
            assertThat(alice.balance).as("reloaded on a live connection").isEqualTo(100);
            alice.balance = 90;
            session.commit();
        }
        for (int i = 0; i < 5; i++) {
            try (Session session = factory.open()) {
                assertThat(balance(session)).isEqualTo(90);
            }
        }
    }

    @Test
    void withTheServerDownTakingAConnectionFailsAfterTheTimeoutAndWorksOnceItIsBack() {
        try (Session session = factory.open()) {
            assertThat(balance(session)).isEqualTo(100);
        }
        server.stop();

        long start = System.nanoTime();
        OperationalException refused = catchThrowableOfType(engine::connect, OperationalException.class);
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertThat(waited).as("the pool's connection timeout").isBetween(1_500L, 15_000L);
        assertThat(refused.sqlState()).startsWith("08");
        assertThat(refused.getMessage()).startsWith("(operational) ")
                .contains("[while connecting to jdbc:postgresql://127.0.0.1:" + server.port() + "/");

        server.start();

        try (Session session = factory.open()) {
            session.query(Wallet.class).filterBy("owner", "alice").one().balance = 80;
            session.commit();
        }
        try (Session session = factory.open()) {
            assertThat(balance(session)).isEqualTo(80);
        }
    }

    private static Object balance(Session session) {
        return session.scalar(select(WALLETS.c("balance")).where(WALLETS.c("owner").eq("alice")));
    }

    private int backendPid() {
        try (Connection connection = engine.connect()) {
            return ((Number) connection.execute(select(literalColumn("pg_backend_pid()"))).scalar()).intValue();
        }
    }
}
