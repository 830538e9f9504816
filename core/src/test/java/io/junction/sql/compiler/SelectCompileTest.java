package io.junction.sql.compiler;

import io.junction.sql.SeedTables;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.dialect.H2Dialect;
import io.junction.sql.dialect.PostgresDialect;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.ColumnClause;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.sql.CompileSupport.assertCompiles;
import static io.junction.sql.CompileSupport.assertCompilesOnBoth;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.exists;
import static io.junction.sql.expression.Sql.func;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.literalColumn;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.expression.Sql.or;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SELECT: its clauses, joins, subqueries and row limits, on PostgreSQL and H2. */
class SelectCompileTest {
    private static final String DIALECTS = "io.junction.sql.CompileSupport#dialects";
    private static final String NODE_COLUMNS = "nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, nodes.data AS nodes_data";

    private final MetaData metadata = SeedTables.nodesAndAddresses();
    private final Table nodes = metadata.table("nodes");
    private final Table addresses = metadata.table("addresses");

    @Nested
    class Clauses {

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aTableStandsForAllItsColumns(Dialect dialect) {
            assertCompiles(dialect, select(nodes), "SELECT " + NODE_COLUMNS + " FROM nodes");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void someColumnsAndWhere(Dialect dialect) {
            assertCompiles(dialect, select(nodes.c("id"), nodes.c("data")).where(nodes.c("parent_id").eq(3)),
                    "SELECT nodes.id AS nodes_id, nodes.data AS nodes_data FROM nodes WHERE nodes.parent_id = ?", 3);
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void successiveWheresAreJoinedByAnd(Dialect dialect) {
            assertCompiles(dialect, select(nodes.c("id")).where(nodes.c("id").gt(1)).where(or(nodes.c("data").eq("a"), nodes.c("data").eq("b"))),
                    "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.id > ? AND (nodes.data = ? OR nodes.data = ?)", 1, "a", "b");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void orderByAscendingAndDescending(Dialect dialect) {
            assertCompiles(dialect, select(nodes.c("id")).orderBy(nodes.c("data"), nodes.c("id").desc()),
                    "SELECT nodes.id AS nodes_id FROM nodes ORDER BY nodes.data, nodes.id DESC");
            assertCompiles(dialect, select(nodes.c("id")).orderBy(nodes.c("data").asc()).orderBy(nodes.c("parent_id").desc()),
                    "SELECT nodes.id AS nodes_id FROM nodes ORDER BY nodes.data, nodes.parent_id DESC");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void groupByAndHaving(Dialect dialect) {
            assertCompiles(dialect,
                    select(nodes.c("parent_id"), count()).where(nodes.c("data").ne("root"))
                            .groupBy(nodes.c("parent_id")).having(count().gt(1)).having(nodes.c("parent_id").isNotNull())
                            .orderBy(count().desc()),
                    "SELECT nodes.parent_id AS nodes_parent_id, count(*) AS count_1 FROM nodes WHERE nodes.data != ? "
                            + "GROUP BY nodes.parent_id HAVING count(*) > ? AND nodes.parent_id IS NOT NULL ORDER BY count(*) DESC",
                    "root", 1);
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void distinct(Dialect dialect) {
            assertCompiles(dialect, select(nodes.c("parent_id")).distinct().orderBy(nodes.c("parent_id")),
                    "SELECT DISTINCT nodes.parent_id AS nodes_parent_id FROM nodes ORDER BY nodes.parent_id");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void countOfATable(Dialect dialect) {
            assertCompiles(dialect, select(count()).from(nodes).where(nodes.c("parent_id").eq(1)),
                    "SELECT count(*) AS count_1 FROM nodes WHERE nodes.parent_id = ?", 1);
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aSelectWithoutFrom(Dialect dialect) {
            assertCompiles(dialect, select(literal(1).label("one"), func("now")), "SELECT ? AS one, now() AS now_1", 1);
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void withColumnsKeepsTheRest(Dialect dialect) {
            Select base = select(nodes).where(nodes.c("id").eq(1));
            assertCompiles(dialect, base.withColumns(List.of(count())), "SELECT count(*) AS count_1 FROM nodes WHERE nodes.id = ?", 1);
            assertCompiles(dialect, base, "SELECT " + NODE_COLUMNS + " FROM nodes WHERE nodes.id = ?", 1);
        }
    }

    @Nested
    class LimitAndOffset {

        @Test
        void postgresWritesLimitThenOffset() {
            Dialect pg = new PostgresDialect();
            Select base = select(nodes.c("id")).where(nodes.c("data").eq("x")).orderBy(nodes.c("id"));
            String prefix = "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.data = ? ORDER BY nodes.id";
            assertCompiles(pg, base.limit(10).offset(20), prefix + " LIMIT ? OFFSET ?", "x", 10, 20);
            assertCompiles(pg, base.offset(20).limit(10), prefix + " LIMIT ? OFFSET ?", "x", 10, 20);
            assertCompiles(pg, base.limit(5), prefix + " LIMIT ?", "x", 5);
            assertCompiles(pg, base.offset(7), prefix + " OFFSET ?", "x", 7);
        }

        @Test
        void h2WritesOffsetRowsThenFetch() {
            Dialect h2 = new H2Dialect();
            Select base = select(nodes.c("id")).where(nodes.c("data").eq("x")).orderBy(nodes.c("id"));
            String prefix = "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.data = ? ORDER BY nodes.id";
            assertCompiles(h2, base.limit(10).offset(20), prefix + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", "x", 20, 10);
            assertCompiles(h2, base.offset(20).limit(10), prefix + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", "x", 20, 10);
            assertCompiles(h2, base.limit(5), prefix + " FETCH FIRST ? ROWS ONLY", "x", 5);
            assertCompiles(h2, base.offset(7), prefix + " OFFSET ? ROWS", "x", 7);
        }

        @Test
        void aLaterLimitReplacesAnEarlierOne() {
            assertCompiles(new PostgresDialect(), select(nodes.c("id")).limit(1).limit(2), "SELECT nodes.id AS nodes_id FROM nodes LIMIT ?", 2);
        }

        @Test
        void parametersOfEveryClauseComeInTextOrder() {
            Alias sq = select(nodes.c("id"), nodes.c("data")).where(nodes.c("data").ne("s")).subquery("sq");
            Select select = select(literal("c").label("k"), sq.c("id"))
                    .where(sq.c("data").eq("w"))
                    .groupBy(sq.c("id"))
                    .having(count().gt(1))
                    .limit(3)
                    .offset(6);
            String body = "SELECT ? AS k, sq.id AS sq_id FROM (SELECT nodes.id, nodes.data FROM nodes WHERE nodes.data != ?) AS sq "
                    + "WHERE sq.data = ? GROUP BY sq.id HAVING count(*) > ?";
            assertCompiles(new PostgresDialect(), select, body + " LIMIT ? OFFSET ?", "c", "s", "w", 1, 3, 6);
            assertCompiles(new H2Dialect(), select, body + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", "c", "s", "w", 1, 6, 3);
        }

        @Test
        void aLimitInsideASubqueryOnH2() {
            Select inner = select(addresses.c("node_id")).orderBy(addresses.c("id")).limit(2).offset(1);
            Select outer = select(nodes.c("id")).where(nodes.c("id").in(inner)).limit(9);
            assertCompiles(new H2Dialect(), outer,
                    "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.id IN (SELECT addresses.node_id FROM addresses "
                            + "ORDER BY addresses.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) FETCH FIRST ? ROWS ONLY", 1, 2, 9);
            assertCompiles(new PostgresDialect(), outer,
                    "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.id IN (SELECT addresses.node_id FROM addresses "
                            + "ORDER BY addresses.id LIMIT ? OFFSET ?) LIMIT ?", 2, 1, 9);
        }
    }

    @Nested
    class Joins {

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void innerJoinWithOn(Dialect dialect) {
            assertCompiles(dialect,
                    select(nodes.c("data"), addresses.c("city")).from(nodes.join(addresses, addresses.c("node_id").eq(nodes.c("id")))),
                    "SELECT nodes.data AS nodes_data, addresses.city AS addresses_city FROM nodes JOIN addresses ON addresses.node_id = nodes.id");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void leftOuterJoinWithACompoundOn(Dialect dialect) {
            assertCompiles(dialect,
                    select(nodes.c("data"), addresses.c("city"))
                            .from(nodes.outerJoin(addresses, and(addresses.c("node_id").eq(nodes.c("id")), addresses.c("city").eq("Boston"))))
                            .where(nodes.c("id").gt(0)),
                    "SELECT nodes.data AS nodes_data, addresses.city AS addresses_city FROM nodes LEFT OUTER JOIN addresses "
                            + "ON addresses.node_id = nodes.id AND addresses.city = ? WHERE nodes.id > ?", "Boston", 0);
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aJoinChainIsLeftDeep(Dialect dialect) {
            Alias parent = nodes.alias();
            assertCompiles(dialect,
                    select(addresses.c("city")).from(addresses.join(nodes, nodes.c("id").eq(addresses.c("node_id")))
                            .outerJoin(parent, parent.c("id").eq(nodes.c("parent_id")))),
                    "SELECT addresses.city AS addresses_city FROM addresses JOIN nodes ON nodes.id = addresses.node_id "
                            + "LEFT OUTER JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aJoinOnTheRightIsParenthesized(Dialect dialect) {
            Alias parent = nodes.alias();
            assertCompiles(dialect,
                    select(addresses.c("city")).from(addresses.outerJoin(
                            nodes.join(parent, parent.c("id").eq(nodes.c("parent_id"))),
                            nodes.c("id").eq(addresses.c("node_id")))),
                    "SELECT addresses.city AS addresses_city FROM addresses LEFT OUTER JOIN "
                            + "(nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id) ON nodes.id = addresses.node_id");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void tablesWithoutAJoinAreListedInOrderOfMention(Dialect dialect) {
            assertCompiles(dialect,
                    select(addresses.c("city"), nodes.c("data")).where(addresses.c("node_id").eq(nodes.c("id"))),
                    "SELECT addresses.city AS addresses_city, nodes.data AS nodes_data FROM addresses, nodes "
                            + "WHERE addresses.node_id = nodes.id");
            assertCompiles(dialect,
                    select(addresses.c("city")).where(addresses.c("node_id").eq(nodes.c("id"))).from(nodes),
                    "SELECT addresses.city AS addresses_city FROM nodes, addresses WHERE addresses.node_id = nodes.id");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aTableInsideAJoinIsNotRepeated(Dialect dialect) {
            assertCompiles(dialect,
                    select(nodes, addresses.c("city")).from(nodes.join(addresses, addresses.c("node_id").eq(nodes.c("id"))))
                            .where(addresses.c("city").eq("x")).orderBy(nodes.c("id")),
                    "SELECT " + NODE_COLUMNS + ", addresses.city AS addresses_city FROM nodes JOIN addresses "
                            + "ON addresses.node_id = nodes.id WHERE addresses.city = ? ORDER BY nodes.id", "x");
        }

        @Test
        void aJoinHasTheColumnsOfBothSides() {
            assertThat(nodes.join(addresses, addresses.c("node_id").eq(nodes.c("id"))).columns())
                    .extracting(ColumnClause::name)
                    .containsExactly("id", "parent_id", "data", "id", "node_id", "city");
        }

        @Test
        void selectingAJoinSelectsTheColumnsOfBothSides() {
            Select select = select(nodes.join(addresses, addresses.c("node_id").eq(nodes.c("id"))));
            assertCompiles(new PostgresDialect(), select, "SELECT " + NODE_COLUMNS + ", addresses.id AS addresses_id, "
                    + "addresses.node_id AS addresses_node_id, addresses.city AS addresses_city FROM nodes JOIN addresses "
                    + "ON addresses.node_id = nodes.id");
        }
    }

    @Nested
    class Subqueries {

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aCorrelatedInSubqueryDoesNotRepeatTheOuterTable(Dialect dialect) {
            Select cities = select(addresses.c("node_id")).where(and(addresses.c("node_id").eq(nodes.c("id")), addresses.c("city").eq("Boston")));
            assertCompiles(dialect, select(nodes.c("id")).where(nodes.c("id").in(cities)),
                    "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.id IN (SELECT addresses.node_id FROM addresses "
                            + "WHERE addresses.node_id = nodes.id AND addresses.city = ?)", "Boston");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aSubqueryOfOnlyOuterTablesKeepsItsFrom(Dialect dialect) {
            assertCompiles(dialect, select(nodes.c("id")).where(nodes.c("id").in(select(nodes.c("parent_id")).where(nodes.c("data").eq("a")))),
                    "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.id IN (SELECT nodes.parent_id FROM nodes WHERE nodes.data = ?)", "a");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aSelfReferentialExistsCorrelatesThroughAnAlias(Dialect dialect) {
            Alias child = nodes.alias();
            assertCompiles(dialect,
                    select(nodes.c("data")).where(not(exists(select(child.c("id")).where(child.c("parent_id").eq(nodes.c("id")))))),
                    "SELECT nodes.data AS nodes_data FROM nodes WHERE NOT EXISTS (SELECT nodes_1.id FROM nodes AS nodes_1 "
                            + "WHERE nodes_1.parent_id = nodes.id)");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void correlateExceptKeepsATableThatTheEnclosingQueryHasToo(Dialect dialect) {
            // as a relationship's has(): the target stays in the subquery although the query joins it
            Select has = select(literalColumn("1")).from(addresses)
                    .where(and(addresses.c("node_id").eq(nodes.c("id")), addresses.c("city").eq("Boston")))
                    .correlateExcept(addresses);
            assertCompiles(dialect, select(nodes.c("id")).from(nodes.join(addresses, addresses.c("node_id").eq(nodes.c("id"))))
                            .where(exists(has)),
                    "SELECT nodes.id AS nodes_id FROM nodes JOIN addresses ON addresses.node_id = nodes.id WHERE EXISTS "
                            + "(SELECT 1 FROM addresses WHERE addresses.node_id = nodes.id AND addresses.city = ?)", "Boston");
            assertCompiles(dialect, select(nodes.c("id")).from(nodes.join(addresses, addresses.c("node_id").eq(nodes.c("id"))))
                            .where(exists(has.withColumns(List.of(addresses.c("id"))))),
                    "SELECT nodes.id AS nodes_id FROM nodes JOIN addresses ON addresses.node_id = nodes.id WHERE EXISTS "
                            + "(SELECT addresses.id FROM addresses WHERE addresses.node_id = nodes.id AND addresses.city = ?)", "Boston");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void twoLevelsOfCorrelation(Dialect dialect) {
            Alias child = nodes.alias();
            Select innermost = select(addresses.c("id")).where(addresses.c("node_id").eq(child.c("id"))).where(addresses.c("city").eq(nodes.c("data")));
            Select middle = select(child.c("id")).where(child.c("parent_id").eq(nodes.c("id"))).where(exists(innermost));
            assertCompiles(dialect, select(nodes.c("id")).where(exists(middle)),
                    "SELECT nodes.id AS nodes_id FROM nodes WHERE EXISTS (SELECT nodes_1.id FROM nodes AS nodes_1 "
                            + "WHERE nodes_1.parent_id = nodes.id AND EXISTS (SELECT addresses.id FROM addresses "
                            + "WHERE addresses.node_id = nodes_1.id AND addresses.city = nodes.data))");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aSubqueryInFromWithItsColumns(Dialect dialect) {
            Alias sq = select(nodes.c("id"), nodes.c("data")).where(nodes.c("parent_id").eq(1)).subquery("sq");
            assertThat(sq.columns()).extracting(ColumnClause::name).containsExactly("id", "data");
            assertCompiles(dialect, select(sq).where(sq.c("data").like("child%")),
                    "SELECT sq.id AS sq_id, sq.data AS sq_data FROM (SELECT nodes.id, nodes.data FROM nodes WHERE nodes.parent_id = ?) AS sq "
                            + "WHERE sq.data LIKE ?", 1, "child%");
            assertCompiles(dialect, select(sq.c("data")).orderBy(sq.c("id").desc()),
                    "SELECT sq.data AS sq_data FROM (SELECT nodes.id, nodes.data FROM nodes WHERE nodes.parent_id = ?) AS sq ORDER BY sq.id DESC", 1);
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aSubqueryExportsUniqueNamesForItsColumns(Dialect dialect) {
            Alias parent = nodes.alias();
            Alias sq = select(nodes.c("id"), parent.c("id"), parent.c("data").label("parent_data"), count())
                    .from(nodes.join(parent, parent.c("id").eq(nodes.c("parent_id"))))
                    .groupBy(nodes.c("id"), parent.c("id"), parent.c("data"))
                    .subquery("sq");
            assertThat(sq.columns()).extracting(ColumnClause::name).containsExactly("id", "id_1", "parent_data", "count");
            assertCompiles(dialect, select(sq.c("id_1"), sq.c("count")).where(sq.c("parent_data").eq("root")),
                    "SELECT sq.id_1 AS sq_id_1, sq.count AS sq_count FROM (SELECT nodes.id, nodes_1.id AS id_1, nodes_1.data AS parent_data, "
                            + "count(*) AS count FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id "
                            + "GROUP BY nodes.id, nodes_1.id, nodes_1.data) AS sq WHERE sq.parent_data = ?", "root");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void anAnonymousSubqueryIsNamedAnon(Dialect dialect) {
            Alias sq = select(addresses.c("node_id"), count().label("n")).groupBy(addresses.c("node_id")).subquery();
            assertCompiles(dialect,
                    select(nodes.c("data"), sq.c("n")).from(nodes.outerJoin(sq, sq.c("node_id").eq(nodes.c("id")))),
                    "SELECT nodes.data AS nodes_data, anon_1.n AS anon_1_n FROM nodes LEFT OUTER JOIN "
                            + "(SELECT addresses.node_id, count(*) AS n FROM addresses GROUP BY addresses.node_id) AS anon_1 "
                            + "ON anon_1.node_id = nodes.id");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aFromSubqueryIsNotCorrelatedToTheEnclosingQuery(Dialect dialect) {
            Alias sq = select(nodes.c("id"), addresses.c("city")).where(addresses.c("node_id").eq(nodes.c("id"))).subquery("sq");
            assertCompiles(dialect, select(nodes.c("data"), sq.c("city")).where(sq.c("id").eq(nodes.c("parent_id"))),
                    "SELECT nodes.data AS nodes_data, sq.city AS sq_city FROM nodes, (SELECT nodes.id, addresses.city "
                            + "FROM nodes, addresses WHERE addresses.node_id = nodes.id) AS sq WHERE sq.id = nodes.parent_id");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aSubqueryInsideAFromSubqueryCorrelatesOnlyToIt(Dialect dialect) {
            // nodes is in the outer FROM too, but the FROM subquery cannot see it: only addresses correlates
            Select inner = select(nodes.c("id")).where(nodes.c("id").eq(addresses.c("node_id")));
            Alias sq = select(addresses.c("city")).where(exists(inner)).subquery("sq");
            assertCompiles(dialect, select(nodes.c("data"), sq.c("city")),
                    "SELECT nodes.data AS nodes_data, sq.city AS sq_city FROM nodes, (SELECT addresses.city FROM addresses "
                            + "WHERE EXISTS (SELECT nodes.id FROM nodes WHERE nodes.id = addresses.node_id)) AS sq");
        }

        @ParameterizedTest
        @MethodSource(DIALECTS)
        void aScalarSubqueryInTheSelectList(Dialect dialect) {
            Select addressCount = select(count()).from(addresses).where(addresses.c("node_id").eq(nodes.c("id")));
            assertCompiles(dialect, select(nodes.c("id"), addressCount.asScalar()).where(nodes.c("id").lt(3)),
                    "SELECT nodes.id AS nodes_id, (SELECT count(*) FROM addresses WHERE addresses.node_id = nodes.id) AS anon_1 "
                            + "FROM nodes WHERE nodes.id < ?", 3);
        }

        @Test
        void selectingSomethingThatIsNotAColumnOrFromIsRefused() {
            assertThatThrownBy(() -> select(select(nodes.c("id")))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("give columns, tables or aliases");
        }
    }
}
