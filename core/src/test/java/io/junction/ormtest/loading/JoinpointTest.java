package io.junction.ormtest.loading;

import io.junction.orm.session.Session;
import io.junction.ormtest.loading.Model.Node;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.orm.loading.QueryOptions.fromJoinpoint;
import static io.junction.orm.loading.QueryOptions.lazyLoad;
import static io.junction.ormtest.loading.Model.NODES;
import static io.junction.ormtest.support.OrmDatabase.row;
import static org.assertj.core.api.Assertions.assertThat;

/** Filters after an aliased join read through the alias until {@code resetJoinpoint} goes back to the query's class. */
class JoinpointTest {
    private static final String SELECT_NODES = "SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
            + "nodes.data AS nodes_data ";

    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void rows() {
        db = OrmDatabase.fresh(Model.METADATA);
        db.execute(Model.rows());
        log = db.log();
        log.clear();
    }

    @Test
    void aFilterAfterAnAliasedJoinReadsTheAlias() {
        try (Session session = db.session()) {
            List<Node> nodes = session.query(Node.class).options(lazyLoad("children"))
                    .join("parent", aliased()).filter(NODES.c("data").eq("child2")).all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild");
            assertThat(log.sql()).containsExactly(SELECT_NODES
                    + "FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id WHERE nodes_1.data = ?");
        }
    }

    @Test
    void afterResetJoinpointFiltersReadTheQuerysOwnTable() {
        try (Session session = db.session()) {
            List<Node> nodes = session.query(Node.class).options(lazyLoad("children"))
                    .join("parent", aliased()).filter(NODES.c("data").eq("root"))
                    .resetJoinpoint().filter(NODES.c("data").eq("child2")).all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("child2");
            assertThat(log.sql()).containsExactly(SELECT_NODES + "FROM nodes JOIN nodes AS nodes_1 "
                    + "ON nodes_1.id = nodes.parent_id WHERE nodes_1.data = ? AND nodes.data = ?");
            assertThat(log.rows(0)).containsExactly(row("root", "child2"));
        }
    }

    @Test
    void afterResetJoinpointFilterByNamesTheQuerysOwnAttribute() {
        try (Session session = db.session()) {
            List<Node> nodes = session.query(Node.class).options(lazyLoad("children"))
                    .join("parent", aliased()).filterBy("data", "child2")
                    .resetJoinpoint().filterBy("data", "subchild").all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild");
            assertThat(log.sql(0)).endsWith("WHERE nodes_1.data = ? AND nodes.data = ?");
        }
    }

    @Test
    void afterResetJoinpointAJoinFromTheJoinpointStartsAtTheQuerysClass() {
        try (Session session = db.session()) {
            List<Node> nodes = session.query(Node.class).options(lazyLoad("children"))
                    .join("parent", aliased()).filter(NODES.c("data").eq("root"))
                    .resetJoinpoint().join("children", aliased(), fromJoinpoint()).filter(NODES.c("data").eq("subchild"))
                    .all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("child2");
            assertThat(log.sql()).containsExactly(SELECT_NODES + "FROM nodes JOIN nodes AS nodes_1 "
                    + "ON nodes_1.id = nodes.parent_id JOIN nodes AS nodes_2 ON nodes.id = nodes_2.parent_id "
                    + "WHERE nodes_1.data = ? AND nodes_2.data = ?");
        }
    }

    @Test
    void withoutResetAJoinFromTheJoinpointContinuesFromTheAlias() {
        try (Session session = db.session()) {
            List<Node> nodes = session.query(Node.class).options(lazyLoad("children"))
                    .join("parent", aliased()).filter(NODES.c("data").eq("child2"))
                    .join("parent", aliased(), fromJoinpoint()).filter(NODES.c("data").eq("root")).all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild");
            assertThat(log.sql()).containsExactly(SELECT_NODES + "FROM nodes JOIN nodes AS nodes_1 "
                    + "ON nodes_1.id = nodes.parent_id JOIN nodes AS nodes_2 ON nodes_2.id = nodes_1.parent_id "
                    + "WHERE nodes_1.data = ? AND nodes_2.data = ?");
        }
    }
}
