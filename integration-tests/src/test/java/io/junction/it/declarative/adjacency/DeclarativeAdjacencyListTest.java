package io.junction.it.declarative.adjacency;

import io.junction.engine.Engine;
import io.junction.it.declarative.support.Rows;
import io.junction.it.declarative.support.Style;
import io.junction.it.declarative.support.StyledMapping;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's adjacency list with {@code remote_side}, both styles: configuration, in-memory
 * backrefs, loading both ways, a query through the generated metamodel, and the flush of a
 * tree (every parent before its children).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarativeAdjacencyListTest {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table nodes = metadata.table("nodes",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("nodes.id"),
                column("data", string(50)));
        Table eager = metadata.table("eager_nodes",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("eager_nodes.id"),
                column("data", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Node.class, nodes,
                relationship("children", Node.class).backref(backref("parent").remoteSide(nodes.c("id"))));
        registry.map(EagerNode.class, eager, relationship("children", EagerNode.class).lazy(Lazy.JOINED).joinDepth(2));
        return registry;
    });

    @AfterAll
    void dropTables() {
        MAPPING.dropAll();
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
        Registry registry = MAPPING.activate(Style.DECLARATIVE);
        RelationshipProperty parent = (RelationshipProperty) registry.mapper(Node.class).property("parent");
        assertThat(parent.direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(parent.config().remoteSide()).containsExactly(registry.metadata().table("nodes").c("id"));
        assertThat(parent.targetByPrimaryKey()).isTrue();
        assertThat(((RelationshipProperty) registry.mapper(Node.class).property("children")).targetByPrimaryKey()).isFalse();
        RelationshipProperty eager = (RelationshipProperty) registry.mapper(EagerNode.class).property("children");
        assertThat(eager.lazy()).isEqualTo(Lazy.JOINED);
        assertThat(eager.config().joinDepth()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void parentAndChildrenStayInStepInMemory(Style style) {
        MAPPING.activate(style);
        Node root = new Node();
        Node child = new Node();
        root.children.add(child);
        assertThat(child.parent).isSameAs(root);
        child.parent = null;
        assertThat(root.children).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void theTreeLoadsBothWaysAndTheMetamodelFilters(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        Rows.insertInto(engine, MAPPING.metadata().table("nodes"), List.of("id", "parent_id", "data"),
                new Object[] {1, null, "root"}, new Object[] {2, 1, "child1"}, new Object[] {3, 1, "child2"},
                new Object[] {4, 3, "subchild1"}, new Object[] {5, 3, "subchild2"}, new Object[] {6, 1, "child3"});
        SqlLog log = new SqlLog(engine);
        // the metamodel refers to the declarative base's tables; the classical style names its own
        Table nodes = MAPPING.metadata().table("nodes");
        ColumnElement data = style == Style.DECLARATIVE ? Node_.data : nodes.c("data");
        ColumnElement parentId = style == Style.DECLARATIVE ? Node_.parentId : nodes.c("parent_id");
        try (Session session = new Session(engine)) {
            log.clear();
            List<Node> found = session.query(Node.class).filter(data.eq("child2")).all();
            assertThat(found).hasSize(1);
            Node child2 = found.get(0);
            assertThat(log.sql()).containsExactly("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                    + "nodes.data AS nodes_data FROM nodes WHERE nodes.data = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("child2");
            assertThat(child2.children).extracting(n -> n.data).containsExactlyInAnyOrder("subchild1", "subchild2");
            log.clear();
            assertThat(child2.parent.data).isEqualTo("root");
            assertThat(log.sql()).containsExactly("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                    + "nodes.data AS nodes_data FROM nodes WHERE nodes.id = ?");
            assertThat(child2.parent.children).hasSize(3).contains(child2);
            Node subchild1 = session.query(Node.class).filter(data.eq("subchild1").and(parentId.eq(3))).all().get(0);
            assertThat(subchild1.parent).isSameAs(child2);
        }
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void aTreeIsInsertedOneLevelAtATime(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node root = node("root", node("child1"), node("child2", node("subchild1"), node("subchild2")), node("child3"));
            session.add(root);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT nodes", "INSERT nodes", "INSERT nodes");
            Node subchild1 = root.children.get(1).children.get(0);
            assertThat(subchild1.parentId).isEqualTo(root.children.get(1).id);
        }
    }

    private static Node node(String data, Node... children) {
        Node node = new Node();
        node.data = data;
        node.children.addAll(List.of(children));
        return node;
    }
}
