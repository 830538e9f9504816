package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.it.patterns.adjacency.Base;
import io.junction.it.patterns.adjacency.EagerNode;
import io.junction.it.patterns.adjacency.Node;
import io.junction.it.patterns.adjacency.Node_;
import io.junction.it.support.Database;
import io.junction.it.support.Rows;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's adjacency list, mapped classically and declaratively: {@code children} with the
 * {@code parent} backref whose remote side is {@code nodes.id}, and an eager self-referential load
 * with a join depth; in memory, loaded both ways, queried, flushed one level at a time, deleted.
 */
class AdjacencyListTest extends StyledSuite {
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
        registry.map(Node.class, nodes, relationship("children", Node.class)
                .cascade("all, delete-orphan")
                .backref(backref("parent").remoteSide(nodes.c("id"))));
        registry.map(EagerNode.class, eager, relationship("children", EagerNode.class).lazy(Lazy.JOINED).joinDepth(2));
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    static Node seedTree() {
        Node child2 = new Node("child2").add(new Node("subchild1")).add(new Node("subchild2"));
        return new Node("root").add(new Node("child1")).add(child2).add(new Node("child3"));
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

    /**
     * The styles' one difference here: the generated metamodel resolves its columns through the
     * declarative mapping, once, so in the classical style it names the declarative tables, not the
     * classical mapping's; a classical query filters on its own tables' columns.
     */
    @Test
    void theMetamodelNamesTheDeclarativeTablesInEitherStyle() {
        Column declarative = MAPPING.activate(Style.DECLARATIVE).metadata().table("nodes").c("data");
        assertThat(Node_.data.column()).isSameAs(declarative);
        Column classical = MAPPING.activate(Style.CLASSICAL).metadata().table("nodes").c("data");
        assertThat(Node_.data.column()).isSameAs(declarative).isNotSameAs(classical);
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void theBackrefIsAManyToOneInMemory(Style style) {
        MAPPING.activate(style);
        Node root = seedTree();
        Node child2 = root.children.get(1);
        assertThat(child2.parent).isSameAs(root);
        assertThat(child2.children.get(0).parent).isSameAs(child2);
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
    @MethodSource("cases")
    void theTreeLoadsBothWaysAndTheMetamodelFilters(Style style, Database database) {
        Engine engine = fresh(style, database);
        Rows.insertInto(engine, table("nodes"), List.of("id", "parent_id", "data"),
                new Object[] {1, null, "root"}, new Object[] {2, 1, "child1"}, new Object[] {3, 1, "child2"},
                new Object[] {4, 3, "subchild1"}, new Object[] {5, 3, "subchild2"}, new Object[] {6, 1, "child3"});
        SqlLog log = new SqlLog(engine);
        // see theMetamodelNamesTheDeclarativeTablesInEitherStyle
        Table nodes = table("nodes");
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
    @MethodSource("cases")
    void theSixNodeTreeInsertsEveryParentBeforeItsChildrenOneStatementPerLevel(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Node root = seedTree();
        try (Session session = new Session(engine)) {
            session.add(root);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT nodes", "INSERT nodes", "INSERT nodes");
            List<ExecutedStatement> statements = log.statements();
            if (database == Database.POSTGRESQL) {
                assertThat(log.sql().get(1))
                        .isEqualTo("INSERT INTO nodes (parent_id, data) VALUES (?, ?), (?, ?), (?, ?) RETURNING id");
                assertThat(statements.get(1).parameters()).containsExactly(1, "child1", 1, "child2", 1, "child3");
            } else {
                assertThat(statements.get(1).parameterSets()).containsExactly(
                        List.of(1, "child1"), List.of(1, "child2"), List.of(1, "child3"));
            }
            Node child2 = root.children.get(1);
            assertThat(child2.children.get(0).parentId).isEqualTo(child2.id);
        }
        Table nodes = table("nodes");
        assertThat(strings(rows(engine, select(nodes.c("id"), nodes.c("parent_id"), nodes.c("data")).orderBy(nodes.c("id")))))
                .containsExactly("1/null/root", "2/1/child1", "3/1/child2", "4/1/child3", "5/3/subchild1", "6/3/subchild2");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void deletingASubtreeDeletesChildrenBeforeParents(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            session.add(seedTree());
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node child2 = session.query(Node.class).filterBy("data", "child2").one();
            session.delete(child2);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("DELETE nodes", "DELETE nodes");
            assertThat(log.statements().get(0).parameterSets()).as("both subchildren in one batch").hasSize(2);
        }
        Table nodes = table("nodes");
        assertThat(strings(rows(engine, select(nodes.c("data")).orderBy(nodes.c("id")))))
                .containsExactly("root", "child1", "child3");
        assertThat(rows(engine, select(count()).from(nodes)).get(0).get(0)).isEqualTo(3L);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void movingANodeUnderAnotherAndOrphansAreHandledInOneFlush(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            session.add(seedTree());
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Node child1 = session.query(Node.class).filterBy("data", "child1").one();
            Node subchild1 = session.query(Node.class).filterBy("data", "subchild1").one();
            subchild1.parent = child1;
            Node child3 = session.query(Node.class).filterBy("data", "child3").one();
            child3.parent.children.remove(child3);
            session.commit();
        }
        Table nodes = table("nodes");
        assertThat(strings(rows(engine, select(nodes.c("data"), nodes.c("parent_id")).orderBy(nodes.c("id")))))
                .containsExactly("root/null", "child1/1", "child2/1", "subchild1/2", "subchild2/3");
    }
}
