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
        assertThat(selects).as("three in core form, six through Session.query").hasSize(9);
        assertThat(selects.get(0)).isEqualTo("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                + "nodes.data AS nodes_data FROM nodes, nodes AS nodes_1 WHERE nodes.data = ? AND "
                + "nodes.parent_id = nodes_1.id AND nodes_1.data = ?");
        assertThat(selects.get(2)).isEqualTo("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                + "nodes.data AS nodes_data FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id "
                + "JOIN nodes AS nodes_2 ON nodes_2.id = nodes_1.parent_id "
                + "WHERE nodes.data = ? AND nodes_1.data = ? AND nodes_2.data = ?");
        ExecutedStatement first = statements.stream().filter(s -> s.sql().startsWith("SELECT")).findFirst().orElseThrow();
        assertThat(first.parameterSets()).containsExactly(List.of("subchild1", "child2"));

        // the same three queries through Session.query: the seed's SQL, and subchild1 as an object
        assertThat(output).contains("-- subchild1 under child2 under root (join chain): [Node(4, 3, 'subchild1')]")
                .contains("subchild1 <- child2 <- root");
        assertThat(selects.get(3)).isEqualTo("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                + "nodes.data AS nodes_data FROM nodes WHERE nodes.data = ?");
        assertThat(selects.get(4)).isEqualTo(selects.get(0));
        assertThat(selects.get(5)).isEqualTo("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                + "nodes.data AS nodes_data FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id "
                + "WHERE nodes.data = ? AND nodes_1.data = ?");
        assertThat(selects.get(6)).isEqualTo(selects.get(2));
        List<ExecutedStatement> queries = statements.stream().filter(s -> s.sql().startsWith("SELECT")).toList();
        assertThat(queries.get(5).parameterSets()).containsExactly(List.of("subchild1", "child2"));
        assertThat(queries.get(6).parameterSets()).containsExactly(List.of("subchild1", "child2", "root"));
        ExecutedStatement batch = statements.stream().filter(s -> s.sql().startsWith("INSERT")).findFirst().orElseThrow();
        assertThat(batch.batch()).isTrue();
        assertThat(batch.parameterSets()).hasSize(6);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void eagerLoadingPrintsTheSeedsTwoLevelJoinAndCountsEachStrategy(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "eager-loading", statements);
        String tree = "root(child1() child2(subchild1() subchild2()) child3())";
        assertThat(output).contains("-- joined, joinDepth(2): " + tree + " in 1 statement(s)")
                .contains("-- subquery, two levels: " + tree + " in 3 statement(s)")
                .contains("-- selectin, two levels: " + tree + " in 3 statement(s)")
                .contains("-- raise: Node.children is not loaded, and its loader strategy is RAISE");
        List<String> selects = statements.stream().map(ExecutedStatement::sql).filter(s -> s.startsWith("SELECT"))
                .map(s -> s.replaceAll("\\s+", " ").strip()).toList();
        // the seed's statement, with the queried entity's columns first rather than last
        assertThat(selects.get(0)).isEqualTo("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                + "nodes.data AS nodes_data, nodes_1.id AS nodes_1_id, nodes_1.parent_id AS nodes_1_parent_id, "
                + "nodes_1.data AS nodes_1_data, nodes_2.id AS nodes_2_id, nodes_2.parent_id AS nodes_2_parent_id, "
                + "nodes_2.data AS nodes_2_data FROM nodes LEFT OUTER JOIN nodes AS nodes_2 ON nodes.id = nodes_2.parent_id "
                + "LEFT OUTER JOIN nodes AS nodes_1 ON nodes_2.id = nodes_1.parent_id");
        assertThat(selects.get(5)).isEqualTo("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                + "nodes.data AS nodes_data FROM nodes WHERE nodes.parent_id IN (?)");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void oneToManyInsertsTheParentFirstAndLoadsTheChildrenOnFirstRead(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "one-to-many", statements);
        assertThat(output).contains("child.parent == parent before any flush: true")
                .contains("has 1 child(ren); child.parent is the same object: true");
        List<String> verbs = verbs(statements);
        assertThat(verbs).containsSubsequence("INSERT INTO parent", "INSERT INTO child", "SELECT parent.id", "SELECT child.id");
        assertThat(verbs.indexOf("SELECT child.id")).isEqualTo(verbs.size() - 1);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void manyToOneInsertsTheChildFirstAndLoadsTheParentsOnFirstRead(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "many-to-one", statements);
        assertThat(output).contains("child.parents before any flush: 2 parent(s)")
                .contains("has 2 parent(s); parent.child needs no SQL: true");
        assertThat(verbs(statements)).containsSubsequence("INSERT INTO child", "INSERT INTO parent", "SELECT child.id",
                "SELECT parent.id");
        assertThat(verbs(statements).get(verbs(statements).size() - 1)).isEqualTo("SELECT parent.id");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void failuresRollsBackTheFailedCommitRefusesWorkUntilRollbackAndCommitsTheRedoneWork(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "failures", statements);
        assertThat(output).contains("commit failed: IntegrityException\n"
                        + "newParent in the session: false, its id: null\n"
                        + "commit again: This session's transaction was rolled back because a flush failed; "
                        + "call session.rollback() before using the session again (it puts every object back as it "
                        + "was when the transaction began).\n")
                .contains("p1's name after rollback: p1\n")
                .contains("committed: p2 [c1]\ncommitted: p3 [c2]\n");
        // no SQL between the failed INSERT and the reload after rollback(); the redone work writes both parents' rows
        assertThat(verbs(statements)).containsExactly("INSERT INTO parent", "INSERT INTO child",
                "UPDATE parent SET", "INSERT INTO parent",
                "SELECT parent.id",
                "UPDATE parent SET", "INSERT INTO parent", "INSERT INTO child",
                "SELECT parent.id", "SELECT child.id", "SELECT child.id");
        List<ExecutedStatement> inserts = statements.stream().filter(s -> s.sql().startsWith("INSERT INTO parent")).toList();
        assertThat(inserts).extracting(ExecutedStatement::parameterSets)
                .containsExactly(List.of(List.of("p1")), List.of(List.of("p2")), List.of(List.of("p3")));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void writeOnlyAddsQueriesAndDeletesWithoutLoadingTheCollection(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "write-only", statements);
        assertThat(output).contains("-- added two posts with the blog\n"
                + "-- posts: [first, second, third]\n"
                + "-- after removing first: [second, third]\n"
                + "-- after the bulk statements: [third, fourth, 5th]\n"
                + "-- after deleting the blog, posts left: 1\n");
        assertThat(dml(statements)).containsExactly("INSERT INTO blogs", "INSERT INTO posts", "INSERT INTO posts",
                "UPDATE posts SET", "INSERT INTO posts", "UPDATE posts SET", "DELETE FROM posts", "DELETE FROM blogs");
        List<String> sql = statements.stream().map(s -> s.sql().replaceAll("\\s+", " ").strip()).toList();
        assertThat(sql).contains("SELECT posts.id AS posts_id, posts.blog_id AS posts_blog_id, posts.title AS posts_title "
                + "FROM posts WHERE posts.blog_id = ? ORDER BY posts.id");
        assertThat(sql).contains("INSERT INTO posts (blog_id, title) VALUES (?, ?), (?, ?)",
                "UPDATE posts SET title=? WHERE posts.blog_id = ? AND posts.title = ?",
                "DELETE FROM posts WHERE posts.blog_id = ? AND posts.title = ?");
        int delete = sql.indexOf("DELETE FROM blogs WHERE blogs.id = ?");
        assertThat(sql.get(delete - 1)).as("the blog is read by key, its posts never")
                .startsWith("SELECT blogs.id AS blogs_id");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void eventsValidatesStampsTheInsertAndHearsEachEmailChange(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "events", statements);
        assertThat(output).contains("-- refused: not an email address: nobody\n"
                + "-- stored: ed@example.com, created_at set before the INSERT: true\n"
                + "-- email changes heard: [null -> ed@example.com, ed@example.com -> ed@junction.io]\n");
        assertThat(verbs(statements)).containsExactly("INSERT INTO accounts", "SELECT accounts.id", "UPDATE accounts SET");
        ExecutedStatement insert = statements.stream().filter(s -> s.sql().startsWith("INSERT")).findFirst().orElseThrow();
        // PostgreSQL reads the generated id back with RETURNING
        assertThat(insert.sql()).isIn("INSERT INTO accounts (email, created_at) VALUES (?, ?)",
                "INSERT INTO accounts (email, created_at) VALUES (?, ?) RETURNING id");
        assertThat(insert.parameterSets()).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("ed@example.com");
            assertThat(row.get(1)).as("the before_insert listener's stamp").isInstanceOf(java.time.LocalDateTime.class);
        });
        ExecutedStatement update = statements.stream().filter(s -> s.sql().startsWith("UPDATE")).findFirst().orElseThrow();
        assertThat(update.sql()).isEqualTo("UPDATE accounts SET email=? WHERE accounts.id = ?");
        assertThat(update.parameterSets()).containsExactly(List.of("ed@junction.io", 1));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void everySectionRunsAndEmitsTheSequenceTheSeedDescribes(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "post-update", statements);
        assertThat(output).contains("the widget and its entry are gone");
        assertThat(dml(statements)).containsExactly("INSERT INTO widget", "INSERT INTO entry", "UPDATE widget SET",
                "UPDATE widget SET", "DELETE FROM entry", "DELETE FROM widget");

        statements.clear();
        run(url, "adjacency-list", statements);
        assertThat(dml(statements)).containsExactly("INSERT INTO nodes", "INSERT INTO nodes", "INSERT INTO nodes",
                "DELETE FROM nodes", "DELETE FROM nodes");

        statements.clear();
        run(url, "many-to-many", statements);
        assertThat(dml(statements)).containsExactly("INSERT INTO \"left\"", "INSERT INTO \"right\"",
                "INSERT INTO association", "DELETE FROM association", "DELETE FROM association", "DELETE FROM \"right\"");

        statements.clear();
        assertThat(run(url, "mutable-primary-keys", statements)).contains("now belongs to ed");
        assertThat(dml(statements)).containsSubsequence("UPDATE users SET", "UPDATE addresses SET");

        statements.clear();
        assertThat(run(url, "multiple-relationships", statements))
                .contains("ed's New York addresses: [1 Beacon St, New York]; Boston: []");

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = Examples.run(new String[] {"--url", url}, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(status).as(buffer.toString(StandardCharsets.UTF_8)).isZero();
    }

    @ParameterizedTest
    @MethodSource("urls")
    void collectionsKeysTheMapNumbersTheListAndSortsTheSet(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "collections", statements);
        assertThat(output).contains("note.item == item before any flush: true\n")
                .contains("the old note's item: null\n")
                .contains("positions: [three=0, one=1, two=2]\n")
                .contains("books: [Emma, Ulysses]\n")
                .contains("loaded notes: [color=red, size=large]\n")
                .contains("loaded bullets: [three, one, two]\n");
        assertThat(dml(statements)).containsExactly("INSERT INTO item", "INSERT INTO note",
                "INSERT INTO note", "DELETE FROM note",
                "INSERT INTO slide", "INSERT INTO bullet",
                "UPDATE bullet SET",
                "INSERT INTO shelf", "INSERT INTO book");
        ExecutedStatement update = statements.stream().filter(s -> s.sql().startsWith("UPDATE bullet")).findFirst().orElseThrow();
        assertThat(update.parameterSets()).as("the three moved rows, one statement").hasSize(3);
        ExecutedStatement orphan = statements.stream().filter(s -> s.sql().startsWith("DELETE FROM note")).findFirst().orElseThrow();
        assertThat(orphan.parameterSets()).hasSize(1);
        List<String> verbs = verbs(statements);
        assertThat(verbs.subList(verbs.size() - 4, verbs.size()))
                .containsExactly("SELECT item.id", "SELECT note.id", "SELECT slide.id", "SELECT bullet.id");
    }

    private static List<String> dml(List<ExecutedStatement> statements) {
        return statements.stream().map(s -> s.sql().replaceAll("\\s+", " ").strip())
                .filter(s -> s.startsWith("INSERT") || s.startsWith("UPDATE") || s.startsWith("DELETE"))
                .map(s -> String.join(" ", java.util.Arrays.copyOf(s.split(" "), 3))).toList();
    }

    @ParameterizedTest
    @MethodSource("urls")
    void productionSetupRollsBackASavepointAndCatchesAStaleVersion(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "production-setup", statements);

        assertThat(output).contains(", pooled: true")
                .contains("-- after the savepoint: Ticket(1, 'Printer on fire', IN_PROGRESS, version 2)")
                .contains("-- UPDATE of table 'ticket' matched no row for Ticket(id=1) at version 2 (0 of 1 row(s) matched)")
                .contains("-- redone: Ticket(1, 'Printer replaced', DONE, version 4)");
        List<String> writes = new ArrayList<>();
        for (ExecutedStatement statement : statements) {
            String sql = statement.sql().replaceAll("\\s+", " ").strip();
            if (sql.startsWith("UPDATE") || sql.contains("SAVEPOINT")) {
                writes.add(sql.replaceAll("savepoint_\\d+", "savepoint_N") + " " + statement.parameterSets());
            } else if (sql.startsWith("INSERT")) {
                writes.add("INSERT " + statement.parameterSets().get(0).subList(0, 2));
            }
        }
        String update = "UPDATE ticket SET %s=?, version=? WHERE ticket.id = ? AND ticket.version = ? %s";
        assertThat(writes).containsExactly(
                "INSERT [Printer on fire, OPEN]",
                update.formatted("status", "[[IN_PROGRESS, 2, 1, 1]]"),       // flushed by beginNested()
                "SAVEPOINT savepoint_N [[]]",
                update.formatted("title", "[[Printer on fire, again, 3, 1, 2]]"),
                "ROLLBACK TO SAVEPOINT savepoint_N [[]]",
                update.formatted("status", "[[DONE, 3, 1, 2]]"),             // the other session commits
                update.formatted("title", "[[Printer replaced, 3, 1, 2]]"),  // matches no row: stale
                update.formatted("title", "[[Printer replaced, 4, 1, 3]]")); // redone on the fresh row
    }

    @ParameterizedTest
    @MethodSource("urls")
    void associationProxyMakesTheAssociationObjectsAndQueriesThroughThem(String url) {
        List<ExecutedStatement> statements = new ArrayList<>();
        String output = run(url, "association-proxy", statements);
        assertThat(output).contains("2 association objects; the first belongs to log\n")
                .contains("log's keywords: [cheese inspector, snack ninja]\n")
                .contains("users with the keyword 'snack ninja': [log]\n")
                .contains("log's keywords: [snack ninja]\n");
        List<String> sql = statements.stream().map(s -> s.sql().replaceAll("\\s+", " ").strip())
                .filter(s -> !s.startsWith("CREATE") && !s.startsWith("DROP") && !s.startsWith("ALTER")).toList();
        boolean postgres = url.startsWith("jdbc:postgresql");
        String selectUser = "SELECT users.id AS users_id, users.name AS users_name FROM users WHERE users.id = ?";
        String selectAssociations = "SELECT user_keywords.user_id AS user_keywords_user_id, user_keywords.keyword_id AS "
                + "user_keywords_keyword_id, user_keywords.special_key AS user_keywords_special_key FROM user_keywords "
                + "WHERE user_keywords.user_id = ?";
        String selectKeyword = "SELECT keywords.id AS keywords_id, keywords.text AS keywords_text FROM keywords WHERE keywords.id = ?";
        String query = "SELECT users.id AS users_id, users.name AS users_name FROM users WHERE EXISTS (SELECT 1 FROM "
                + "user_keywords WHERE users.id = user_keywords.user_id AND EXISTS (SELECT 1 FROM keywords WHERE "
                + "keywords.id = user_keywords.keyword_id AND keywords.text = ?))";
        List<String> expected = new ArrayList<>();
        if (postgres) {
            expected.addAll(List.of("INSERT INTO users (name) VALUES (?) RETURNING id",
                    "INSERT INTO keywords (text) VALUES (?), (?) RETURNING id"));
        } else {
            expected.addAll(List.of("INSERT INTO users (name) VALUES (?)", "INSERT INTO keywords (text) VALUES (?)"));
        }
        // the two association rows differ in shape: the second sets special_key
        expected.addAll(List.of("INSERT INTO user_keywords (user_id, keyword_id) VALUES (?, ?)",
                "INSERT INTO user_keywords (user_id, keyword_id, special_key) VALUES (?, ?, ?)",
                selectUser, selectAssociations, selectKeyword, selectKeyword,
                query,
                "DELETE FROM user_keywords WHERE user_keywords.user_id = ? AND user_keywords.keyword_id = ?",
                selectUser, selectAssociations, selectKeyword));
        assertThat(sql).as(String.join("\n", sql)).containsExactlyElementsOf(expected);
        List<ExecutedStatement> dml = statements.stream().filter(s -> s.sql().startsWith("INSERT INTO user_keywords")
                || s.sql().startsWith("DELETE") || s.sql().startsWith("SELECT") && s.sql().contains("EXISTS")).toList();
        assertThat(dml).extracting(ExecutedStatement::parameterSets).containsExactly(
                List.of(List.of(1, 1)), List.of(List.of(1, 2, "my special key")), List.of(List.of("snack ninja")),
                List.of(List.of(1, 1)));
    }

    private static String run(String url, String section, List<ExecutedStatement> statements) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = Examples.run(new String[] {"--url", url, section},
                new PrintStream(buffer, true, StandardCharsets.UTF_8), engine -> engine.addListener(statements::add));
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(status).as(output).isZero();
        return output;
    }

    private static List<String> verbs(List<ExecutedStatement> statements) {
        return statements.stream().map(s -> {
            String[] words = s.sql().replaceAll("\\s+", " ").strip().split(" ");
            return words[0].equals("SELECT") ? words[0] + " " + words[1] : words[0] + " " + words[1] + " " + words[2];
        }).filter(v -> !v.startsWith("CREATE") && !v.startsWith("DROP") && !v.startsWith("ALTER")).toList();
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
