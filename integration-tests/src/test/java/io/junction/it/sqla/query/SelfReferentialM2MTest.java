package io.junction.it.sqla.query;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.Rel;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.junction.it.sqla.query.Fixtures.row;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_joins.py, class SelfReferentialM2MTest (test_any,
 * test_contains): a self-referential many-to-many with primaryJoin and secondaryJoin, where
 * {@code any} reads the target through an anonymous alias next to the association table, and
 * {@code contains} is an EXISTS on the association table that {@code not} negates.
 */
class SelfReferentialM2MTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table NODES = METADATA.table("nodes", column("id", INTEGER).primaryKey(), column("data", string(30)));
    static final Table NODE_TO_NODES = METADATA.table("node_to_nodes",
            column("left_node_id", INTEGER).foreignKey("nodes.id").primaryKey(),
            column("right_node_id", INTEGER).foreignKey("nodes.id").primaryKey());
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Node.class, NODES, relationship("children", Node.class).secondary(NODE_TO_NODES)
                .primaryJoin(NODES.c("id").eq(NODE_TO_NODES.c("left_node_id")))
                .secondaryJoin(NODES.c("id").eq(NODE_TO_NODES.c("right_node_id"))));
        REGISTRY.configure();
    }

    @Mapped
    static class Node {
        Integer id;
        String data;
        List<Node> children = new ArrayList<>();
    }

    private static final String SELECT = "SELECT nodes.id AS nodes_id, nodes.data AS nodes_data FROM nodes WHERE ";

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** n1 holds n2, n3, n4; n2 holds n3, n6, n7; n3 holds n5, n4. */
    private Engine data(Database database) {
        Engine engine = fresh(database);
        try (Connection connection = engine.connect()) {
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (int id = 1; id <= 7; id++) {
                nodes.add(row("id", id, "data", "n" + id));
            }
            connection.executeMany(insert(NODES), nodes);
            int[][] links = {{1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 6}, {2, 7}, {3, 5}, {3, 4}};
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int[] link : links) {
                rows.add(row("left_node_id", link[0], "right_node_id", link[1]));
            }
            connection.executeMany(insert(NODE_TO_NODES), rows);
            connection.commit();
        }
        return engine;
    }

    private static List<String> data(List<Node> nodes) {
        return nodes.stream().map(n -> n.data).toList();
    }

    /** test_any */
    @ParameterizedTest
    @EnumSource(Database.class)
    void any(Database database) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            assertThat(data(session.query(Node.class).filter(Rel.of(Node.class, "children").any(NODES.c("data").eq("n3")))
                    .orderBy(NODES.c("data")).all())).containsExactly("n1", "n2");
            assertThat(log.sql()).containsExactly(SELECT + "EXISTS (SELECT 1 FROM nodes AS nodes_1, node_to_nodes WHERE "
                    + "nodes.id = node_to_nodes.left_node_id AND nodes_1.id = node_to_nodes.right_node_id AND nodes_1.data = ?) "
                    + "ORDER BY nodes.data");
        }
    }

    /** test_contains */
    @ParameterizedTest
    @EnumSource(Database.class)
    void contains(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            Rel children = Rel.of(Node.class, "children");
            Node n4 = session.query(Node.class).filterBy("data", "n4").one();
            SqlLog log = new SqlLog(engine);

            assertThat(data(session.query(Node.class).filter(children.contains(n4)).orderBy(NODES.c("data")).all()))
                    .containsExactly("n1", "n3");
            assertThat(data(session.query(Node.class).filter(not(children.contains(n4))).orderBy(NODES.c("data")).all()))
                    .containsExactly("n2", "n4", "n5", "n6", "n7");

            String exists = "EXISTS (SELECT 1 FROM node_to_nodes WHERE nodes.id = node_to_nodes.left_node_id "
                    + "AND node_to_nodes.right_node_id = ?) ORDER BY nodes.data";
            assertThat(log.sql()).containsExactly(SELECT + exists, SELECT + "NOT " + exists);
            assertThat(log.statements().get(0).parameters()).containsExactly(4);
        }
    }
}
