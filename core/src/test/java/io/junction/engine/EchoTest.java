package io.junction.engine;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.junction.testing.logging.TestLoggers;
import org.slf4j.event.Level;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.junction.sql.expression.Sql;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL log through SLF4J, read through core's test binding ({@link TestLoggers}), whose levels a
 * test sets as a user's logging configuration would: {@code echo(true)} logs each statement, then
 * its parameters in the seed's format, and the transaction boundaries; without {@code echo(...)}
 * the level of {@code io.junction.sql} decides (INFO: statements, DEBUG: parameters and durations
 * too); {@code echo(false)} logs nothing; a slow statement is a warning. Listeners see the same
 * statements in every case.
 */
class EchoTest {
    private static final String SLOW = "io.junction.sql.slow";

    private final MetaData metadata = new MetaData();
    private final Table nodes = metadata.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(50)));
    private final TestEngines.Recorder recorder = new TestEngines.Recorder();

    @BeforeEach
    @AfterEach
    void defaultLevels() {
        TestLoggers.reset();
    }

    /** The lines logged to {@code io.junction.sql}. */
    private static List<String> echoed() {
        return TestLoggers.lines(Echo.LOGGER_NAME);
    }

    private static Map<String, Object> node(int id, Integer parentId, String data) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("parent_id", parentId);
        row.put("data", data);
        return row;
    }

    @Test
    void echoLogsEachStatementThenItsParametersAndTheTransaction() {
        TestLoggers.level(Echo.LOGGER_NAME, Level.INFO);
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).echo(true).build();
        metadata.createAll(engine);
        engine.addListener(recorder);
        TestLoggers.clear();
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(nodes), List.of(node(1, null, "root"), node(2, 1, "child1"),
                    node(3, 1, "child2"), node(4, 3, "subchild1")));
            connection.commit();
            connection.execute(select(nodes.c("id")).where(nodes.c("data").eq("subchild1"))
                    .where(nodes.c("parent_id").eq(3))).all();
        }
        assertThat(echoed()).containsExactly(
                "BEGIN (implicit)",
                "INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?)",
                "[[1, None, 'root'], [2, 1, 'child1'], [3, 1, 'child2'], [4, 3, 'subchild1']]",
                "COMMIT",
                "BEGIN (implicit)",
                "SELECT nodes.id AS nodes_id",
                "FROM nodes",
                "WHERE nodes.data = ? AND nodes.parent_id = ?",
                "['subchild1', 3]",
                "ROLLBACK");
        assertThat(recorder.statements()).extracting(ExecutedStatement::batch).containsExactly(true, false);
        assertThat(recorder.statements().get(1).parameterSets()).containsExactly(List.of("subchild1", 3));
        assertThat(ParameterFormat.sets(recorder.statements().get(0).parameterSets()))
                .isEqualTo("[[1, None, 'root'], [2, 1, 'child1'], [3, 1, 'child2'], [4, 3, 'subchild1']]");
    }

    @Test
    void ddlIsEchoedWithNoParameters() {
        TestLoggers.level(Echo.LOGGER_NAME, Level.INFO);
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).echo(true).build();
        engine.addListener(recorder);
        metadata.createAll(engine);
        List<String> lines = echoed();
        assertThat(lines.get(0)).isEqualTo("BEGIN (implicit)");
        assertThat(lines.get(1)).isEqualTo("CREATE TABLE nodes (");
        assertThat(lines).contains("[]").endsWith("COMMIT");
        assertThat(recorder.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).startsWith("CREATE TABLE nodes (");
            assertThat(s.parameterSets()).containsExactly(List.of());
            assertThat(s.batch()).isFalse();
        });
    }

    @Test
    void aLongBatchShowsItsFirstTenParameterSets() {
        TestLoggers.level(Echo.LOGGER_NAME, Level.INFO);
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).echo(true).build();
        metadata.createAll(engine);
        TestLoggers.clear();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(node(i, null, "n" + i));
        }
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(nodes), rows);
            connection.commit();
        }
        assertThat(echoed()).contains("[[1, None, 'n1'], [2, None, 'n2'], [3, None, 'n3'], [4, None, 'n4'], "
                + "[5, None, 'n5'], [6, None, 'n6'], [7, None, 'n7'], [8, None, 'n8'], [9, None, 'n9'], "
                + "[10, None, 'n10']] ... displaying 10 of 12 total bound parameter sets ...");
    }

    @Test
    void withoutEchoNothingIsLoggedButListenersStillSeeEveryStatement() {
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).build();
        engine.addListener(recorder);
        metadata.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(nodes).values(node(1, null, "root")));
            connection.commit();
        }
        assertThat(engine.echo()).isFalse();
        assertThat(echoed()).isEmpty();
        assertThat(recorder.sql()).hasSize(2).last().isEqualTo("INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?)");
        assertThat(recorder.statements().get(1).parameters()).containsExactly(1, null, "root");
    }

    @Test
    void withoutEchoTheLoggerAtInfoLogsStatementsAndTransactionsButNoParameters() {
        TestLoggers.level(Echo.LOGGER_NAME, Level.INFO);
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).build();
        metadata.createAll(engine);
        TestLoggers.clear();
        try (Connection connection = engine.connect()) {
            connection.execute(insert(nodes).values(node(1, null, "root")));
            connection.commit();
        }
        assertThat(engine.echo()).isFalse();
        assertThat(echoed()).containsExactly("BEGIN (implicit)", "INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?)",
                "COMMIT");
        assertThat(TestLoggers.events(Echo.LOGGER_NAME)).extracting(TestLoggers.Event::level).containsOnly(Level.INFO);
    }

    @Test
    void theLoggerAtDebugAlsoLogsParametersAndEachStatementsRowsAndDuration() {
        TestLoggers.level(Echo.LOGGER_NAME, Level.DEBUG);
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).build();
        metadata.createAll(engine);
        TestLoggers.clear();
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(nodes), List.of(node(1, null, "root"), node(2, 1, "child1")));
            assertThat(connection.execute(select(nodes.c("data")).where(nodes.c("parent_id").eq(1))).all()).hasSize(1);
            connection.commit();
        }
        List<TestLoggers.Event> events = TestLoggers.events(Echo.LOGGER_NAME);
        assertThat(events).extracting(TestLoggers.Event::level).containsExactly(Level.INFO, Level.INFO, Level.DEBUG,
                Level.DEBUG, Level.INFO, Level.DEBUG, Level.DEBUG, Level.INFO);
        List<String> lines = events.stream().map(e -> e.message().replaceAll("\\s+", " ")).toList();
        assertThat(lines.get(0)).isEqualTo("BEGIN (implicit)");
        assertThat(lines.get(1)).isEqualTo("INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?)");
        assertThat(lines.get(2)).isEqualTo("[[1, None, 'root'], [2, 1, 'child1']]");
        assertThat(lines.get(3)).matches("\\[2 rows in \\d+\\.\\d{3} ms\\]");
        assertThat(lines.get(4)).isEqualTo("SELECT nodes.data AS nodes_data FROM nodes WHERE nodes.parent_id = ?");
        assertThat(lines.get(5)).isEqualTo("[1]");
        assertThat(lines.get(6)).as("a query's count and time are known once its rows are read")
                .matches("\\[1 row in \\d+\\.\\d{3} ms\\]");
        assertThat(lines.get(7)).isEqualTo("COMMIT");
    }

    @Test
    void echoFalseLogsNothingWhateverTheLoggersLevel() {
        TestLoggers.level(Echo.LOGGER_NAME, Level.DEBUG);
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).echo(false).build();
        engine.addListener(recorder);
        metadata.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(nodes).values(node(1, null, "root")));
            connection.commit();
        }
        assertThat(echoed()).isEmpty();
        assertThat(recorder.sql()).hasSize(2);
    }

    @Test
    void aStatementOverTheSlowThresholdIsAWarningWithItsDurationAndRows() {
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).slowStatementThreshold(Duration.ZERO).build();
        metadata.createAll(engine);
        TestLoggers.clear();
        try (Connection connection = engine.connect()) {
            connection.execute(insert(nodes).values(node(1, null, "root")));
            connection.commit();
        }
        assertThat(echoed()).as("io.junction.sql stays at WARN").isEmpty();
        assertThat(TestLoggers.events(SLOW)).singleElement().satisfies(event -> {
            assertThat(event.level()).isEqualTo(Level.WARN);
            assertThat(event.message()).matches("slow statement \\(\\d+\\.\\d{3} ms > 0\\.000 ms, 1 row\\): "
                    + "INSERT INTO nodes \\(id, parent_id, data\\) VALUES \\(\\?, \\?, \\?\\)");
        });
    }

    @Test
    void onPostgresqlAQueryIsTimedUntilItsRowsAreReadAndOnlyASlowOneWarns() {
        String url = TestEngines.postgres().getPayload();
        try (Engine strict = Engine.builder(url).slowStatementThreshold(Duration.ofMillis(150)).build();
                Engine lenient = Engine.builder(url).slowStatementThreshold(Duration.ofSeconds(5)).build()) {
            TestLoggers.clear();
            try (Connection connection = lenient.connect()) {
                connection.execute(select(Sql.func("pg_sleep", Sql.literalColumn("0.3")))).all();
            }
            assertThat(TestLoggers.events(SLOW)).isEmpty();
            try (Connection connection = strict.connect()) {
                connection.execute(select(Sql.literalColumn("1"))).all();
                assertThat(TestLoggers.events(SLOW)).as("a quick statement").isEmpty();
                connection.execute(select(Sql.func("pg_sleep", Sql.literalColumn("0.3")))).all();
            }
            assertThat(TestLoggers.events(SLOW)).singleElement().satisfies(event -> {
                double millis = Double.parseDouble(event.message().replaceAll("^slow statement \\(([0-9.]+) ms.*", "$1"));
                assertThat(millis).isBetween(290.0, 5000.0);
                assertThat(event.message()).contains("> 150.000 ms, 1 row): SELECT pg_sleep(");
            });
        }
    }
}
