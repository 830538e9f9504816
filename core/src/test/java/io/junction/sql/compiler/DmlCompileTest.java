package io.junction.sql.compiler;

import io.junction.sql.SeedTables;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.dialect.H2Dialect;
import io.junction.sql.dialect.PostgresDialect;
import io.junction.sql.expression.Insert;
import io.junction.sql.expression.Update;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.junction.sql.CompileSupport.assertCompiles;
import static io.junction.sql.CompileSupport.normalize;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.bindparam;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.delete;
import static io.junction.sql.expression.Sql.exists;
import static io.junction.sql.expression.Sql.func;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.nullValue;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** INSERT, UPDATE and DELETE on PostgreSQL and H2. */
class DmlCompileTest {
    private static final String DIALECTS = "io.junction.sql.CompileSupport#dialects";

    private final MetaData metadata = SeedTables.nodesAndAddresses();
    private final Table nodes = metadata.table("nodes");
    private final Table addresses = metadata.table("addresses");

    private static Map<String, Object> node(Integer id, Integer parentId, String data) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("parent_id", parentId);
        row.put("data", data);
        return row;
    }

    // ---- INSERT ----------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertOneRowNamesOnlyTheGivenColumnsInTableOrder(Dialect dialect) {
        Map<Object, Object> values = new LinkedHashMap<>();
        values.put("data", "root");
        values.put(nodes.c("parent_id"), 7);
        assertCompiles(dialect, insert(nodes).values(values), "INSERT INTO nodes (parent_id, data) VALUES (?, ?)", 7, "root");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertANullValueBindsNull(Dialect dialect) {
        Compiled compiled = assertCompiles(dialect, insert(nodes).values(node(1, null, "root")),
                "INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?)", 1, null, "root");
        assertThat(compiled.parameterTypes()).containsExactly(nodes.c("id").type(), nodes.c("parent_id").type(), nodes.c("data").type());
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertWithoutValuesBindsEveryColumnByNameForABatch(Dialect dialect) {
        Compiled compiled = dialect.compile(insert(nodes));
        assertThat(normalize(compiled.sql())).isEqualTo("INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?)");
        assertThat(compiled.parameters(node(1, null, "root"))).containsExactly(1, null, "root");
        assertThat(compiled.parameters(node(4, 3, "subchild1"))).containsExactly(4, 3, "subchild1");
        assertThatThrownBy(() -> compiled.parameters(Map.of("id", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no value for parameter 'parent_id'");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertFromKeyedBindParameters(Dialect dialect) {
        Compiled compiled = dialect.compile(insert(nodes).values(Map.of("data", bindparam("d"), "parent_id", bindparam("p"))));
        assertThat(normalize(compiled.sql())).isEqualTo("INSERT INTO nodes (parent_id, data) VALUES (?, ?)");
        assertThat(compiled.parameters(Map.of("d", "x", "p", 2))).containsExactly(2, "x");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertSeveralRowsInOneValues(Dialect dialect) {
        Insert insert = insert(nodes).values(List.of(node(1, null, "root"), node(2, 1, "child1"), node(3, 1, "child2")));
        assertCompiles(dialect, insert, "INSERT INTO nodes (id, parent_id, data) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)",
                1, null, "root", 2, 1, "child1", 3, 1, "child2");
    }

    @Test
    void everyRowOfAMultiRowInsertNamesTheSameColumns() {
        assertThatThrownBy(() -> insert(nodes).values(List.of(Map.of("id", 1), Map.of("data", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must name the same columns");
        assertThatThrownBy(() -> insert(nodes).values(List.<Map<String, Object>>of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs at least one row");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertOfDefaultsOnly(Dialect dialect) {
        assertCompiles(dialect, insert(nodes).values(Map.of()), "INSERT INTO nodes DEFAULT VALUES");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void insertWithAnExpressionValue(Dialect dialect) {
        assertCompiles(dialect, insert(nodes).values(Map.of("data", func("lower", literal("ROOT")), "parent_id",
                        select(func("max", nodes.c("id"))))),
                "INSERT INTO nodes (parent_id, data) VALUES ((SELECT max(nodes.id) FROM nodes), lower(?))", "ROOT");
    }

    @Test
    void insertReturningOnPostgres() {
        assertCompiles(new PostgresDialect(), insert(nodes).values(Map.of("data", "root")).returning(nodes.c("id")),
                "INSERT INTO nodes (data) VALUES (?) RETURNING id", "root");
        assertCompiles(new PostgresDialect(), insert(nodes).values(Map.of("data", "root")).returning(nodes.c("id"), nodes.c("parent_id")),
                "INSERT INTO nodes (data) VALUES (?) RETURNING id, parent_id", "root");
    }

    @Test
    void insertReturningIsAClearErrorOnH2() {
        Dialect h2 = new H2Dialect();
        assertThatThrownBy(() -> h2.compile(insert(nodes).values(Map.of("data", "root")).returning(nodes.c("id"))))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("H2 has no RETURNING clause")
                .hasMessageContaining("generated keys");
        assertThat(h2.cachedShapes()).isZero();
    }

    @Test
    void valuesForAnotherTableOrAnUnknownColumnAreRefused() {
        assertThatThrownBy(() -> insert(nodes).values(Map.of(addresses.c("city"), "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a column of table 'nodes'");
        assertThatThrownBy(() -> insert(nodes).values(Map.of("nope", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table 'nodes' has no column 'nope'; its columns are [id, parent_id, data]");
        assertThatThrownBy(() -> insert(nodes).values(Map.of(3, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value keys are columns or column names");
    }

    @Test
    void aColumnGivenTwiceIsRefused() {
        Map<Object, Object> values = new LinkedHashMap<>();
        values.put("data", "a");
        values.put(nodes.c("data"), "b");
        assertThatThrownBy(() -> insert(nodes).values(values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'data'")
                .hasMessageContaining("twice");
    }

    // ---- UPDATE ----------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void updateSetsOnlyTheGivenColumns(Dialect dialect) {
        assertCompiles(dialect, update(nodes).set("data", "renamed").where(nodes.c("id").eq(4)),
                "UPDATE nodes SET data=? WHERE nodes.id = ?", "renamed", 4);
        assertCompiles(dialect, update(nodes).set(Map.of("data", "d", "parent_id", 2)).where(nodes.c("id").eq(4)),
                "UPDATE nodes SET parent_id=?, data=? WHERE nodes.id = ?", 2, "d", 4);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void updateToNull(Dialect dialect) {
        assertCompiles(dialect, update(nodes).set("parent_id", null).where(nodes.c("parent_id").eq(3)),
                "UPDATE nodes SET parent_id=NULL WHERE nodes.parent_id = ?", 3);
        assertCompiles(dialect, update(nodes).set(nodes.c("parent_id"), nullValue()),
                "UPDATE nodes SET parent_id=NULL");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void settingAColumnAgainReplacesItsValue(Dialect dialect) {
        Update twice = update(nodes).set(nodes.c("data"), "first").set("parent_id", 1).set("data", "second");
        assertCompiles(dialect, twice, "UPDATE nodes SET parent_id=?, data=?", 1, "second");
        Update byColumn = update(nodes).set("data", "first").set(nodes.c("data"), "second");
        assertCompiles(dialect, byColumn, "UPDATE nodes SET data=?", "second");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void updateWithAnExpressionAndSeveralCriteria(Dialect dialect) {
        assertCompiles(dialect,
                update(nodes).set("data", func("upper", nodes.c("data"))).where(nodes.c("parent_id").eq(1)).where(nodes.c("id").in(2, 3)),
                "UPDATE nodes SET data=upper(nodes.data) WHERE nodes.parent_id = ? AND nodes.id IN (?, ?)", 1, 2, 3);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void updateByKeyedParametersForABatch(Dialect dialect) {
        Compiled compiled = dialect.compile(update(nodes).set("parent_id", bindparam("new_parent")).where(nodes.c("id").eq(bindparam("node_id"))));
        assertThat(normalize(compiled.sql())).isEqualTo("UPDATE nodes SET parent_id=? WHERE nodes.id = ?");
        assertThat(compiled.parameters(Map.of("node_id", 5, "new_parent", 2))).containsExactly(2, 5);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aSubqueryInAnUpdateCorrelatesToTheUpdatedTable(Dialect dialect) {
        assertCompiles(dialect,
                update(nodes).set("data", "has address")
                        .where(exists(select(addresses.c("id")).where(and(addresses.c("node_id").eq(nodes.c("id")), addresses.c("city").eq("x"))))),
                "UPDATE nodes SET data=? WHERE EXISTS (SELECT addresses.id FROM addresses WHERE addresses.node_id = nodes.id "
                        + "AND addresses.city = ?)", "has address", "x");
        assertCompiles(dialect,
                update(nodes).set("data", select(count()).from(addresses).where(addresses.c("node_id").eq(nodes.c("id"))).asScalar()),
                "UPDATE nodes SET data=(SELECT count(*) FROM addresses WHERE addresses.node_id = nodes.id)");
    }

    @Test
    void updateReturningOnPostgresAndRefusedOnH2() {
        Update update = update(nodes).set("data", "x").where(nodes.c("id").eq(1)).returning(nodes.c("parent_id"));
        assertCompiles(new PostgresDialect(), update, "UPDATE nodes SET data=? WHERE nodes.id = ? RETURNING parent_id", "x", 1);
        assertThatThrownBy(() -> new H2Dialect().compile(update)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anUpdateWithNothingToSetIsRefused() {
        assertThatThrownBy(() -> new PostgresDialect().compile(update(nodes).where(nodes.c("id").eq(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table 'nodes' needs at least one column to set");
    }

    // ---- DELETE ----------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void deleteWithAndWithoutWhere(Dialect dialect) {
        assertCompiles(dialect, delete(nodes), "DELETE FROM nodes");
        assertCompiles(dialect, delete(nodes).where(nodes.c("id").eq(4)), "DELETE FROM nodes WHERE nodes.id = ?", 4);
        assertCompiles(dialect, delete(nodes).where(nodes.c("id").eq(4)).where(nodes.c("data").eq(null)),
                "DELETE FROM nodes WHERE nodes.id = ? AND nodes.data IS NULL", 4);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aSubqueryInADeleteCorrelatesToTheDeletedTable(Dialect dialect) {
        assertCompiles(dialect,
                delete(addresses).where(addresses.c("node_id").in(select(nodes.c("id")).where(nodes.c("data").eq(addresses.c("city"))))),
                "DELETE FROM addresses WHERE addresses.node_id IN (SELECT nodes.id FROM nodes WHERE nodes.data = addresses.city)");
    }
}
