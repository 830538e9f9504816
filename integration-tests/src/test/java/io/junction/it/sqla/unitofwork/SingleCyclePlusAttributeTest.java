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
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_unitofworkv2.py, class SingleCyclePlusAttributeTest: a
 * self-referential node that also has a one-to-many to another table.
 *
 * <p>SQLAlchemy's test_flush_size counts the unit of work's internal actions (the {@code foobars}
 * relationship must not be pulled into a flush that has no FooBar, and appears once one is appended),
 * which Junction does not expose; these tests assert the statements of those flushes instead.
 */
class SingleCyclePlusAttributeTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(30)));
    static final Table FOOBARS = METADATA.table("foobars",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Node.class, NODES,
                relationship("children", Node.class),
                relationship("foobars", FooBar.class));
        REGISTRY.map(FooBar.class, FOOBARS);
        REGISTRY.configure();
    }

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        List<Node> children = new ArrayList<>();
        List<FooBar> foobars = new ArrayList<>();

        Node() {
        }

        Node(String data) {
            this.data = data;
        }
    }

    @Mapped
    static class FooBar {
        Integer id;
        Integer parentId;
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_flush_size, before the FooBar is appended: the flush touches only nodes. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aNodeTreeWithoutFooBarsWritesOnlyNodes(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node n1 = new Node("n1");
            Node n2 = new Node("n2");
            n1.children.add(n2);
            session.add(n1);
            log.clear();
            session.flush();

            assertThat(log.verbs()).containsExactly("INSERT nodes", "INSERT nodes");
            assertThat(bound(log.statements().get(1))).containsExactly(row(n1.id, "n2"));
        }
    }

    /** test_flush_size, after the FooBar is appended: its row follows the node it belongs to. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aFooBarOfTheRootIsInsertedAfterTheRoot(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node n1 = new Node("n1");
            Node n2 = new Node("n2");
            n1.children.add(n2);
            session.add(n1);
            FooBar foobar = new FooBar();
            n1.foobars.add(foobar);
            log.clear();
            session.flush();

            List<String> verbs = log.verbs();
            assertThat(verbs).hasSize(3);
            assertThat(verbs.get(0)).isEqualTo("INSERT nodes");
            assertThat(verbs.subList(1, 3)).containsExactlyInAnyOrder("INSERT nodes", "INSERT foobars");
            assertThat(foobar.parentId).isEqualTo(n1.id);
            assertThat(n2.parentId).isEqualTo(n1.id);
            session.commit();
        }
        assertThat(strings(rows(engine, select(FOOBARS.c("id"), FOOBARS.c("parent_id"))))).containsExactly("1/1");
        assertThat(strings(rows(engine, select(NODES.c("id"), NODES.c("parent_id"), NODES.c("data"))
                .orderBy(NODES.c("id"))))).containsExactly("1/null/n1", "2/1/n2");
    }
}
