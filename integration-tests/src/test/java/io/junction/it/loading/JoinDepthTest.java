package io.junction.it.loading;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.session.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.junction.it.loading.LoadingTest.row;
import static io.junction.it.loading.TreeModel.METADATA;
import static io.junction.it.loading.TreeModel.NODES;
import static io.junction.sql.expression.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's "Configuring Eager Loading": {@code lazy(JOINED).joinDepth(2)} on a self-referential relationship. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinDepthTest {
    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);

    static {
        TreeModel.REGISTRY.configure();
    }

    private Engine fresh(Database database) {
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(NODES), List.of(
                    row("id", 1, "parent_id", null, "data", "root"),
                    row("id", 2, "parent_id", 1, "data", "child1"),
                    row("id", 3, "parent_id", 1, "data", "child2"),
                    row("id", 4, "parent_id", 3, "data", "subchild1"),
                    row("id", 5, "parent_id", 3, "data", "subchild2"),
                    row("id", 6, "parent_id", 1, "data", "child3")));
            connection.commit();
        }
        return engine;
    }

    @AfterAll
    void dropTables() {
        engines.values().forEach(METADATA::dropAll);
    }

    static String tree(TreeNode node) {
        return node.data + "(" + node.children.stream().sorted((a, b) -> a.id - b.id).map(JoinDepthTest::tree)
                .collect(Collectors.joining(" ")) + ")";
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void queryAllJoinsTwoLevelsAsTheSeedShows(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<TreeNode> nodes = session.query(TreeNode.class).all();
            assertThat(log.sql()).containsExactly("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                    + "nodes.data AS nodes_data, "
                    + "nodes_1.id AS nodes_1_id, nodes_1.parent_id AS nodes_1_parent_id, nodes_1.data AS nodes_1_data, "
                    + "nodes_2.id AS nodes_2_id, nodes_2.parent_id AS nodes_2_parent_id, nodes_2.data AS nodes_2_data "
                    + "FROM nodes LEFT OUTER JOIN nodes AS nodes_2 ON nodes.id = nodes_2.parent_id "
                    + "LEFT OUTER JOIN nodes AS nodes_1 ON nodes_2.id = nodes_1.parent_id");
            assertThat(log.statements().get(0).parameters()).isEmpty();
            assertThat(nodes).extracting(n -> n.data)
                    .containsExactlyInAnyOrder("root", "child1", "child2", "subchild1", "subchild2", "child3");
            TreeNode root = nodes.stream().filter(n -> n.data.equals("root")).findFirst().orElseThrow();
            assertThat(root.children).extracting(n -> n.data).containsExactlyInAnyOrder("child1", "child2", "child3");
            TreeNode child2 = root.children.stream().filter(n -> n.data.equals("child2")).findFirst().orElseThrow();
            assertThat(child2.children).extracting(n -> n.data).containsExactlyInAnyOrder("subchild1", "subchild2");
            assertThat(child2.children.get(0).children).isEmpty();
            assertThat(child2.parent).isSameAs(root);
            assertThat(tree(root)).isEqualTo("root(child1() child2(subchild1() subchild2()) child3())");
            assertThat(log.count()).as("the whole tree came in one statement").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void sessionGetAppliesTheConfiguredEagerLoadToo(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            TreeNode root = session.get(TreeNode.class, 1);
            assertThat(log.sql()).hasSize(1);
            assertThat(log.sql().get(0)).contains("FROM nodes LEFT OUTER JOIN nodes AS nodes_2 ON nodes.id = nodes_2.parent_id "
                    + "LEFT OUTER JOIN nodes AS nodes_1 ON nodes_2.id = nodes_1.parent_id WHERE nodes.id = ?");
            assertThat(root.children).hasSize(3);
            assertThat(root.children.stream().mapToInt(c -> c.children.size()).sum()).isEqualTo(2);
            assertThat(log.count()).isEqualTo(1);
            assertThat(session.get(TreeNode.class, 99)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aQueryForOneNodeLoadsTwoLevelsBelowItAndLazilyBeyond(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            TreeNode root = session.query(TreeNode.class).filterBy("data", "root").one();
            assertThat(log.count()).isEqualTo(1);
            TreeNode child2 = root.children.stream().filter(n -> n.data.equals("child2")).findFirst().orElseThrow();
            assertThat(child2.children).hasSize(2);
            assertThat(log.count()).isEqualTo(1);
            assertThat(child2.children.get(0).children).isEmpty();   // the third level: one lazy SELECT (joined two deeper)
            assertThat(log.count()).isEqualTo(2);
        }
    }

    /** Junction differs: in a two-entity query the configured JOINED loading applies to the first entity only. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aTwoEntityQueryLoadsTheSecondEntitysRelationshipsOnAccess(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            io.junction.orm.loading.Aliased<TreeNode> parent =
                    io.junction.orm.loading.QueryOptions.aliased(TreeNode.class, "parent");
            var rows = session.query(TreeNode.class, parent).join("parent", parent)
                    .filter(parent.c("data").eq("child2")).all();
            assertThat(log.count()).isEqualTo(1);
            assertThat(rows).extracting(r -> r.first().data).containsExactlyInAnyOrder("subchild1", "subchild2");
            assertThat(io.junction.orm.inspect.Junction.inspect(rows.get(0).first()).loadedAttributes())
                    .as("the first entity's configured joined load").contains("children");
            assertThat(io.junction.orm.inspect.Junction.inspect(rows.get(0).second()).unloadedAttributes())
                    .as("the second entity's relationships wait for access").contains("children");
            assertThat(rows.get(0).second().children).extracting(n -> n.data)
                    .containsExactlyInAnyOrder("subchild1", "subchild2");
        }
    }
}
