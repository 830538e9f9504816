package io.junction.engine;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL echo through SLF4J (the tests' binding, slf4j-simple, writes to the standard streams, which
 * these tests capture): each statement, then its parameters in the seed's format, and the
 * transaction boundaries; and the same statements as the listener sees them.
 */
class EchoTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    private final MetaData metadata = new MetaData();
    private final Table nodes = metadata.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(50)));
    private final TestEngines.Recorder recorder = new TestEngines.Recorder();

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    /** The logged messages of {@code io.junction.sql}, each without slf4j-simple's prefix, split into lines. */
    private List<String> echoed() {
        List<String> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            int at = line.indexOf(Echo.LOGGER_NAME + " - ");
            lines.add((at >= 0 ? line.substring(at + Echo.LOGGER_NAME.length() + 3) : line).stripTrailing());
        }
        return lines;
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
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).echo(true).build();
        metadata.createAll(engine);
        engine.addListener(recorder);
        captured.reset();
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
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).echo(true).build();
        metadata.createAll(engine);
        captured.reset();
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
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(Echo.LOGGER_NAME);
        assertThat(recorder.sql()).hasSize(2).last().isEqualTo("INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?)");
        assertThat(recorder.statements().get(1).parameters()).containsExactly(1, null, "root");
    }
}
