package io.junction.sql.compiler;

import io.junction.sql.SeedTables;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static io.junction.sql.CompileSupport.assertCompiles;
import static io.junction.sql.CompileSupport.normalize;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.bindparam;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.exists;
import static io.junction.sql.expression.Sql.func;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.expression.Sql.nullValue;
import static io.junction.sql.expression.Sql.or;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every value and criterion construct, compiled on PostgreSQL and on H2 (they write them alike). */
class ExpressionCompileTest {
    private static final String DIALECTS = "io.junction.sql.CompileSupport#dialects";
    private static final String PREFIX = "SELECT nodes.id AS nodes_id FROM nodes WHERE ";

    private final MetaData metadata = SeedTables.nodesAndAddresses();
    private final Table nodes = metadata.table("nodes");
    private final Table addresses = metadata.table("addresses");

    private void assertWhere(Dialect dialect, ColumnElement criterion, String expected, Object... parameters) {
        assertCompiles(dialect, select(nodes.c("id")).where(criterion), PREFIX + expected, parameters);
    }

    // ---- comparisons -----------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void comparisonsWithValuesBecomeBindParameters(Dialect dialect) {
        assertWhere(dialect, nodes.c("data").eq("a"), "nodes.data = ?", "a");
        assertWhere(dialect, nodes.c("data").ne("a"), "nodes.data != ?", "a");
        assertWhere(dialect, nodes.c("id").lt(5), "nodes.id < ?", 5);
        assertWhere(dialect, nodes.c("id").le(5), "nodes.id <= ?", 5);
        assertWhere(dialect, nodes.c("id").gt(5), "nodes.id > ?", 5);
        assertWhere(dialect, nodes.c("id").ge(5), "nodes.id >= ?", 5);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void comparisonsBetweenColumnsHaveNoParameters(Dialect dialect) {
        assertWhere(dialect, nodes.c("id").eq(nodes.c("parent_id")), "nodes.id = nodes.parent_id");
        assertWhere(dialect, nodes.c("id").ge(nodes.c("parent_id")), "nodes.id >= nodes.parent_id");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void eqAndNeOfNullAreNullTests(Dialect dialect) {
        assertWhere(dialect, nodes.c("parent_id").eq(null), "nodes.parent_id IS NULL");
        assertWhere(dialect, nodes.c("parent_id").ne(null), "nodes.parent_id IS NOT NULL");
        assertWhere(dialect, nodes.c("parent_id").isNull(), "nodes.parent_id IS NULL");
        assertWhere(dialect, nodes.c("parent_id").isNotNull(), "nodes.parent_id IS NOT NULL");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void likeAndNotLike(Dialect dialect) {
        assertWhere(dialect, nodes.c("data").like("child%"), "nodes.data LIKE ?", "child%");
        assertWhere(dialect, nodes.c("data").notLike("%1"), "nodes.data NOT LIKE ?", "%1");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void between(Dialect dialect) {
        assertWhere(dialect, nodes.c("id").between(2, 4), "nodes.id BETWEEN ? AND ?", 2, 4);
        assertWhere(dialect, nodes.c("id").between(nodes.c("parent_id"), 9),
                "nodes.id BETWEEN nodes.parent_id AND ?", 9);
    }

    // ---- IN --------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void inAndNotInAList(Dialect dialect) {
        assertWhere(dialect, nodes.c("id").in(1, 2, 3), "nodes.id IN (?, ?, ?)", 1, 2, 3);
        assertWhere(dialect, nodes.c("id").in(List.of(4, 5)), "nodes.id IN (?, ?)", 4, 5);
        assertWhere(dialect, nodes.c("id").in(7), "nodes.id IN (?)", 7);
        assertWhere(dialect, nodes.c("id").notIn(1, 2), "nodes.id NOT IN (?, ?)", 1, 2);
        assertWhere(dialect, nodes.c("id").in(nodes.c("parent_id"), 3), "nodes.id IN (nodes.parent_id, ?)", 3);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void anEmptyInListIsNeverTrueAndAnEmptyNotInAlwaysTrue(Dialect dialect) {
        assertWhere(dialect, nodes.c("id").in(List.of()), "1 != 1");
        assertWhere(dialect, nodes.c("id").notIn(List.of()), "1 = 1");
        assertWhere(dialect, and(nodes.c("data").eq("x"), nodes.c("id").in(List.of())), "nodes.data = ? AND 1 != 1", "x");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void inAndNotInASubquery(Dialect dialect) {
        Select ids = select(addresses.c("node_id")).where(addresses.c("city").eq("Boston"));
        assertWhere(dialect, nodes.c("id").in(ids),
                "nodes.id IN (SELECT addresses.node_id FROM addresses WHERE addresses.city = ?)", "Boston");
        assertWhere(dialect, nodes.c("id").notIn(ids),
                "nodes.id NOT IN (SELECT addresses.node_id FROM addresses WHERE addresses.city = ?)", "Boston");
    }

    // ---- AND, OR, NOT and parentheses ------------------------------------------------------

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void andOrAndParentheses(Dialect dialect) {
        ColumnElement a = nodes.c("id").eq(1);
        ColumnElement b = nodes.c("id").eq(2);
        ColumnElement c = nodes.c("data").eq("c");
        assertWhere(dialect, and(a, b), "nodes.id = ? AND nodes.id = ?", 1, 2);
        assertWhere(dialect, or(a, b), "nodes.id = ? OR nodes.id = ?", 1, 2);
        assertWhere(dialect, and(or(a, b), c), "(nodes.id = ? OR nodes.id = ?) AND nodes.data = ?", 1, 2, "c");
        assertWhere(dialect, and(c, or(a, b)), "nodes.data = ? AND (nodes.id = ? OR nodes.id = ?)", "c", 1, 2);
        assertWhere(dialect, or(and(a, c), b), "nodes.id = ? AND nodes.data = ? OR nodes.id = ?", 1, "c", 2);
        assertWhere(dialect, a.and(b).or(c), "nodes.id = ? AND nodes.id = ? OR nodes.data = ?", 1, 2, "c");
        assertWhere(dialect, a.or(b).and(c), "(nodes.id = ? OR nodes.id = ?) AND nodes.data = ?", 1, 2, "c");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void nestedAndAndNestedOrAreFlattened(Dialect dialect) {
        ColumnElement a = nodes.c("id").eq(1);
        ColumnElement b = nodes.c("id").eq(2);
        ColumnElement c = nodes.c("id").eq(3);
        ColumnElement d = nodes.c("id").eq(4);
        assertWhere(dialect, and(and(a, b), and(c, d)), "nodes.id = ? AND nodes.id = ? AND nodes.id = ? AND nodes.id = ?", 1, 2, 3, 4);
        assertWhere(dialect, or(a, or(b, c)), "nodes.id = ? OR nodes.id = ? OR nodes.id = ?", 1, 2, 3);
        assertWhere(dialect, and(a), "nodes.id = ?", 1);
        assertWhere(dialect, and(or(a, b), or(c, d)),
                "(nodes.id = ? OR nodes.id = ?) AND (nodes.id = ? OR nodes.id = ?)", 1, 2, 3, 4);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void notWrapsWhatBindsLooser(Dialect dialect) {
        ColumnElement a = nodes.c("id").eq(1);
        ColumnElement b = nodes.c("data").eq("b");
        assertWhere(dialect, not(a), "NOT nodes.id = ?", 1);
        assertWhere(dialect, not(and(a, b)), "NOT (nodes.id = ? AND nodes.data = ?)", 1, "b");
        assertWhere(dialect, not(or(a, b)), "NOT (nodes.id = ? OR nodes.data = ?)", 1, "b");
        assertWhere(dialect, and(not(a), b), "NOT nodes.id = ? AND nodes.data = ?", 1, "b");
        assertWhere(dialect, not(nodes.c("id").in(1, 2)), "NOT nodes.id IN (?, ?)", 1, 2);
        assertWhere(dialect, not(not(a)), "NOT (NOT nodes.id = ?)", 1);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void comparisonsOfComparisonsAreParenthesized(Dialect dialect) {
        assertWhere(dialect, nodes.c("id").eq(nodes.c("parent_id").eq(3)), "nodes.id = (nodes.parent_id = ?)", 3);
        assertWhere(dialect, nodes.c("data").isNull().eq(true), "(nodes.data IS NULL) = ?", true);
        assertWhere(dialect, nodes.c("id").eq(1).isNull(), "(nodes.id = ?) IS NULL", 1);
        assertWhere(dialect, nodes.c("id").eq(and(nodes.c("id").eq(1), nodes.c("id").eq(2))),
                "nodes.id = (nodes.id = ? AND nodes.id = ?)", 1, 2);
    }

    // ---- parameters, literals, NULL --------------------------------------------------------

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void literalsAreBindParametersNeverText(Dialect dialect) {
        assertWhere(dialect, literal(5).lt(nodes.c("id")), "? < nodes.id", 5);
        assertWhere(dialect, nodes.c("data").eq("x' OR '1'='1"), "nodes.data = ?", "x' OR '1'='1");
        assertWhere(dialect, literal("a").eq(literal("b")), "? = ?", "a", "b");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void keyedBindParametersTakeTheirValueFromTheRow(Dialect dialect) {
        Compiled compiled = dialect.compile(select(nodes.c("id")).where(nodes.c("id").eq(bindparam("wanted"))));
        assertThat(normalize(compiled.sql())).isEqualTo(PREFIX + "nodes.id = ?");
        assertThat(compiled.parameters(Map.of("wanted", 42))).containsExactly(42);
        assertThatThrownBy(compiled::parameters)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no value for parameter 'wanted'");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void theNullKeyword(Dialect dialect) {
        assertWhere(dialect, nodes.c("parent_id").eq(nullValue()), "nodes.parent_id = NULL");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void parametersAreTypedLikeTheColumnTheyAreComparedWith(Dialect dialect) {
        Compiled compiled = dialect.compile(select(nodes.c("id")).where(nodes.c("data").eq("a")).where(literal(1).eq(2)));
        assertThat(compiled.parameterTypes()).containsExactly(nodes.c("data").type(), null, null);
    }

    // ---- functions, labels, EXISTS, scalar subqueries --------------------------------------

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void functionsAndCount(Dialect dialect) {
        assertWhere(dialect, func("lower", nodes.c("data")).eq("root"), "lower(nodes.data) = ?", "root");
        assertWhere(dialect, func("coalesce", nodes.c("parent_id"), literal(0)).eq(0),
                "coalesce(nodes.parent_id, ?) = ?", 0, 0);
        assertWhere(dialect, func("random").lt(0.5), "random() < ?", 0.5);
        assertCompiles(dialect, select(count()).from(nodes), "SELECT count(*) AS count_1 FROM nodes");
        assertCompiles(dialect, select(count(nodes.c("parent_id"))), "SELECT count(nodes.parent_id) AS count_1 FROM nodes");
        assertCompiles(dialect, select(func("max", nodes.c("id")), func("min", nodes.c("id"))),
                "SELECT max(nodes.id) AS max_1, min(nodes.id) AS min_1 FROM nodes");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void labels(Dialect dialect) {
        assertCompiles(dialect, select(nodes.c("id").label("node_id"), count().label("total")).groupBy(nodes.c("id")),
                "SELECT nodes.id AS node_id, count(*) AS total FROM nodes GROUP BY nodes.id");
        assertCompiles(dialect, select(literal(1).label("one")), "SELECT ? AS one", 1);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void existsCorrelatesToTheEnclosingQuery(Dialect dialect) {
        ColumnElement hasAddress = exists(select(addresses.c("id")).where(addresses.c("node_id").eq(nodes.c("id"))));
        assertWhere(dialect, hasAddress,
                "EXISTS (SELECT addresses.id FROM addresses WHERE addresses.node_id = nodes.id)");
        assertWhere(dialect, not(hasAddress),
                "NOT EXISTS (SELECT addresses.id FROM addresses WHERE addresses.node_id = nodes.id)");
        assertWhere(dialect, select(count()).from(addresses).where(addresses.c("city").eq("x")).exists(),
                "EXISTS (SELECT count(*) FROM addresses WHERE addresses.city = ?)", "x");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aScalarSubqueryAsAValue(Dialect dialect) {
        ColumnElement addressCount = select(count()).from(addresses)
                .where(addresses.c("node_id").eq(nodes.c("id"))).asScalar();
        assertWhere(dialect, addressCount.gt(1),
                "(SELECT count(*) FROM addresses WHERE addresses.node_id = nodes.id) > ?", 1);
        assertCompiles(dialect, select(nodes.c("data"), addressCount.label("n")),
                "SELECT nodes.data AS nodes_data, (SELECT count(*) FROM addresses WHERE addresses.node_id = nodes.id) AS n FROM nodes");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aSelectGivenAsAValueIsAScalarSubquery(Dialect dialect) {
        Select maxId = select(func("max", addresses.c("node_id")));
        assertWhere(dialect, nodes.c("id").eq(maxId), "nodes.id = (SELECT max(addresses.node_id) FROM addresses)");
    }
}
