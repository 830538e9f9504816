package io.junction.it.sqla.query;

import io.junction.engine.Engine;
import io.junction.it.sqla.query.Fixtures.Node;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.Aliased;
import io.junction.orm.loading.Rel;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.it.sqla.query.Fixtures.NODES;
import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.sql.expression.Sql.not;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_joins.py, class SelfReferentialTest: the relationship
 * operators on an adjacency list — {@code any}, {@code has}, {@code contains}, {@code ==} and
 * {@code !=} (test_any, test_has, test_contains, test_eq_ne) — where the subquery reads the
 * target through an anonymous alias, with the SQL asserted as Junction compiles it; plus the same
 * from an explicit alias, where the target stays the table (OperatorTest.test_selfref_relationship).
 */
class SelfReferentialTest extends DatabaseSuite {
    private static final String SELECT = "SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
            + "nodes.data AS nodes_data FROM nodes WHERE ";

    static {
        Fixtures.REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return Fixtures.METADATA;
    }

    private Engine nodes(Database database) {
        Engine engine = fresh(database);
        Fixtures.insertNodes(engine);
        return engine;
    }

    private static List<String> data(List<Node> nodes) {
        return nodes.stream().map(n -> n.data).toList();
    }

    /** test_any */
    @ParameterizedTest
    @EnumSource(Database.class)
    void any(Database database) {
        Engine engine = nodes(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Rel children = Rel.of(Node.class, "children");
            assertThat(session.query(Node.class).filter(children.any(NODES.c("data").eq("n1"))).all()).isEmpty();
            assertThat(data(session.query(Node.class).filter(children.any(NODES.c("data").eq("n12"))).all()))
                    .containsExactly("n1");
            assertThat(data(session.query(Node.class).filter(not(children.any())).orderBy(NODES.c("id")).all()))
                    .containsExactly("n11", "n13", "n121", "n122", "n123");

            assertThat(log.sql()).containsExactly(
                    SELECT + "EXISTS (SELECT 1 FROM nodes AS nodes_1 WHERE nodes.id = nodes_1.parent_id AND nodes_1.data = ?)",
                    SELECT + "EXISTS (SELECT 1 FROM nodes AS nodes_1 WHERE nodes.id = nodes_1.parent_id AND nodes_1.data = ?)",
                    SELECT + "NOT EXISTS (SELECT 1 FROM nodes AS nodes_1 WHERE nodes.id = nodes_1.parent_id) ORDER BY nodes.id");
            assertThat(log.statements().get(1).parameters()).containsExactly("n12");
        }
    }

    /** test_has */
    @ParameterizedTest
    @EnumSource(Database.class)
    void has(Database database) {
        Engine engine = nodes(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Rel parent = Rel.of(Node.class, "parent");
            assertThat(data(session.query(Node.class).filter(parent.has(NODES.c("data").eq("n12")))
                    .orderBy(NODES.c("id")).all())).containsExactly("n121", "n122", "n123");
            assertThat(session.query(Node.class).filter(parent.has(NODES.c("data").eq("n122"))).all()).isEmpty();
            assertThat(data(session.query(Node.class).filter(not(parent.has())).all())).containsExactly("n1");

            assertThat(log.sql()).containsExactly(
                    SELECT + "EXISTS (SELECT 1 FROM nodes AS nodes_1 WHERE nodes_1.id = nodes.parent_id AND nodes_1.data = ?) "
                            + "ORDER BY nodes.id",
                    SELECT + "EXISTS (SELECT 1 FROM nodes AS nodes_1 WHERE nodes_1.id = nodes.parent_id AND nodes_1.data = ?)",
                    SELECT + "NOT EXISTS (SELECT 1 FROM nodes AS nodes_1 WHERE nodes_1.id = nodes.parent_id)");
        }
    }

