package io.junction.sql.dialect;

import io.junction.sql.SeedTables;
import io.junction.sql.compiler.Compiled;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Statement;
import io.junction.sql.expression.ValueType;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.delete;
import static io.junction.sql.expression.Sql.exists;
import static io.junction.sql.expression.Sql.func;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.expression.Sql.or;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs compiled statements and DDL on a real database through plain JDBC, so that the text the
 * compile tests pin down is also known to be accepted by the database. Subclasses supply an empty
 * database per test.
 */
abstract class ExecutionScenarios {
    protected final Dialect dialect;
    private Connection connection;

    ExecutionScenarios(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A connection to an empty database (or schema) of this dialect. */
    protected abstract Connection openEmptyDatabase() throws SQLException;

    /** Releases what {@link #openEmptyDatabase} made. */
    protected void closeDatabase(Connection connection) throws SQLException {
        connection.close();
    }

    @BeforeEach
    void open() throws SQLException {
        connection = openEmptyDatabase();
    }

    @AfterEach
    void close() throws SQLException {
        closeDatabase(connection);
    }

    private void ddl(List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private void create(MetaData metadata) throws SQLException {
        ddl(dialect.ddlCompiler().createStatements(metadata));
    }

    private PreparedStatement prepare(Compiled compiled, Map<String, ?> row) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(compiled.sql());
        List<Object> values = compiled.parameters(row);
        List<ValueType> types = compiled.parameterTypes();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                statement.setNull(i + 1, types.get(i) == null ? Types.NULL : types.get(i).jdbcType());
            } else {
                statement.setObject(i + 1, values.get(i));
            }
        }
        return statement;
    }

    private int execute(Statement statement) throws SQLException {
        try (PreparedStatement prepared = prepare(dialect.compile(statement), Map.of())) {
            return prepared.executeUpdate();
        }
    }

    private void executeMany(Statement statement, List<Map<String, Object>> rows) throws SQLException {
        Compiled compiled = dialect.compile(statement);
        for (Map<String, Object> row : rows) {
            try (PreparedStatement prepared = prepare(compiled, row)) {
                prepared.executeUpdate();
            }
        }
    }

    private List<List<Object>> rows(Select select) throws SQLException {
        try (PreparedStatement prepared = prepare(dialect.compile(select), Map.of()); ResultSet rs = prepared.executeQuery()) {
            List<List<Object>> result = new ArrayList<>();
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Number n && !(value instanceof java.math.BigDecimal) ? n.intValue() : value);
                }
                result.add(row);
            }
            return result;
        }
    }

    private List<String> labels(Select select) throws SQLException {
        try (PreparedStatement prepared = prepare(dialect.compile(select), Map.of())) {
            var meta = prepared.getMetaData();
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                labels.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
            }
            return labels;
        }
    }

    private static Map<String, Object> node(int id, Integer parentId, String data) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("parent_id", parentId);
        row.put("data", data);
        return row;
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private Table seedNodes(MetaData metadata) throws SQLException {
        create(metadata);
        Table nodes = metadata.table("nodes");
        executeMany(insert(nodes), List.of(
                node(1, null, "root"), node(2, 1, "child1"), node(3, 1, "child2"),
                node(4, 3, "subchild1"), node(5, 3, "subchild2"), node(6, 1, "child3")));
        return nodes;
    }

    @Test
    void theSeedsSelfReferentialQueries() throws SQLException {
        Table nodes = seedNodes(SeedTables.nodesAndAddresses());
        Alias nodealias = nodes.alias();
        Select manual = select(nodes).where(nodes.c("data").eq("subchild1"))
                .where(and(nodes.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq("child2")));
        assertThat(rows(manual)).containsExactly(row(4, 3, "subchild1"));
        assertThat(labels(manual)).containsExactly("nodes_id", "nodes_parent_id", "nodes_data");

        Alias parent = nodes.alias();
        Alias grandparent = nodes.alias();
        Select chain = select(nodes)
                .from(nodes.join(parent, parent.c("id").eq(nodes.c("parent_id")))
                        .join(grandparent, grandparent.c("id").eq(parent.c("parent_id"))))
                .where(nodes.c("data").eq("subchild1")).where(parent.c("data").eq("child2")).where(grandparent.c("data").eq("root"));
        assertThat(rows(chain)).containsExactly(row(4, 3, "subchild1"));

        Alias children = nodes.alias();
        Alias grandchildren = nodes.alias();
        Select eager = select(grandchildren, children, nodes)
                .from(nodes.outerJoin(children, nodes.c("id").eq(children.c("parent_id")))
                        .outerJoin(grandchildren, children.c("id").eq(grandchildren.c("parent_id"))))
                .where(nodes.c("id").eq(1)).orderBy(children.c("id"), grandchildren.c("id"));
        assertThat(rows(eager)).containsExactly(
                row(null, null, null, 2, 1, "child1", 1, null, "root"),
                row(4, 3, "subchild1", 3, 1, "child2", 1, null, "root"),
                row(5, 3, "subchild2", 3, 1, "child2", 1, null, "root"),
                row(null, null, null, 6, 1, "child3", 1, null, "root"));
        assertThat(labels(eager)).startsWith("nodes_1_id").endsWith("nodes_data");
    }

    @Test
    void criteriaSubqueriesAndRowLimits() throws SQLException {
        MetaData metadata = SeedTables.nodesAndAddresses();
        Table nodes = seedNodes(metadata);
        Table addresses = metadata.table("addresses");
        execute(insert(addresses).values(List.of(
                Map.of("id", 1, "node_id", 2, "city", "Boston"),
                Map.of("id", 2, "node_id", 2, "city", "New York"),
                Map.of("id", 3, "node_id", 4, "city", "Boston"))));
        Select ids = select(nodes.c("id")).orderBy(nodes.c("id"));

        assertThat(rows(ids.where(nodes.c("id").in(List.of())))).isEmpty();
        assertThat(rows(ids.where(nodes.c("id").notIn(List.of())))).hasSize(6);
        assertThat(rows(ids.where(nodes.c("id").in(2, 4, 9)))).containsExactly(row(2), row(4));
        assertThat(rows(ids.where(nodes.c("parent_id").eq(null)))).containsExactly(row(1));
        assertThat(rows(ids.where(nodes.c("data").like("child%").and(not(nodes.c("id").between(3, 5)))))).containsExactly(row(2), row(6));
        assertThat(rows(ids.where(or(nodes.c("id").eq(1), nodes.c("id").eq(2)).and(nodes.c("data").ne("root"))))).containsExactly(row(2));
        assertThat(rows(ids.where(nodes.c("data").notLike("%child%")))).containsExactly(row(1));
        assertThat(rows(ids.where(func("lower", nodes.c("data")).eq("root")))).containsExactly(row(1));

        Select withAddress = ids.where(exists(select(addresses.c("id")).where(addresses.c("node_id").eq(nodes.c("id")))));
        assertThat(rows(withAddress)).containsExactly(row(2), row(4));
        Select inBoston = ids.where(nodes.c("id").in(select(addresses.c("node_id")).where(addresses.c("city").eq("Boston"))));
        assertThat(rows(inBoston)).containsExactly(row(2), row(4));
        Select addressCount = select(count()).from(addresses).where(addresses.c("node_id").eq(nodes.c("id")));
        assertThat(rows(select(nodes.c("id"), addressCount.asScalar().label("n")).where(nodes.c("id").le(2)).orderBy(nodes.c("id"))))
                .containsExactly(row(1, 0), row(2, 2));

        Alias perNode = select(addresses.c("node_id"), count().label("n")).groupBy(addresses.c("node_id")).subquery("per_node");
        assertThat(rows(select(nodes.c("data"), perNode.c("n")).from(nodes.join(perNode, perNode.c("node_id").eq(nodes.c("id"))))
                .orderBy(perNode.c("n").desc()))).containsExactly(row("child1", 2), row("subchild1", 1));
        assertThat(rows(select(nodes.c("parent_id"), count()).where(nodes.c("parent_id").isNotNull())
                .groupBy(nodes.c("parent_id")).having(count().gt(2)))).containsExactly(row(1, 3));
        assertThat(rows(select(nodes.c("parent_id")).distinct().where(nodes.c("parent_id").isNotNull()).orderBy(nodes.c("parent_id"))))
                .containsExactly(row(1), row(3));

        assertThat(rows(ids.limit(2))).containsExactly(row(1), row(2));
        assertThat(rows(ids.limit(2).offset(3))).containsExactly(row(4), row(5));
        assertThat(rows(ids.offset(4))).containsExactly(row(5), row(6));
        assertThat(rows(ids.where(nodes.c("id").in(select(addresses.c("node_id")).orderBy(addresses.c("id")).limit(1).offset(2)))))
                .containsExactly(row(4));
    }

    @Test
    void updatesAndDeletes() throws SQLException {
        MetaData metadata = SeedTables.nodesAndAddresses();
        Table nodes = seedNodes(metadata);
        Table addresses = metadata.table("addresses");
        execute(insert(addresses).values(Map.of("id", 1, "node_id", 5, "city", "Boston")));
        assertThat(execute(update(nodes).set("parent_id", null).where(nodes.c("parent_id").eq(3)))).isEqualTo(2);
        assertThat(execute(update(nodes).set("data", "has address")
                .where(exists(select(addresses.c("id")).where(addresses.c("node_id").eq(nodes.c("id"))))))).isEqualTo(1);
        assertThat(rows(select(nodes.c("data")).where(nodes.c("id").eq(5)))).containsExactly(row("has address"));
        assertThat(execute(delete(addresses).where(addresses.c("node_id").in(select(nodes.c("id")).where(nodes.c("data").ne(addresses.c("city"))))))).isEqualTo(1);
        assertThat(execute(delete(nodes).where(nodes.c("parent_id").isNull()).where(nodes.c("id").gt(1)))).isEqualTo(2);
        assertThat(rows(select(count()).from(nodes))).containsExactly(row(4));
    }

    @Test
    void identityColumnsGenerateKeys() throws SQLException {
        Table nodes = SeedTables.nodes();
        create(nodes.metadata());
        execute(insert(nodes).values(Map.of("data", "root")));
        execute(insert(nodes).values(Map.of("data", "child")));
        assertThat(execute(insert(nodes).values(Map.of()))).isEqualTo(1);
        assertThat(rows(select(nodes.c("id"), nodes.c("data")).orderBy(nodes.c("id"))))
                .containsExactly(row(1, "root"), row(2, "child"), row(3, null));
    }

    @Test
    void mutuallyDependentTablesAreCreatedLinkedAndDropped() throws SQLException {
        MetaData metadata = SeedTables.widgetEntry();
        create(metadata);
        Table widget = metadata.table("widget");
        Table entry = metadata.table("entry");
        execute(insert(widget).values(Map.of("widget_id", 1, "name", "somewidget")));
        execute(insert(entry).values(Map.of("entry_id", 5, "name", "someentry", "widget_id", 1)));
        execute(update(widget).set("favorite_entry_id", 5).where(widget.c("widget_id").eq(1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(update(widget).set("favorite_entry_id", 6)))
                .isInstanceOf(SQLException.class);
        ddl(dialect.ddlCompiler().dropStatements(metadata));
        ddl(dialect.ddlCompiler().dropStatements(metadata));
        create(metadata);
    }

    @Test
    void naturalKeysCascadeOnUpdate() throws SQLException {
        MetaData metadata = SeedTables.usersAddresses();
        create(metadata);
        Table users = metadata.table("users");
        Table addresses = metadata.table("addresses");
        execute(insert(users).values(Map.of("username", "jack", "fullname", "Jack")));
        execute(insert(addresses).values(Map.of("email", "jack@example.com", "username", "jack")));
        execute(update(users).set("username", "ed").where(users.c("username").eq("jack")));
        assertThat(rows(select(addresses.c("username")))).containsExactly(row("ed"));
    }

    @Test
    void reservedAndMixedCaseNames() throws SQLException {
        MetaData metadata = SeedTables.leftRight();
        metadata.table("user", column("user_id", INTEGER).primaryKey(), column("related_user_id", INTEGER).foreignKey("user.user_id"));
        metadata.table("MixedCase", column("Id", INTEGER).primaryKey(), column("order", INTEGER), column("value", INTEGER),
                column("row", INTEGER), column("set", INTEGER), column("interval", INTEGER), column("key", INTEGER),
                column("collation", INTEGER), column("system_user", INTEGER));
        create(metadata);
        Table left = metadata.table("left");
        Table right = metadata.table("right");
        Table association = metadata.table("association");
        Table user = metadata.table("user");
        Table mixed = metadata.table("MixedCase");
        execute(insert(left).values(List.of(Map.of("id", 1), Map.of("id", 2))));
        execute(insert(right).values(Map.of("id", 7)));
        execute(insert(association).values(Map.of("left_id", 2, "right_id", 7)));
        execute(insert(user).values(Map.of("user_id", 1)));
        execute(update(user).set("related_user_id", 1).where(user.c("user_id").eq(1)));
        Map<String, Object> values = new HashMap<>();
        for (var c : mixed.columns()) {
            values.put(c.name(), 3);
        }
        execute(insert(mixed).values(values));
        assertThat(rows(select(left.c("id"), right.c("id"))
                .from(left.join(association, association.c("left_id").eq(left.c("id"))).join(right, right.c("id").eq(association.c("right_id"))))))
                .containsExactly(row(2, 7));
        Alias related = user.alias();
        assertThat(rows(select(user.c("user_id"), related.c("user_id")).where(user.c("related_user_id").eq(related.c("user_id")))))
                .containsExactly(row(1, 1));
        assertThat(rows(select(mixed).where(mixed.c("order").eq(3)))).containsExactly(row(3, 3, 3, 3, 3, 3, 3, 3, 3));
        assertThat(labels(select(mixed.alias()))).first().isEqualTo("mixedcase_1_id");
        ddl(dialect.ddlCompiler().dropStatements(metadata));
    }

    @Test
    void compositeKeysAndEveryType() throws SQLException {
        MetaData metadata = SeedTables.compositeKeys();
        create(metadata);
        Table orders = metadata.table("orders");
        Table lines = metadata.table("order_lines");
        execute(insert(orders).values(Map.of("region", "eu", "number", 1)));
        execute(insert(lines).values(Map.of("order_region", "eu", "order_number", 1)));
        assertThat(execute(delete(orders))).isEqualTo(1);
        assertThat(rows(select(count()).from(lines))).containsExactly(row(0));
        create(SeedTables.associationObject());
    }
}
