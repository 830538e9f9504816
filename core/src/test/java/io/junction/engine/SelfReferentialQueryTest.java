package io.junction.engine;

import io.junction.sql.expression.Alias;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's self-referential queries on its six-node {@code nodes} table find {@code subchild1}, on H2 and PostgreSQL. */
class SelfReferentialQueryTest {
    private static final String COLUMNS =
            "SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, nodes.data AS nodes_data ";

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MetaData metadata = new MetaData();
    private final Table nodes = metadata.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(50)));
    private final TestEngines.Recorder recorder = new TestEngines.Recorder();

    private static Map<String, Object> node(int id, Integer parentId, String data) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("parent_id", parentId);
        row.put("data", data);
        return row;
    }

    private Connection connect(String url) {
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        Connection connection = engine.connect();
        connection.executeMany(insert(nodes), List.of(
                node(1, null, "root"), node(2, 1, "child1"), node(3, 1, "child2"),
                node(4, 3, "subchild1"), node(5, 3, "subchild2"), node(6, 1, "child3")));
        connection.commit();
        engine.addListener(recorder);
        return connection;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aManualAliasFindsSubchild1ByItsParent(String url) {
        try (Connection connection = connect(url)) {
            Alias nodealias = nodes.alias();
            Select query = select(nodes).where(nodes.c("data").eq("subchild1"))
                    .where(and(nodes.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq("child2")));
            List<Row> rows = connection.execute(query).all();
            assertThat(rows).singleElement().hasToString("(4, 3, 'subchild1')");
            assertThat(rows.get(0).get(nodes.c("data"))).isEqualTo("subchild1");
        }
        assertThat(recorder.sql()).containsExactly((COLUMNS + "FROM nodes, nodes AS nodes_1 "
                + "WHERE nodes.data = ? AND nodes.parent_id = nodes_1.id AND nodes_1.data = ?").replace("  ", " "));
        assertThat(recorder.statements().get(0).parameters()).containsExactly("subchild1", "child2");
        assertThat(ParameterFormat.values(recorder.statements().get(0).parameters()))
                .isEqualTo("['subchild1', 'child2']");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aJoinedAliasChainFindsSubchild1ByParentAndGrandparent(String url) {
        try (Connection connection = connect(url)) {
            Alias parent = nodes.alias();
            Alias grandparent = nodes.alias();
            Select query = select(nodes)
                    .from(nodes.join(parent, parent.c("id").eq(nodes.c("parent_id")))
                            .join(grandparent, grandparent.c("id").eq(parent.c("parent_id"))))
                    .where(nodes.c("data").eq("subchild1"))
                    .where(parent.c("data").eq("child2"))
                    .where(grandparent.c("data").eq("root"));
            assertThat(connection.execute(query).one()).hasToString("(4, 3, 'subchild1')");
        }
        assertThat(recorder.sql()).containsExactly(COLUMNS.strip() + " FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = "
                + "nodes.parent_id JOIN nodes AS nodes_2 ON nodes_2.id = nodes_1.parent_id "
                + "WHERE nodes.data = ? AND nodes_1.data = ? AND nodes_2.data = ?");
        assertThat(ParameterFormat.values(recorder.statements().get(0).parameters()))
                .isEqualTo("['subchild1', 'child2', 'root']");
    }
}