    /** test_contains: a one-to-many contains compares the parent's key with the member's foreign key, no join. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void contains(Database database) {
        Engine engine = nodes(database);
        try (Session session = new Session(engine)) {
            Rel children = Rel.of(Node.class, "children");
            Node n122 = session.query(Node.class).filter(NODES.c("data").eq("n122")).one();
            Node n13 = session.query(Node.class).filter(NODES.c("data").eq("n13")).one();
            SqlLog log = new SqlLog(engine);

            assertThat(data(session.query(Node.class).filter(children.contains(n122)).all())).containsExactly("n12");
            assertThat(data(session.query(Node.class).filter(children.contains(n13)).all())).containsExactly("n1");

            assertThat(log.sql()).containsExactly(SELECT + "nodes.id = ?", SELECT + "nodes.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(3);
            assertThat(log.statements().get(1).parameters()).containsExactly(1);
        }
    }

    /** test_eq_ne: {@code !=} includes the rows without a parent, as SQLAlchemy's does. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void eqNe(Database database) {
        Engine engine = nodes(database);
        try (Session session = new Session(engine)) {
            Rel parent = Rel.of(Node.class, "parent");
            Node n12 = session.query(Node.class).filter(NODES.c("data").eq("n12")).one();
            SqlLog log = new SqlLog(engine);

            assertThat(data(session.query(Node.class).filter(parent.eq(n12)).orderBy(NODES.c("id")).all()))
                    .containsExactly("n121", "n122", "n123");
            assertThat(data(session.query(Node.class).filter(parent.ne(n12)).orderBy(NODES.c("id")).all()))
                    .containsExactly("n1", "n11", "n12", "n13");

            assertThat(log.sql()).containsExactly(SELECT + "? = nodes.parent_id ORDER BY nodes.id",
                    SELECT + "nodes.parent_id != ? OR nodes.parent_id IS NULL ORDER BY nodes.id");
            assertThat(log.statements().get(0).parameters()).containsExactly(3);
        }
    }

    /**
     * OperatorTest.test_selfref_relationship, from an explicit alias: the alias is the relationship's
     * own side, and the target is the table itself.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void fromAnAlias(Database database) {
        Engine engine = nodes(database);
        try (Session session = new Session(engine)) {
            Aliased<Node> nalias = aliased(Node.class);
            Node n12 = session.query(Node.class).filter(NODES.c("data").eq("n12")).one();
            SqlLog log = new SqlLog(engine);
            String select = "SELECT nodes_1.id AS nodes_1_id, nodes_1.parent_id AS nodes_1_parent_id, "
                    + "nodes_1.data AS nodes_1_data FROM nodes AS nodes_1 WHERE ";

            assertThat(data(session.query(nalias).filter(nalias.rel("parent").has(NODES.c("data").eq("n12")))
                    .orderBy(nalias.c("id")).all())).containsExactly("n121", "n122", "n123");
            assertThat(data(session.query(nalias).filter(nalias.rel("children").any(NODES.c("data").eq("n122"))).all()))
                    .containsExactly("n12");
            assertThat(data(session.query(nalias).filter(nalias.rel("children").isNull()).orderBy(nalias.c("id")).all()))
                    .containsExactly("n11", "n13", "n121", "n122", "n123");
            assertThat(data(session.query(nalias).filter(nalias.rel("parent").isNull()).all())).containsExactly("n1");
            assertThat(session.query(nalias).filter(nalias.rel("parent").isNotNull()).count()).isEqualTo(6);
            assertThat(data(session.query(nalias).filter(nalias.rel("parent").eq(n12)).orderBy(nalias.c("id")).all()))
                    .containsExactly("n121", "n122", "n123");
            assertThat(session.query(nalias).filter(nalias.rel("parent").ne(n12)).count()).isEqualTo(4);
            assertThat(data(session.query(nalias).filter(nalias.rel("children").contains(n12)).all()))
                    .containsExactly("n1");

            assertThat(log.sql().subList(0, 4)).containsExactly(
                    select + "EXISTS (SELECT 1 FROM nodes WHERE nodes.id = nodes_1.parent_id AND nodes.data = ?) "
                            + "ORDER BY nodes_1.id",
                    select + "EXISTS (SELECT 1 FROM nodes WHERE nodes_1.id = nodes.parent_id AND nodes.data = ?)",
                    select + "NOT EXISTS (SELECT 1 FROM nodes WHERE nodes_1.id = nodes.parent_id) ORDER BY nodes_1.id",
                    select + "nodes_1.parent_id IS NULL");
            assertThat(log.sql().get(5)).isEqualTo(select + "? = nodes_1.parent_id ORDER BY nodes_1.id");
            assertThat(log.sql().get(7)).isEqualTo(select + "nodes_1.id = ?");
        }
    }
}
