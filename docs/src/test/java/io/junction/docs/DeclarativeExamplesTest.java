package io.junction.docs;

import io.junction.engine.ExecutedStatement;
import io.junction.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples runner with {@code --style declarative}: every section's declarative variant, on H2 and PostgreSQL. */
class DeclarativeExamplesTest {

    static Stream<String> urls() {
        return Stream.of(TestDatabases.h2Url("declarative-examples"), TestDatabases.postgres().freshDatabaseUrl());
    }

    @ParameterizedTest
    @MethodSource("urls")
    void everySectionRunsDeclaratively(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(statements, "--url", url, "--style", "declarative");
        assertThat(output).contains("== one-to-many", "== many-to-one", "== self-referential-query")
                .doesNotContain("!! section", "sections failed");   // the failures section prints "failed" itself
        assertThat(output).contains("child.parent == parent before any flush: true")
                .contains("has 1 child(ren); child.parent is the same object: true")
                .contains("child.parents before any flush: 2 parent(s)")
                .contains("has 2 parent(s); parent.child needs no SQL: true")
                .contains("-- grandchildren of root through child2: [Node(4, 3, 'subchild1'), Node(5, 3, 'subchild2')]");
        assertThat(output).contains("== failures\n").contains("commit failed: IntegrityException\n"
                        + "newParent in the session: false, its id: null\n")
                .contains("commit again: This session's transaction was rolled back because a flush failed;")
                .contains("p1's name after rollback: p1\n")
                .contains("committed: p2 [c1]\ncommitted: p3 [c2]\n");
        List<String> sql = statements.stream().map(s -> s.sql().replaceAll("\\s+", " ").strip()).toList();
        assertThat(sql).contains("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, nodes.data AS nodes_data "
                + "FROM nodes WHERE nodes.data = ?");
        assertThat(sql).contains("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, nodes.data AS nodes_data "
                + "FROM nodes, nodes AS nodes_1 WHERE nodes.data = ? AND nodes.parent_id = nodes_1.id AND nodes_1.data = ?");
    }

    static Stream<Arguments> sectionsOnBothDatabases() {
        List<Arguments> cases = new ArrayList<>();
        for (String url : urls().toList()) {
            for (String section : sectionNames()) {
                cases.add(Arguments.of(section, url));
            }
        }
        return cases.stream();
    }

    /** The section names, as the runner's usage lists them. */
    static List<String> sectionNames() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Examples.run(new String[] {"--help"}, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String usage = buffer.toString(StandardCharsets.UTF_8);
        String list = usage.substring(usage.indexOf("sections: [") + "sections: [".length(), usage.lastIndexOf(']'));
        return List.of(list.split(", "));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("sectionsOnBothDatabases")
    void eachSectionEmitsTheSameStatementsInBothStyles(String section, String url) {
        List<ExecutedStatement> classical = new ArrayList<>();
        List<ExecutedStatement> declarative = new ArrayList<>();
        String classicalOutput = run(classical, "--url", url, section);
        String declarativeOutput = run(declarative, "--url", url, "--style", "declarative", section);
        assertThat(dml(declarative)).isEqualTo(dml(classical));
        assertThat(declarativeOutput).isEqualTo(classicalOutput);
    }

    @org.junit.jupiter.api.Test
    void anUnknownStyleIsAnError() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = Examples.run(new String[] {"--style", "fancy"}, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("--style needs classical or declarative");
    }

    private static List<String> dml(List<ExecutedStatement> statements) {
        return statements.stream().map(s -> s.sql().replaceAll("\\s+", " ").strip())
                .filter(s -> !s.startsWith("CREATE") && !s.startsWith("DROP") && !s.startsWith("ALTER")).toList();
    }

    private static String run(List<ExecutedStatement> statements, String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = Examples.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8),
                engine -> engine.addListener(statements::add));
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(status).as(output).isZero();
        return output;
    }
}
