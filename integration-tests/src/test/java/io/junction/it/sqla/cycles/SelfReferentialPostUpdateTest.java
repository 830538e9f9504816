package io.junction.it.sqla.cycles;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
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
import java.util.Arrays;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cycles.py, class SelfReferentialPostUpdateTest: a tree of
 * nodes that also link to their previous and next sibling, the next-sibling link with post_update;
 * the post-update UPDATEs fire only where needed.
 */
class SelfReferentialPostUpdateTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table NODE = METADATA.table("node",
            column("id", INTEGER).primaryKey(),
            column("path", string(50)).nullable(false),
            column("parent_id", INTEGER).foreignKey("node.id"),
            column("prev_sibling_id", INTEGER).foreignKey("node.id"),
            column("next_sibling_id", INTEGER).foreignKey("node.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Node {
        Integer id;
        String path;
        Integer parentId;
        Integer prevSiblingId;
        Integer nextSiblingId;
        List<Node> children = new ArrayList<>();
        Node parent;
        Node prevSibling;
        Node nextSibling;

        Node() {
        }

        Node(String path) {
            this.path = path;
        }
    }

    static {
        REGISTRY.map(Node.class, NODE,
                relationship("children", Node.class).primaryJoin(NODE.c("id").eq(NODE.c("parent_id")))
                        .cascade("all").backref(backref("parent").remoteSide(NODE.c("id"))),
                relationship("prevSibling", Node.class).primaryJoin(NODE.c("prev_sibling_id").eq(NODE.c("id")))
                        .remoteSide(NODE.c("id")).uselist(false),
                relationship("nextSibling", Node.class).primaryJoin(NODE.c("next_sibling_id").eq(NODE.c("id")))
                        .remoteSide(NODE.c("id")).uselist(false).postUpdate(true));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static void appendChild(Node parent, Node child) {
        if (!parent.children.isEmpty()) {
            Node last = parent.children.get(parent.children.size() - 1);
            last.nextSibling = child;
            child.prevSibling = last;
        }
        parent.children.add(child);
    }

    private static void removeChild(Session session, Node parent, Node child) {
        child.parent = null;
        Node node = child.nextSibling;
        node.prevSibling = child.prevSibling;
        child.prevSibling.nextSibling = node;
        session.delete(child);
    }

    private static List<String> nodes(Engine engine) {
        return strings(rows(engine, select(NODE.c("id"), NODE.c("path"), NODE.c("parent_id"),
                NODE.c("prev_sibling_id"), NODE.c("next_sibling_id")).orderBy(NODE.c("id"))));
    }

    /** test_one: post_update only fires off when needed. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void thePostUpdateFiresOnlyForTheSiblingLinksThatChange(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            Node root = new Node("root");
            Node about = new Node("about");
            Node cats = new Node("cats");
            Node stories = new Node("stories");
            Node bruce = new Node("bruce");

            appendChild(root, about);
            assertThat(about.prevSibling).isNull();
            appendChild(root, cats);
            assertThat(cats.prevSibling).isSameAs(about);
            assertThat(cats.nextSibling).isNull();
            assertThat(about.nextSibling).isSameAs(cats);
            assertThat(about.prevSibling).isNull();
            appendChild(root, stories);
            appendChild(root, bruce);
            session.add(root);
            log.clear();
            session.flush();
            // each sibling refers to the one before it, so each is its own INSERT
            assertThat(log.verbs()).containsExactly(
                    "INSERT node", "INSERT node", "INSERT node", "INSERT node", "INSERT node", "UPDATE node");
            assertThat(log.sql().get(5)).isEqualTo("UPDATE node SET next_sibling_id=? WHERE node.id = ?");
            assertThat(log.statements().get(5).parameterSets()).containsExactly(
                    List.of(cats.id, about.id), List.of(stories.id, cats.id), List.of(bruce.id, stories.id));
            assertThat(nodes(engine)).isEmpty();
            assertThat(strings(rows(session, select(NODE.c("id"), NODE.c("path"), NODE.c("parent_id"),
                    NODE.c("prev_sibling_id"), NODE.c("next_sibling_id")).orderBy(NODE.c("id"))))).containsExactly(
                    "1/root/null/null/null", "2/about/1/null/3", "3/cats/1/2/4", "4/stories/1/3/5", "5/bruce/1/4/null");

            removeChild(session, root, cats);
            // pre-trigger the lazy loader on cats, as SQLAlchemy's test does
            assertThat(cats.children).isEmpty();
            log.clear();
            session.flush();
            List<String> verbs = log.verbs();
            assertThat(verbs).hasSize(4).endsWith("DELETE node");
            assertThat(verbs.subList(0, 3)).containsOnly("UPDATE node");
            // in any order, as SQLAlchemy's AllOf
            List<String> updates = new ArrayList<>();
            for (ExecutedStatement statement : log.statements().subList(0, 3)) {
                updates.add(SqlLog.normalize(statement.sql()) + " " + statement.parameterSets());
            }
            assertThat(updates).containsExactlyInAnyOrder(
                    "UPDATE node SET prev_sibling_id=? WHERE node.id = ? " + List.of(List.of(about.id, stories.id)),
                    "UPDATE node SET next_sibling_id=? WHERE node.id = ? " + List.of(List.of(stories.id, about.id)),
                    "UPDATE node SET next_sibling_id=? WHERE node.id = ? " + List.of(Arrays.asList(null, cats.id)));
            assertThat(log.statements().get(3).parameterSets()).containsExactly(List.of(cats.id));

            session.delete(root);
            log.clear();
            session.flush();
            assertThat(log.verbs().stream().filter(v -> !v.startsWith("SELECT")).toList()).containsExactly(
                    "UPDATE node", "DELETE node", "DELETE node", "DELETE node", "DELETE node");
            List<ExecutedStatement> dml = log.statements().stream()
                    .filter(s -> !s.sql().startsWith("SELECT")).toList();
            assertThat(SqlLog.normalize(dml.get(0).sql())).isEqualTo("UPDATE node SET next_sibling_id=? WHERE node.id = ?");
            assertThat(dml.get(0).parameterSets()).containsExactly(
                    Arrays.asList(null, about.id), Arrays.asList(null, stories.id));
            // SQLAlchemy asserts these three in any order; the prev_sibling_id foreign keys allow only this one
            assertThat(dml.get(1).parameterSets()).containsExactly(List.of(bruce.id));
            assertThat(dml.get(2).parameterSets()).containsExactly(List.of(stories.id));
            assertThat(dml.get(3).parameterSets()).containsExactly(List.of(about.id));
            assertThat(dml.get(4).parameterSets()).containsExactly(List.of(root.id));
            assertThat(strings(rows(session, select(NODE.c("id"))))).isEmpty();

            Node about2 = new Node("about");
            Node cats2 = new Node("cats");
            about2.nextSibling = cats2;
            cats2.prevSibling = about2;
            session.add(about2);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT node", "INSERT node", "UPDATE node");
            assertThat(log.statements().get(2).parameterSets()).containsExactly(List.of(cats2.id, about2.id));

            session.delete(about2);
            cats2.prevSibling = null;
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE node", "UPDATE node", "DELETE node");
            assertThat(log.sql().get(0)).isEqualTo("UPDATE node SET next_sibling_id=? WHERE node.id = ?");
            assertThat(log.statements().get(0).parameterSets()).containsExactly(Arrays.asList(null, about2.id));
            assertThat(log.sql().get(1)).isEqualTo("UPDATE node SET prev_sibling_id=? WHERE node.id = ?");
            assertThat(log.statements().get(1).parameterSets()).containsExactly(Arrays.asList(null, cats2.id));
            assertThat(log.statements().get(2).parameterSets()).containsExactly(List.of(about2.id));
            assertThat(session.contains(cats2)).isTrue();
            session.commit();
            assertThat(nodes(engine)).containsExactly(cats2.id + "/cats/null/null/null");
        }
    }
}
