package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.it.patterns.Models.Node;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's adjacency list: {@code children} with the {@code parent} backref whose remote side is {@code nodes.id}. */
class AdjacencyListTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Node.class, NODES, relationship("children", Node.class)
                .cascade("all, delete-orphan")
                .backref(backref("parent").remoteSide(NODES.c("id"))));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    static Node seedTree() {
        Node child2 = new Node("child2").add(new Node("subchild1")).add(new Node("subchild2"));
        return new Node("root").add(new Node("child1")).add(child2).add(new Node("child3"));
    }

    @Test
    void theBackrefIsAManyToOneInMemory() {
        Node root = seedTree();
        Node child2 = root.children.get(1);
        assertThat(child2.parent).isSameAs(root);
        assertThat(child2.children.get(0).parent).isSameAs(child2);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSixNodeTreeInsertsEveryParentBeforeItsChildrenOneStatementPerLevel(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(seedTree());
            log.clear();
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT nodes", "INSERT nodes", "INSERT nodes");
        List<ExecutedStatement> statements = log.statements();
        if (database == Database.POSTGRESQL) {
            assertThat(log.sql().get(1)).isEqualTo("INSERT INTO nodes (parent_id, data) VALUES (?, ?), (?, ?), (?, ?) RETURNING id");
            assertThat(statements.get(1).parameters()).containsExactly(1, "child1", 1, "child2", 1, "child3");
        } else {
            assertThat(statements.get(1).parameterSets()).containsExactly(
                    List.of(1, "child1"), List.of(1, "child2"), List.of(1, "child3"));
        }
        assertThat(strings(rows(engine, select(NODES.c("id"), NODES.c("parent_id"), NODES.c("data")).orderBy(NODES.c("id")))))
                .containsExactly("1/null/root", "2/1/child1", "3/1/child2", "4/1/child3", "5/3/subchild1", "6/3/subchild2");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingASubtreeDeletesChildrenBeforeParents(Database database) {
        Engine engine = fresh(database);
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
        assertThat(strings(rows(engine, select(NODES.c("data")).orderBy(NODES.c("id")))))
                .containsExactly("root", "child1", "child3");
        assertThat(rows(engine, select(count()).from(NODES)).get(0).get(0)).isEqualTo(3L);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void movingANodeUnderAnotherAndOrphansAreHandledInOneFlush(Database database) {
        Engine engine = fresh(database);
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
        assertThat(strings(rows(engine, select(NODES.c("data"), NODES.c("parent_id")).orderBy(NODES.c("id")))))
                .containsExactly("root/null", "child1/1", "child2/1", "subchild1/2", "subchild2/3");
    }
}
