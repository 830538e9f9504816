package io.junction.engine;

import io.junction.orm.session.Session;
import io.junction.orm.session.SessionFactory;
import io.junction.orm.session.Transaction;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import io.junction.testing.TestDatabases;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.literalColumn;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The engine's connection pool: on by default for a URL, one physical connection reused by short
 * sessions where {@code pool(false)} opens one each; sessions give their connection back at commit,
 * rollback and close, on every path, as PostgreSQL's {@code pg_stat_activity} shows; closing the
 * engine closes the pool; in-memory H2 databases live as long as the engine; isolation levels.
 */
class PoolTest {
    private final MetaData metadata = new MetaData();
    private final Table things = metadata.table("things", column("id", INTEGER).primaryKey());

    @Test
    void shortSessionsOfAPooledEngineReuseOnePhysicalConnectionWhereAnUnpooledOneOpensOneEach() {
        String url = TestDatabases.postgres().freshDatabaseUrl();
        try (Engine pooled = Engine.builder(url).build(); Engine unpooled = Engine.builder(url).pool(false).build()) {
            assertThat(pooled.pooled()).isTrue();
            assertThat(unpooled.pooled()).isFalse();
            // warm both up (driver classes, the server's first backend), then time 200 short sessions each
            backendPids(pooled, 5);
            backendPids(unpooled, 5);
            long start = System.nanoTime();
            Set<Integer> pooledPids = backendPids(pooled, 200);
            long pooledNanos = System.nanoTime() - start;
            start = System.nanoTime();
            Set<Integer> unpooledPids = backendPids(unpooled, 200);
            long unpooledNanos = System.nanoTime() - start;
            System.err.printf("[PoolTest] 200 short sessions on PostgreSQL: pooled %.0f ms, unpooled %.0f ms%n",
                    pooledNanos / 1e6, unpooledNanos / 1e6);
            assertThat(pooledPids).as("one connection, given back and taken again").hasSize(1);
            assertThat(unpooledPids).as("a new server backend for every session").hasSize(200);
            assertThat(pooledNanos).isLessThan(unpooledNanos);
        }
    }

    /** The server backend of each of {@code sessions} sessions that run one query and commit. */
    private static Set<Integer> backendPids(Engine engine, int sessions) {
        Set<Integer> pids = new HashSet<>();
        for (int i = 0; i < sessions; i++) {
            try (Session session = new Session(engine)) {
                pids.add(((Number) session.scalar(select(literalColumn("pg_backend_pid()")))).intValue());
                session.commit();
            }
        }
        return pids;
    }

