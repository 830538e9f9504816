package io.junction.it.sqla.unitofwork;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.it.sqla.unitofwork.Bound.bound;
import static io.junction.it.sqla.unitofwork.Bound.row;
import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_unitofworkv2.py, class SingleCycleTest: the statements a
 * flush emits for rows of the fixture {@code nodes} table that refer to each other.
 *
 * <p>SQLAlchemy maps its {@code Node} class differently per test; here {@link Node} has the
 * one-to-many {@code children} only, {@link M2ONode} the many-to-one {@code parent} only, and
 * {@link BiNode} {@code children} with the {@code parent} backref.
 */
class SingleCycleTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Node.class, NODES, relationship("children", Node.class));
        REGISTRY.map(M2ONode.class, NODES, relationship("parent", M2ONode.class).remoteSide(NODES.c("id")));
        REGISTRY.map(BiNode.class, NODES, relationship("children", BiNode.class)
                .backref(backref("parent").remoteSide(NODES.c("id"))));
        REGISTRY.configure();
    }

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        List<Node> children = new ArrayList<>();

        Node() {
        }

        Node(String data, Node... children) {
            this.data = data;
            this.children.addAll(List.of(children));
        }
    }

    @Mapped
    static class M2ONode {
        Integer id;
        Integer parentId;
        String data;
        M2ONode parent;

        M2ONode() {
        }

        M2ONode(String data, M2ONode parent) {
            this.data = data;
            this.parent = parent;
        }
    }

    @Mapped
    static class BiNode {
        Integer id;
        Integer parentId;
        String data;
        List<BiNode> children = new ArrayList<>();
        BiNode parent;

        BiNode() {
        }

        BiNode(String data, BiNode... children) {
            this.data = data;
            this.children.addAll(List.of(children));
        }
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private List<String> nodeRows(Engine engine) {
        return strings(rows(engine, select(NODES.c("id"), NODES.c("parent_id"), NODES.c("data")).orderBy(NODES.c("id"))));
    }

    /** test_one_to_many_save */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManySaveInsertsTheParentThenItsChildrenInOneStatement(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            Node n1 = new Node("n1", n2, n3);
            session.add(n1);
            log.clear();
            session.flush();

            assertThat(log.verbs()).containsExactly("INSERT nodes", "INSERT nodes");
            // Junction differs: an INSERT leaves out the columns an object never set (SQLAlchemy binds
            // parent_id as NULL for n1).
            assertThat(log.sql().get(0)).startsWith("INSERT INTO nodes (data) VALUES (?)");
            assertThat(bound(log.statements().get(0))).containsExactly(row("n1"));
            assertThat(log.sql().get(1)).startsWith("INSERT INTO nodes (parent_id, data) VALUES (?, ?)");
            assertThat(bound(log.statements().get(1))).containsExactly(row(n1.id, "n2"), row(n1.id, "n3"));
            session.commit();
        }
        assertThat(nodeRows(engine)).containsExactly("1/null/n1", "2/1/n2", "3/1/n3");
    }

    /** test_one_to_many_delete_all */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyDeleteAllDeletesTheChildrenThenTheParent(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            Node n1 = new Node("n1", n2, n3);
            session.add(n1);
            session.flush();

            session.delete(n1);
            session.delete(n2);
            session.delete(n3);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "DELETE FROM nodes WHERE nodes.id = ?",
                    "DELETE FROM nodes WHERE nodes.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(n2.id), row(n3.id));
            assertThat(bound(log.statements().get(1))).containsExactly(row(n1.id));
            session.commit();
        }
        assertThat(nodeRows(engine)).isEmpty();
    }

    /** test_one_to_many_delete_parent */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyDeleteParentNullsTheChildrenThenDeletesIt(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            Node n1 = new Node("n1", n2, n3);
            session.add(n1);
            session.flush();

            session.delete(n1);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "UPDATE nodes SET parent_id=? WHERE nodes.id = ?",
                    "DELETE FROM nodes WHERE nodes.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactlyInAnyOrder(row(null, n2.id), row(null, n3.id));
            assertThat(bound(log.statements().get(1))).containsExactly(row(n1.id));
            session.commit();
        }
        assertThat(nodeRows(engine)).containsExactly("2/null/n2", "3/null/n3");
    }

    /** test_many_to_one_save */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneSaveInsertsTheParentThenItsChildrenInOneStatement(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2ONode n1 = new M2ONode("n1", null);
            M2ONode n2 = new M2ONode("n2", n1);
            M2ONode n3 = new M2ONode("n3", n1);
            session.addAll(List.of(n2, n3));
            log.clear();
            session.flush();

            assertThat(log.verbs()).containsExactly("INSERT nodes", "INSERT nodes");
            // Junction differs: an INSERT leaves out the columns an object never set (SQLAlchemy binds
            // parent_id as NULL for n1).
            assertThat(log.sql().get(0)).startsWith("INSERT INTO nodes (data) VALUES (?)");
            assertThat(bound(log.statements().get(0))).containsExactly(row("n1"));
            assertThat(log.sql().get(1)).startsWith("INSERT INTO nodes (parent_id, data) VALUES (?, ?)");
            assertThat(bound(log.statements().get(1))).containsExactly(row(n1.id, "n2"), row(n1.id, "n3"));
            session.commit();
        }
        assertThat(nodeRows(engine)).containsExactly("1/null/n1", "2/1/n2", "3/1/n3");
    }

    /** test_many_to_one_delete_all */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneDeleteAllDeletesTheChildrenThenTheParent(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2ONode n1 = new M2ONode("n1", null);
            M2ONode n2 = new M2ONode("n2", n1);
            M2ONode n3 = new M2ONode("n3", n1);
            session.addAll(List.of(n2, n3));
            session.flush();

            session.delete(n1);
            session.delete(n2);
            session.delete(n3);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "DELETE FROM nodes WHERE nodes.id = ?",
                    "DELETE FROM nodes WHERE nodes.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(n2.id), row(n3.id));
            assertThat(bound(log.statements().get(1))).containsExactly(row(n1.id));
            session.commit();
        }
        assertThat(nodeRows(engine)).isEmpty();
    }

    /** test_many_to_one_set_null_unloaded: setting an unloaded parent to null needs no SELECT. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void settingAnUnloadedParentToNullEmitsOnlyTheUpdate(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2ONode n1 = new M2ONode("n1", null);
            M2ONode n2 = new M2ONode("n2", n1);
            session.addAll(List.of(n1, n2));
            session.commit();
        }
        try (Session session = new Session(engine)) {
            M2ONode n2 = session.query(M2ONode.class).filterBy("data", "n2").one();
            log.clear();
            n2.parent = null;
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE nodes SET parent_id=? WHERE nodes.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(null, n2.id));
            session.commit();
        }
        assertThat(nodeRows(engine)).containsExactly("1/null/n1", "2/null/n2");
    }

    /** test_cycle_rowswitch: a deleted row's key is taken by a new object in the same flush. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aNewNodeTakingTheKeyOfADeletedOneReplacesItsRow(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Node n2 = new Node("n2");
            Node n3 = new Node("n3");
            Node n1 = new Node("n1", n2);
            session.add(n1);
            session.flush();

            session.delete(n2);
            n3.id = n2.id;
            n1.children.add(n3);
            session.flush();

            assertThat(session.contains(n3)).isTrue();
            assertThat(session.contains(n2)).isFalse();
            assertThat(n3.parentId).isEqualTo(n1.id);
            session.commit();
        }
        assertThat(nodeRows(engine)).containsExactly("1/null/n1", "2/1/n3");
    }

    /** test_bidirectional_mutations_one */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingAChildAndAddingAnotherThenDeletingBoth(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            BiNode n2 = new BiNode("n2");
            BiNode n3 = new BiNode("n3");
            BiNode n1 = new BiNode("n1", n2);
            session.add(n1);
            session.flush();

            session.delete(n2);
            n1.children.add(n3);
            session.flush();
            assertThat(strings(rows(session, select(NODES.c("id"), NODES.c("parent_id"), NODES.c("data"))
                    .orderBy(NODES.c("id"))))).containsExactly("1/null/n1", "3/1/n3");

            session.delete(n1);
            session.delete(n3);
            session.flush();
            assertThat(rows(session, select(NODES.c("id")))).isEmpty();
            session.commit();
        }
        assertThat(nodeRows(engine)).isEmpty();
    }

    /** test_bidirectional_multilevel_save: one INSERT per level of the tree. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aThreeLevelTreeIsInsertedOneStatementPerLevel(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            BiNode n1 = new BiNode("n1");
            n1.children.add(new BiNode("n11"));
            BiNode n12 = new BiNode("n12");
            n1.children.add(n12);
            n1.children.add(new BiNode("n13"));
            n1.children.get(1).children.add(new BiNode("n121"));
            n1.children.get(1).children.add(new BiNode("n122"));
            n1.children.get(1).children.add(new BiNode("n123"));
            session.add(n1);
            log.clear();
            session.flush();

            assertThat(log.verbs()).containsExactly("INSERT nodes", "INSERT nodes", "INSERT nodes");
            // Junction differs: an INSERT leaves out the columns an object never set (SQLAlchemy binds
            // parent_id as NULL for n1).
            assertThat(log.sql().get(0)).startsWith("INSERT INTO nodes (data) VALUES (?)");
            assertThat(bound(log.statements().get(0))).containsExactly(row("n1"));
            assertThat(log.sql().get(1)).startsWith("INSERT INTO nodes (parent_id, data) VALUES (?, ?)");
            assertThat(bound(log.statements().get(1)))
                    .containsExactly(row(n1.id, "n11"), row(n1.id, "n12"), row(n1.id, "n13"));
            assertThat(log.sql().get(2)).startsWith("INSERT INTO nodes (parent_id, data) VALUES (?, ?)");
            assertThat(bound(log.statements().get(2)))
                    .containsExactly(row(n12.id, "n121"), row(n12.id, "n122"), row(n12.id, "n123"));
        }
    }

    /**
     * test_singlecycle_flush_size. SQLAlchemy counts the unit of work's internal actions, which
     * Junction does not expose; this asserts the statements of each of those flushes instead.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void selfReferentialFlushesWriteOnlyWhatChanged(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node n1 = new Node("ed");
            session.add(n1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT nodes");

            n1.data = "jack";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE nodes SET data=? WHERE nodes.id = ?");

            Node n2 = new Node("foo");
            session.add(n2);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT nodes");

            n1.children.add(n2);
            log.clear();
            session.commit();
            assertThat(log.sql()).containsExactly("UPDATE nodes SET parent_id=? WHERE nodes.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(n1.id, n2.id));
        }
        try (Session session = new Session(engine).autoflush(false)) {
            Node n1 = session.query(Node.class).filterBy("data", "jack").one();
            n1.data = "ed";
            assertThat(n1.children).hasSize(1);
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE nodes SET data=? WHERE nodes.id = ?");
        }
    }

    /** test_delete_unloaded_m2o: deleting expired rows of one table still deletes the children first. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingExpiredSelfReferentialRowsDeletesTheChildrenFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2ONode parent = new M2ONode();
            M2ONode c1 = new M2ONode(null, parent);
            M2ONode c2 = new M2ONode(null, parent);
            session.addAll(List.of(c1, c2));
            session.add(parent);
            session.flush();
            int pid = parent.id;
            int c1id = c1.id;
            int c2id = c2.id;

            session.expire(parent);
            session.expire(c1);
            session.expire(c2);
            session.delete(c1);
            session.delete(c2);
            session.delete(parent);
            log.clear();
            session.flush();

            // SQLAlchemy first reloads the three expired rows to learn their parents (three SELECTs).
            List<String> verbs = log.verbs();
            assertThat(verbs.stream().filter(v -> v.startsWith("SELECT")).toList()).allMatch("SELECT nodes"::equals);
            List<String> deletes = log.sql().stream().filter(s -> s.startsWith("DELETE")).toList();
            assertThat(deletes).containsExactly(
                    "DELETE FROM nodes WHERE nodes.id = ?",
                    "DELETE FROM nodes WHERE nodes.id = ?");
            int first = verbs.indexOf("DELETE nodes");
            assertThat(bound(log.statements().get(first))).containsExactly(row(c1id), row(c2id));
            assertThat(bound(log.statements().get(first + 1))).containsExactly(row(pid));
            session.commit();
        }
        assertThat(nodeRows(engine)).isEmpty();
    }
}
