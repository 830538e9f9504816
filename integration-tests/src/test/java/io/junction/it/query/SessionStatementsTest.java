package io.junction.it.query;

import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.it.model.Model;
import io.junction.it.model.Node;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.it.model.Model.NODES;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core statements through the session — column and aggregate SELECTs with GROUP BY and HAVING,
 * and a bulk UPDATE — run in its transaction after an autoflush, as SQLAlchemy's
 * {@code session.execute} and {@code session.scalar}.
 */
class SessionStatementsTest extends DatabaseSuite {

    static {
        Model.REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return Model.METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void columnAndAggregateQueriesSeeUnflushedObjects(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node root = new Node("root");
            root.children.addAll(List.of(new Node("a"), new Node("b")));
            root.children.get(0).children.add(new Node("a1"));
            session.add(root);

            log.clear();
            assertThat(session.scalar(select(count()).from(NODES))).isEqualTo(4L);
            assertThat(log.verbs()).as("autoflush first").startsWith("INSERT nodes").endsWith("SELECT nodes");
            assertThat(log.sql().get(log.count() - 1)).isEqualTo("SELECT count(*) AS count_1 FROM nodes");

            List<Row> rows = session.execute(select(NODES.c("parent_id"), count()).groupBy(NODES.c("parent_id"))
                    .having(count().gt(1))).all();
            assertThat(rows).hasSize(1);
            assertThat(((Number) rows.get(0).get(0)).intValue()).isEqualTo(root.id);
            assertThat(((Number) rows.get(0).get(1)).longValue()).isEqualTo(2L);

            root.data = "renamed";
            assertThat(session.scalar(select(NODES.c("data")).where(NODES.c("id").eq(root.id)))).isEqualTo("renamed");
            session.commit();
        }
        assertThat(strings(rows(engine, select(NODES.c("data")).orderBy(NODES.c("data")))))
                .containsExactly("a", "a1", "b", "renamed");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBulkUpdateRunsInTheSessionsTransaction(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            session.add(new Node("x"));
            session.execute(update(NODES).set(NODES.c("data"), "y"));
            assertThat(rows(engine, select(NODES.c("data")))).as("not committed yet").isEmpty();
            session.commit();
        }
        assertThat(strings(rows(engine, select(NODES.c("data"))))).containsExactly("y");
    }
}