    @Test
    void sessionsGiveTheirConnectionBackAtCommitRollbackCloseAndAfterFailuresAsPgStatActivityShows() throws SQLException {
        String url = TestDatabases.postgres().freshDatabaseUrl();
        String database = url.replaceAll("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        SessionFactory factory = new SessionFactory(engine);
        for (int i = 0; i < 30; i++) {
            try (Session session = factory.open()) {
                session.execute(insert(things).values(Map.of("id", i)));
                switch (i % 5) {
                    case 0 -> session.commit();
                    case 1 -> session.rollback();
                    case 2 -> {
                        // closed with the transaction open: rolled back
                    }
                    case 3 -> {
                        session.commit();
                        assertThatThrownBy(() -> session.execute(insert(things).values(Map.of("id", 0))))
                                .isInstanceOf(IntegrityException.class);
                        session.rollback();
                    }
                    default -> {
                        try (Transaction nested = session.beginNested()) {
                            session.execute(insert(things).values(Map.of("id", 1000 + i)));
                        }
                        session.commit();
                    }
                }
                assertThat(backends(database)).as("in use by this session, or idle in the pool").hasSize(1);
            }
            assertThat(backends(database)).as("after session " + i).containsExactly("idle");
        }
        assertThat(rows(engine)).as("committed, and no row of a rolled-back savepoint")
                .containsExactly(0, 3, 4, 5, 8, 9, 10, 13, 14, 15, 18, 19, 20, 23, 24, 25, 28, 29);
        engine.close();
        assertThat(backends(database)).as("closing the engine closes the pool").isEmpty();
        assertThatThrownBy(engine::connect).isInstanceOf(IllegalStateException.class)
                .hasMessage("this engine is closed; build a new Engine");
    }

    private List<Integer> rows(Engine engine) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select(things.c("id")).orderBy(things.c("id"))).all().stream()
                    .map(row -> (Integer) row.get(0)).toList();
        }
    }

    /** The state of each server backend connected to {@code database}, seen from a connection to another database. */
    private static List<String> backends(String database) throws SQLException {
        List<String> states = new ArrayList<>();
        try (java.sql.Connection observer = DriverManager.getConnection(TestDatabases.postgres().jdbcUrl());
                PreparedStatement statement = observer.prepareStatement(
                        "SELECT state FROM pg_stat_activity WHERE datname = ? ORDER BY pid")) {
            statement.setString(1, database);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    states.add(result.getString(1));
                }
            }
        }
        return states;
    }

    @Test
    void aPoolThatHasNoConnectionToGiveFailsAfterItsTimeoutWithAnOperationalError() {
        try (Engine engine = Engine.builder(TestEngines.h2().getPayload()).poolSize(1)
                .connectionTimeout(Duration.ofMillis(300)).build();
                Connection held = engine.connect()) {
            long start = System.nanoTime();
            OperationalException failure = catchThrowableOfType(engine::connect, OperationalException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(250L, 5_000L);
            assertThat(failure.getMessage()).contains("request timed out after").contains("[while connecting to jdbc:h2:mem:");
            held.close();
            try (Connection again = engine.connect()) {
                assertThat(again.execute(select(literalColumn("1"))).scalar()).isEqualTo(1);
            }
        }
    }

    @Test
    void anInMemoryH2DatabaseWithoutCloseDelayLivesAsLongAsItsEngineWithOrWithoutAPool() {
        for (boolean pool : new boolean[] {true, false}) {
            String url = "jdbc:h2:mem:pool-lifetime-" + pool;
            try (Engine engine = Engine.builder(url).pool(pool).build()) {
                metadata.createAll(engine);
                try (Session session = new Session(engine)) {
                    session.execute(insert(things).values(Map.of("id", 1)));
                    session.commit();
                }
                assertThat(rows(engine)).as("pool " + pool).containsExactly(1);
            }
            try (Engine later = Engine.builder(url).pool(pool).build()) {
                try (Connection connection = later.connect()) {
                    assertThat(connection.hasTable("things")).as("gone with the engine that held it").isFalse();
                }
            }
        }
    }

    @Test
    void theEnginesIsolationLevelIsEveryConnectionsAndATransactionsOwnLastsUntilItEnds() throws SQLException {
        String url = TestEngines.postgres().getPayload();
        for (boolean pool : new boolean[] {true, false}) {
            try (Engine engine = Engine.builder(url).pool(pool).isolationLevel(IsolationLevel.SERIALIZABLE).build()) {
                assertThat(engine.isolationLevel()).isEqualTo(IsolationLevel.SERIALIZABLE);
                try (Connection connection = engine.connect()) {
                    assertThat(isolation(connection)).isEqualTo("serializable");
                    assertThat(connection.isolationLevel()).isEqualTo(IsolationLevel.SERIALIZABLE);
                }
            }
        }
        try (Engine engine = Engine.builder(url).build()) {
            try (Connection connection = engine.connect()) {
                assertThat(isolation(connection)).isEqualTo("read committed");
                connection.commit();
                try (io.junction.engine.Transaction tx = connection.begin(IsolationLevel.REPEATABLE_READ)) {
                    assertThat(isolation(connection)).isEqualTo("repeatable read");
                    tx.commit();
                }
                assertThat(isolation(connection)).isEqualTo("read committed");
                connection.commit();
            }
            try (Session session = new Session(engine)) {
                try (Transaction tx = session.begin(IsolationLevel.SERIALIZABLE)) {
                    assertThat(session.scalar(select(literalColumn("current_setting('transaction_isolation')"))))
                            .isEqualTo("serializable");
                    tx.commit();
                }
                assertThat(session.scalar(select(literalColumn("current_setting('transaction_isolation')"))))
                        .as("the next transaction of the session").isEqualTo("read committed");
            }
        }
    }

    private static String isolation(Connection connection) {
        return (String) connection.execute(select(literalColumn("current_setting('transaction_isolation')"))).scalar();
    }

    @Test
    void anEngineOverADataSourceLeavesPoolingToIt() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(TestEngines.h2().getPayload());
        assertThatThrownBy(() -> Engine.builder(dataSource).poolSize(5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("an engine over a DataSource uses the data source's pooling");
        try (Engine engine = Engine.builder(dataSource).build()) {
            assertThat(engine.pooled()).isFalse();
            try (Connection connection = engine.connect()) {
                assertThat(connection.execute(select(literalColumn("1"))).scalar()).isEqualTo(1);
            }
        }
    }

    enum Mood { HAPPY, SAD }

    @Test
    void tablesAndTypesRecreatedThroughTheEngineDoNotMeetStalePreparedStatementsOnPooledConnections() {
        String url = TestDatabases.postgres().freshDatabaseUrl();
        MetaData metadata = new MetaData();
        Table moods = metadata.table("moods", column("id", INTEGER).primaryKey(),
                column("mood", io.junction.sql.schema.Schema.nativeEnum("mood", Mood.class)));
        try (Engine engine = Engine.builder(url).poolSize(1).build()) {
            for (int round = 0; round < 2; round++) {
                metadata.dropAll(engine);
                metadata.createAll(engine);
                try (Connection connection = engine.connect()) {
                    connection.execute(insert(moods).values(Map.of("id", 1, "mood", Mood.SAD)));
                    for (int i = 0; i < 8; i++) {   // past the driver's prepareThreshold: a server-side plan
                        assertThat(connection.execute(select(moods.c("mood"))).all()).extracting(r -> r.get(0))
                                .as("round %d", round).containsExactly(Mood.SAD);
                    }
                    connection.commit();
                }
            }
        }
    }
}
