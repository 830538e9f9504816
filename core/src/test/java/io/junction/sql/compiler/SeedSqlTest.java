package io.junction.sql.compiler;

import io.junction.sql.SeedTables;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;

import static io.junction.sql.CompileSupport.assertCompiles;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;

/**
 * The SQL printed in seed/relationship-configuration.rst ("Self-Referential Query Strategies" and
 * "Configuring Eager Loading"), built with the core API and compiled on both dialects.
 */
class SeedSqlTest {
    private static final String DIALECTS = "io.junction.sql.CompileSupport#dialects";
    private static final String NODE_COLUMNS = "nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, nodes.data AS nodes_data";

    private final Table nodes = SeedTables.nodes();

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void manualAlias(Dialect dialect) {
        Alias nodealias = nodes.alias();
        Select select = select(nodes)
                .where(nodes.c("data").eq("subchild1"))
                .where(and(nodes.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq("child2")));
        assertCompiles(dialect, select,
                "SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, nodes.data AS nodes_data "
                        + "FROM nodes, nodes AS nodes_1 "
                        + "WHERE nodes.data = ? AND nodes.parent_id = nodes_1.id AND nodes_1.data = ?",
                "subchild1", "child2");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void manualAliasKeepsTheSeedsLineBreaks(Dialect dialect) {
        Alias nodealias = nodes.alias();
        Select select = select(nodes)
                .where(nodes.c("data").eq("subchild1"))
                .where(and(nodes.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq("child2")));
        org.assertj.core.api.Assertions.assertThat(dialect.compile(select).sql()).isEqualTo(
                "SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, nodes.data AS nodes_data \n"
                        + "FROM nodes, nodes AS nodes_1 \n"
                        + "WHERE nodes.data = ? AND nodes.parent_id = nodes_1.id AND nodes_1.data = ?");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void joinToAnAliasedParent(Dialect dialect) {
        Alias parent = nodes.alias();
        Select select = select(nodes)
                .from(nodes.join(parent, parent.c("id").eq(nodes.c("parent_id"))))
                .where(nodes.c("data").eq("subchild1"))
                .where(parent.c("data").eq("child2"));
        assertCompiles(dialect, select,
                "SELECT " + NODE_COLUMNS + " FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id "
                        + "WHERE nodes.data = ? AND nodes_1.data = ?",
                "subchild1", "child2");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void joinChainToTheGrandparent(Dialect dialect) {
        Alias parent = nodes.alias();
        Alias grandparent = nodes.alias();
        Select select = select(nodes)
                .from(nodes.join(parent, parent.c("id").eq(nodes.c("parent_id")))
                        .join(grandparent, grandparent.c("id").eq(parent.c("parent_id"))))
                .where(nodes.c("data").eq("subchild1"))
                .where(parent.c("data").eq("child2"))
                .where(grandparent.c("data").eq("root"));
        assertCompiles(dialect, select,
                "SELECT " + NODE_COLUMNS + " FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id "
                        + "JOIN nodes AS nodes_2 ON nodes_2.id = nodes_1.parent_id "
                        + "WHERE nodes.data = ? AND nodes_1.data = ? AND nodes_2.data = ?",
                "subchild1", "child2", "root");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void joinChainAliasesAreNumberedByAppearanceNotByCreation(Dialect dialect) {
        Alias grandparent = nodes.alias();
        Alias parent = nodes.alias();
        Select select = select(nodes)
                .from(nodes.join(parent, parent.c("id").eq(nodes.c("parent_id")))
                        .join(grandparent, grandparent.c("id").eq(parent.c("parent_id"))))
                .where(grandparent.c("data").eq("root"));
        assertCompiles(dialect, select,
                "SELECT " + NODE_COLUMNS + " FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id "
                        + "JOIN nodes AS nodes_2 ON nodes_2.id = nodes_1.parent_id WHERE nodes_2.data = ?", "root");
    }

    /**
     * {@code relationship(Node, lazy='joined', join_depth=2)}: the seed lists the deeper alias's
     * columns first, so that alias is {@code nodes_1} although it is joined second.
     */
    @ParameterizedTest
    @MethodSource(DIALECTS)
    void joinedEagerLoadingTwoLevelsDeep(Dialect dialect) {
        Alias children = nodes.alias();
        Alias grandchildren = nodes.alias();
        Select select = select(grandchildren, children, nodes)
                .from(nodes.outerJoin(children, nodes.c("id").eq(children.c("parent_id")))
                        .outerJoin(grandchildren, children.c("id").eq(grandchildren.c("parent_id"))));
        assertCompiles(dialect, select,
                "SELECT nodes_1.id AS nodes_1_id, nodes_1.parent_id AS nodes_1_parent_id, nodes_1.data AS nodes_1_data, "
                        + "nodes_2.id AS nodes_2_id, nodes_2.parent_id AS nodes_2_parent_id, nodes_2.data AS nodes_2_data, "
                        + "nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, nodes.data AS nodes_data "
                        + "FROM nodes LEFT OUTER JOIN nodes AS nodes_2 ON nodes.id = nodes_2.parent_id "
                        + "LEFT OUTER JOIN nodes AS nodes_1 ON nodes_2.id = nodes_1.parent_id");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void joinedEagerLoadingWithTheSelectListInJoinOrder(Dialect dialect) {
        Alias children = nodes.alias();
        Alias grandchildren = nodes.alias();
        Select select = select(nodes, children, grandchildren)
                .from(nodes.outerJoin(children, nodes.c("id").eq(children.c("parent_id")))
                        .outerJoin(grandchildren, children.c("id").eq(grandchildren.c("parent_id"))));
        assertCompiles(dialect, select,
                "SELECT " + NODE_COLUMNS + ", "
                        + "nodes_1.id AS nodes_1_id, nodes_1.parent_id AS nodes_1_parent_id, nodes_1.data AS nodes_1_data, "
                        + "nodes_2.id AS nodes_2_id, nodes_2.parent_id AS nodes_2_parent_id, nodes_2.data AS nodes_2_data "
                        + "FROM nodes LEFT OUTER JOIN nodes AS nodes_1 ON nodes.id = nodes_1.parent_id "
                        + "LEFT OUTER JOIN nodes AS nodes_2 ON nodes_1.id = nodes_2.parent_id");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void theSeedsRowsAsABatchInsert(Dialect dialect) {
        var compiled = dialect.compile(insert(nodes));
        org.assertj.core.api.Assertions.assertThat(compiled.sql()).isEqualTo("INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?)");
        java.util.HashMap<String, Object> root = new java.util.HashMap<>(Map.of("id", 1, "data", "root"));
        root.put("parent_id", null);
        org.assertj.core.api.Assertions.assertThat(compiled.parameters(root)).containsExactly(1, null, "root");
    }
}
