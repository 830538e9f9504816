package io.junction.it.loading;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.model.Model;
import io.junction.it.model.Node;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.LoaderOption;
import io.junction.orm.session.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.junction.it.loading.LoadingTest.row;
import static io.junction.it.model.Model.METADATA;
import static io.junction.it.model.Model.NODES;
import static io.junction.orm.loading.QueryOptions.defaultLoad;
import static io.junction.orm.loading.QueryOptions.joinedLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.sql.expression.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chained loader options, each step with its own strategy (SQLAlchemy's
 * {@code selectinload(A.b).joinedload(B.c)} and {@code defaultload(A.b).joinedload(B.c)}), and
 * {@code selectinLoad(...).recursionDepth(n)} down a self-referential tree (SQLAlchemy's
 * {@code recursion_depth}), on a chain of five levels: n1 → n2 → n3 → n4 → n5, and n1 → n6.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoaderOptionChainsTest {
    private static final String SELECT_NODES = "SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
            + "nodes.data AS nodes_data FROM nodes";
    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);

    static {
        Model.REGISTRY.configure();
    }

    private Engine fresh(Database database) {
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(NODES), List.of(
                    row("id", 1, "parent_id", null, "data", "n1"),
                    row("id", 2, "parent_id", 1, "data", "n2"),
                    row("id", 3, "parent_id", 2, "data", "n3"),
                    row("id", 4, "parent_id", 3, "data", "n4"),
                    row("id", 5, "parent_id", 4, "data", "n5"),
                    row("id", 6, "parent_id", 1, "data", "n6")));
            connection.commit();
        }
        return engine;
    }

    @AfterAll
    void dropTables() {
        engines.values().forEach(METADATA::dropAll);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void recursionDepthLoadsThatManyLevelsWithOneSelectEach(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node root = session.query(Node.class).filter(NODES.c("id").eq(1))
                    .options(selectinLoad("children").recursionDepth(3)).one();
            assertThat(log.sql()).hasSize(4);
            assertThat(log.sql().subList(1, 4)).allSatisfy(sql -> assertThat(sql)
                    .isEqualTo(SELECT_NODES + " WHERE nodes.parent_id IN (" + placeholders(sql) + ") ORDER BY nodes.id"));
            assertThat(log.statements().get(1).parameters()).containsExactly(1);
            assertThat(log.statements().get(2).parameters()).containsExactly(2, 6);
            assertThat(log.statements().get(3).parameters()).containsExactly(3);

            log.clear();
            Node n4 = root.children.get(0).children.get(0).children.get(0);
            assertThat(n4.data).isEqualTo("n4");
            assertThat(log.count()).as("three levels below the root are loaded").isZero();
            assertThat(n4.children).extracting(n -> n.data).containsExactly("n5");
            assertThat(log.count()).as("the fourth loads on access").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void unlimitedRecursionLoadsTheWholeTreeUntilALevelIsEmpty(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node root = session.query(Node.class).filter(NODES.c("id").eq(1))
                    .options(selectinLoad("children").recursionDepth(LoaderOption.UNLIMITED)).one();
            assertThat(log.count()).as("the root, then one SELECT per level, the last finding nothing").isEqualTo(6);
            log.clear();
            assertThat(tree(root)).isEqualTo("n1(n2(n3(n4(n5()))) n6())");
            assertThat(log.count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aChainGivesEachStepItsOwnStrategy(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node root = session.query(Node.class).filter(NODES.c("id").eq(1))
                    .options(selectinLoad("children").joinedLoad("children")).one();
            assertThat(log.sql()).hasSize(2);
            assertThat(log.sql().get(1)).isEqualTo(SELECT_NODES.replace(" FROM nodes", ", nodes_1.id AS nodes_1_id, "
                    + "nodes_1.parent_id AS nodes_1_parent_id, nodes_1.data AS nodes_1_data FROM nodes "
                    + "LEFT OUTER JOIN nodes AS nodes_1 ON nodes.id = nodes_1.parent_id WHERE nodes.parent_id IN (?) "
                    + "ORDER BY nodes.id, nodes_1.id"));
            log.clear();
            assertThat(root.children.get(0).children).extracting(n -> n.data).containsExactly("n3");
            assertThat(log.count()).as("the second level came with the first").isZero();
            assertThat(root.children.get(0).children.get(0).children).extracting(n -> n.data).containsExactly("n4");
            assertThat(log.count()).as("the third is lazy, as configured").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void defaultLoadKeepsTheFirstStepAsConfiguredAndTheLazyLoadJoinsTheNext(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node root = session.query(Node.class).filter(NODES.c("id").eq(1))
                    .options(defaultLoad("children").joinedLoad("children")).one();
            assertThat(log.sql()).as("the root alone: children stay lazy").hasSize(1)
                    .allSatisfy(sql -> assertThat(sql).doesNotContain("JOIN"));
            log.clear();
            List<Node> children = root.children;
            assertThat(children).extracting(n -> n.data).containsExactly("n2", "n6");
            assertThat(log.sql()).hasSize(1);
            assertThat(log.sql().get(0)).contains("LEFT OUTER JOIN nodes AS nodes_1 ON nodes.id = nodes_1.parent_id");
            log.clear();
            assertThat(children.get(0).children).extracting(n -> n.data).containsExactly("n3");
            assertThat(log.count()).isZero();
        }
    }

    @Test
    void recursionDepthIsForSelectinLoads() {
        assertThatThrownBy(() -> joinedLoad("children").recursionDepth(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("selectinLoad");
        assertThatThrownBy(() -> selectinLoad("children").recursionDepth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThat(defaultLoad("children").joinedLoad("children")).hasToString("defaultLoad[children].joinedLoad[children]");
        assertThat(selectinLoad("children").recursionDepth(LoaderOption.UNLIMITED))
                .hasToString("selectinLoad[children].recursionDepth(UNLIMITED)");
    }

    private static String placeholders(String sql) {
        int open = sql.indexOf("IN (") + 4;
        return sql.substring(open, sql.indexOf(')', open));
    }

    private static String tree(Node node) {
        StringBuilder text = new StringBuilder(node.data).append('(');
        for (int i = 0; i < node.children.size(); i++) {
            text.append(i == 0 ? "" : " ").append(tree(node.children.get(i)));
        }
        return text.append(')').toString();
    }
}
