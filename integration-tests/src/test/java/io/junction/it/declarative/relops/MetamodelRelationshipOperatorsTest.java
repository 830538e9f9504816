package io.junction.it.declarative.relops;

import io.junction.declarative.DeclarativeRegistry;
import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.Aliased;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.expression.Sql.or;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relationship operators through the generated metamodel: {@code Node_.children.any(Node_.data.eq(...))},
 * {@code Node_.parent.has()}, {@code eq}/{@code ne}/{@code isNull}, {@code contains}, combined with
 * {@code and}/{@code or}/{@code not}, and from an alias ({@code aliased(Node.class).rel(Node_.parent)}),
 * on SelfReferentialTest's tree, with the SQL asserted.
 */
class MetamodelRelationshipOperatorsTest extends DatabaseSuite {
    private static final String SELECT = "SELECT relops_nodes.id AS relops_nodes_id, relops_nodes.parent_id AS "
            + "relops_nodes_parent_id, relops_nodes.data AS relops_nodes_data FROM relops_nodes WHERE ";

    @Override
    protected MetaData metadata() {
        return DeclarativeRegistry.of(Base.class).register(Node.class).configure().metadata();
    }

    private Engine tree(Database database) {
        Engine engine = fresh(database);
        String[][] rows = {{"1", null, "n1"}, {"2", "1", "n11"}, {"3", "1", "n12"}, {"4", "1", "n13"},
                {"5", "3", "n121"}, {"6", "3", "n122"}, {"7", "3", "n123"}};
        try (Connection connection = engine.connect()) {
            for (String[] row : rows) {
                Map<String, Object> values = new HashMap<>();
                values.put("id", Integer.valueOf(row[0]));
                values.put("parent_id", row[1] == null ? null : Integer.valueOf(row[1]));
                values.put("data", row[2]);
                connection.execute(insert(metadata().table("relops_nodes")).values(values));
            }
            connection.commit();
        }
        return engine;
    }

    private static List<String> data(List<Node> nodes) {
        return nodes.stream().map(n -> n.data).toList();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void operatorsThroughTheMetamodel(Database database) {
        Engine engine = tree(database);
        try (Session session = new Session(engine)) {
            Node n12 = session.query(Node.class).filter(Node_.data.eq("n12")).one();
            Node n122 = session.query(Node.class).filter(Node_.data.eq("n122")).one();
            SqlLog log = new SqlLog(engine);

            assertThat(data(session.query(Node.class).filter(Node_.children.any(Node_.data.eq("n12"))).all()))
                    .containsExactly("n1");
            assertThat(data(session.query(Node.class).filter(Node_.parent.has(Node_.data.eq("n12")))
                    .orderBy(Node_.id).all())).containsExactly("n121", "n122", "n123");
            assertThat(data(session.query(Node.class).filter(Node_.parent.eq(n12)).orderBy(Node_.id).all()))
                    .containsExactly("n121", "n122", "n123");
            assertThat(data(session.query(Node.class).filter(Node_.parent.ne(n12)).orderBy(Node_.id).all()))
                    .containsExactly("n1", "n11", "n12", "n13");
            assertThat(data(session.query(Node.class).filter(Node_.parent.isNull()).all())).containsExactly("n1");
            assertThat(data(session.query(Node.class).filter(Node_.children.contains(n122)).all())).containsExactly("n12");
            assertThat(data(session.query(Node.class)
                    .filter(and(Node_.parent.isNotNull(), not(Node_.children.any()), or(Node_.data.eq("n11"), Node_.data.eq("n13"))))
                    .orderBy(Node_.id).all())).containsExactly("n11", "n13");

            assertThat(log.sql()).containsExactly(
                    SELECT + "EXISTS (SELECT 1 FROM relops_nodes AS relops_nodes_1 WHERE relops_nodes.id = "
                            + "relops_nodes_1.parent_id AND relops_nodes_1.data = ?)",
                    SELECT + "EXISTS (SELECT 1 FROM relops_nodes AS relops_nodes_1 WHERE relops_nodes_1.id = "
                            + "relops_nodes.parent_id AND relops_nodes_1.data = ?) ORDER BY relops_nodes.id",
                    SELECT + "? = relops_nodes.parent_id ORDER BY relops_nodes.id",
                    SELECT + "relops_nodes.parent_id != ? OR relops_nodes.parent_id IS NULL ORDER BY relops_nodes.id",
                    SELECT + "relops_nodes.parent_id IS NULL",
                    SELECT + "relops_nodes.id = ?",
                    SELECT + "relops_nodes.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM relops_nodes AS relops_nodes_1 "
                            + "WHERE relops_nodes.id = relops_nodes_1.parent_id) AND (relops_nodes.data = ? OR "
                            + "relops_nodes.data = ?) ORDER BY relops_nodes.id");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void operatorsFromAnAlias(Database database) {
        Engine engine = tree(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Aliased<Node> parent = aliased(Node.class, "p");
            List<Node> found = session.query(Node.class).join(Node_.parent, parent)
                    .filter(parent.rel(Node_.parent).has(Node_.data.eq("n1")), parent.rel(Node_.children).any(Node_.data.eq("n123")))
                    .orderBy(Node_.id).all();

            assertThat(data(found)).containsExactly("n121", "n122", "n123");
            assertThat(log.sql()).containsExactly("SELECT relops_nodes.id AS relops_nodes_id, relops_nodes.parent_id AS "
                    + "relops_nodes_parent_id, relops_nodes.data AS relops_nodes_data FROM relops_nodes JOIN relops_nodes AS p "
                    + "ON p.id = relops_nodes.parent_id WHERE EXISTS (SELECT 1 FROM relops_nodes WHERE relops_nodes.id = "
                    + "p.parent_id AND relops_nodes.data = ?) AND EXISTS (SELECT 1 FROM relops_nodes WHERE p.id = "
                    + "relops_nodes.parent_id AND relops_nodes.data = ?) ORDER BY relops_nodes.id");
        }
    }
}
