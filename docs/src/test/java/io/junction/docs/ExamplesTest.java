package io.junction.docs;

import io.junction.engine.ExecutedStatement;
import io.junction.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the examples runner as a user would, on H2 and on PostgreSQL, and checks what it prints and emits. */
class ExamplesTest {

    static Stream<String> urls() {
        return Stream.of(TestDatabases.h2Url("examples"), TestDatabases.postgres().freshDatabaseUrl());
    }

    @ParameterizedTest
    @MethodSource("urls")
    void selfReferentialQueryPrintsTheSeedsQueryAndRow(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = Examples.run(new String[] {"--url", url, "self-referential-query"},
                new PrintStream(buffer, true, StandardCharsets.UTF_8), engine -> engine.addListener(statements::add));
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(status).as(output).isZero();
        assertThat(output).startsWith("== self-referential-query");
        assertThat(output).contains("(4, 3, 'subchild1')");
        List<String> selects = statements.stream().map(ExecutedStatement::sql).filter(s -> s.startsWith("SELECT"))
                .map(s -> s.replaceAll("\\s+", " ").strip()).toList();
        assertThat(selects).hasSize(3);
        assertThat(selects.get(0)).isEqualTo("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                + "nodes.data AS nodes_data FROM nodes, nodes AS nodes_1 WHERE nodes.data = ? AND "
                + "nodes.parent_id = nodes_1.id AND nodes_1.data = ?");
        assertThat(selects.get(2)).isEqualTo("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                + "nodes.data AS nodes_data FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id "
                + "JOIN nodes AS nodes_2 ON nodes_2.id = nodes_1.parent_id "
                + "WHERE nodes.data = ? AND nodes_1.data = ? AND nodes_2.data = ?");
        ExecutedStatement first = statements.stream().filter(s -> s.sql().startsWith("SELECT")).findFirst().orElseThrow();
        assertThat(first.parameterSets()).containsExactly(List.of("subchild1", "child2"));
        ExecutedStatement batch = statements.stream().filter(s -> s.sql().startsWith("INSERT")).findFirst().orElseThrow();
        assertThat(batch.batch()).isTrue();
        assertThat(batch.parameterSets()).hasSize(6);
    }

    @Test
    void anUnknownSectionIsAnErrorThatListsTheSections() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = Examples.run(new String[] {"no-such-section"}, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("no section 'no-such-section'")
                .contains("self-referential-query");
    }
}
