package io.junction.sql.dialect;

import io.junction.sql.SeedTables;
import io.junction.sql.compiler.Compiled;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.BindParameter;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Statement;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.junction.sql.CompileSupport.assertCompiles;
import static io.junction.sql.CompileSupport.normalize;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.exists;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.or;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;

/** The compiled-text cache: one compilation per statement shape, each statement with its own values. */
class CompileCacheTest {
    private static final String DIALECTS = "io.junction.sql.CompileSupport#dialects";

    private final MetaData metadata = SeedTables.nodesAndAddresses();
    private final Table nodes = metadata.table("nodes");
    private final Table addresses = metadata.table("addresses");

    private Select byParentData(String data, String parentData) {
        Alias nodealias = nodes.alias();
        return select(nodes).where(nodes.c("data").eq(data))
                .where(and(nodes.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq(parentData)));
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void theSameShapeWithOtherValuesHitsTheCache(Dialect dialect) {
        Compiled first = dialect.compile(byParentData("subchild1", "child2"));
        assertThat(dialect.cachedShapes()).isEqualTo(1);
        Compiled second = dialect.compile(byParentData("subchild2", "root"));
        assertThat(dialect.cachedShapes()).isEqualTo(1);
        assertThat(second.sql()).isSameAs(first.sql());
        assertThat(first.parameters()).containsExactly("subchild1", "child2");
        assertThat(second.parameters()).containsExactly("subchild2", "root");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void differentShapesDoNotCollide(Dialect dialect) {
        List<Statement> statements = List.of(
                select(nodes.c("id")).where(nodes.c("data").eq("a")),
                select(nodes.c("id")).where(nodes.c("data").ne("a")),
                select(nodes.c("id")).where(nodes.c("data").like("a")),
                select(nodes.c("id")).where(nodes.c("parent_id").eq(1)),
                select(nodes.c("data")).where(nodes.c("parent_id").eq(1)),
                select(nodes.c("id")).where(nodes.c("id").in(1, 2)),
                select(nodes.c("id")).where(nodes.c("id").in(1, 2, 3)),
                select(nodes.c("id")).where(nodes.c("id").notIn(1, 2, 3)),
                select(nodes.c("id")).where(nodes.c("id").in(List.of())),
                select(nodes.c("id")).where(nodes.c("data").isNull()),
                select(nodes.c("id")).where(nodes.c("data").isNotNull()),
                select(nodes.c("id")).where(and(nodes.c("data").eq("a"), nodes.c("id").eq(1))),
                select(nodes.c("id")).where(or(nodes.c("data").eq("a"), nodes.c("id").eq(1))),
                select(nodes.c("id")).where(nodes.c("data").eq("a")).limit(1),
                select(nodes.c("id")).where(nodes.c("data").eq("a")).offset(1),
                select(nodes.c("id")).where(nodes.c("data").eq("a")).distinct(),
                select(nodes.c("id")).where(nodes.c("data").eq("a")).orderBy(nodes.c("id")),
                select(nodes.c("id")).where(nodes.c("data").eq("a")).orderBy(nodes.c("id").desc()),
                select(nodes.c("id").label("x")).where(nodes.c("data").eq("a")),
                select(nodes.c("id").label("y")).where(nodes.c("data").eq("a")),
                select(addresses.c("id")).where(addresses.c("city").eq("a")));
        for (Statement statement : statements) {
            dialect.compile(statement);
        }
        assertThat(dialect.cachedShapes()).isEqualTo(statements.size());
        assertThat(statements.stream().map(s -> normalize(dialect.compile(s).sql())).distinct()).hasSize(statements.size());
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void anonymousAliasPatternsDoNotCollide(Dialect dialect) {
        Alias a = nodes.alias();
        Alias b = nodes.alias();
        Select twoAliases = select(a.c("id"), b.c("id"));
        Select oneAliasTwice = select(a.c("id"), a.c("id"));
        Select aliasAndTable = select(a.c("id"), nodes.c("id"));
        Select named = select(nodes.alias("nodes_1").c("id"), nodes.alias("nodes_2").c("id"));
        assertCompiles(dialect, twoAliases, "SELECT nodes_1.id AS nodes_1_id, nodes_2.id AS nodes_2_id FROM nodes AS nodes_1, nodes AS nodes_2");
        assertCompiles(dialect, oneAliasTwice, "SELECT nodes_1.id AS nodes_1_id, nodes_1.id AS nodes_1_id_1 FROM nodes AS nodes_1");
        assertCompiles(dialect, aliasAndTable, "SELECT nodes_1.id AS nodes_1_id, nodes.id AS nodes_id FROM nodes AS nodes_1, nodes");
        assertCompiles(dialect, named, "SELECT nodes_1.id AS nodes_1_id, nodes_2.id AS nodes_2_id FROM nodes AS nodes_1, nodes AS nodes_2");
        assertThat(dialect.cachedShapes()).isEqualTo(4);
        // the same patterns again with new alias objects are cache hits
        Alias c = nodes.alias();
        Alias d = nodes.alias();
        assertCompiles(dialect, select(d.c("id"), c.c("id")), "SELECT nodes_1.id AS nodes_1_id, nodes_2.id AS nodes_2_id FROM nodes AS nodes_1, nodes AS nodes_2");
        assertCompiles(dialect, select(c.c("id"), c.c("id")), "SELECT nodes_1.id AS nodes_1_id, nodes_1.id AS nodes_1_id_1 FROM nodes AS nodes_1");
        assertThat(dialect.cachedShapes()).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void subqueryAliasesOfDifferentSelectsDoNotCollide(Dialect dialect) {
        Alias byData = select(nodes.c("id")).where(nodes.c("data").eq("x")).subquery();
        Alias byParent = select(nodes.c("id")).where(nodes.c("parent_id").eq(1)).subquery();
        assertCompiles(dialect, select(byData.c("id")), "SELECT anon_1.id AS anon_1_id FROM (SELECT nodes.id FROM nodes WHERE nodes.data = ?) AS anon_1", "x");
        assertCompiles(dialect, select(byParent.c("id")), "SELECT anon_1.id AS anon_1_id FROM (SELECT nodes.id FROM nodes WHERE nodes.parent_id = ?) AS anon_1", 1);
        Alias again = select(nodes.c("id")).where(nodes.c("data").eq("y")).subquery();
        assertCompiles(dialect, select(again.c("id")).where(again.c("id").gt(3)),
                "SELECT anon_1.id AS anon_1_id FROM (SELECT nodes.id FROM nodes WHERE nodes.data = ?) AS anon_1 WHERE anon_1.id > ?", "y", 3);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void correlationIsPartOfTheShape(Dialect dialect) {
        Select correlated = select(nodes.c("id")).where(exists(select(addresses.c("id")).where(addresses.c("node_id").eq(nodes.c("id")))));
        Select uncorrelated = select(nodes.c("id")).where(exists(select(addresses.c("id")).where(addresses.c("node_id").eq(addresses.c("id")))));
        assertCompiles(dialect, correlated, "SELECT nodes.id AS nodes_id FROM nodes WHERE EXISTS (SELECT addresses.id FROM addresses WHERE addresses.node_id = nodes.id)");
        assertCompiles(dialect, uncorrelated, "SELECT nodes.id AS nodes_id FROM nodes WHERE EXISTS (SELECT addresses.id FROM addresses WHERE addresses.node_id = addresses.id)");
        assertThat(dialect.cachedShapes()).isEqualTo(2);
    }

    @Test
    void h2ParameterOrderIsRightWhenTheCachedTextIsReused() {
        Dialect h2 = new H2Dialect();
        Function<Integer, Select> page = n -> select(nodes.c("id")).where(nodes.c("data").eq("d" + n)).orderBy(nodes.c("id")).limit(10 + n).offset(100 + n);
        String sql = "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.data = ? ORDER BY nodes.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        assertCompiles(h2, page.apply(1), sql, "d1", 101, 11);
        assertCompiles(h2, page.apply(2), sql, "d2", 102, 12);
        assertThat(h2.cachedShapes()).isEqualTo(1);
        Dialect pg = new PostgresDialect();
        String pgSql = "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.data = ? ORDER BY nodes.id LIMIT ? OFFSET ?";
        assertCompiles(pg, page.apply(1), pgSql, "d1", 11, 101);
        assertCompiles(pg, page.apply(2), pgSql, "d2", 12, 102);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void parametersOfAFromSubqueryAndOfTheSelectListComeInTextOrderOnACacheHit(Dialect dialect) {
        Function<Integer, Select> build = n -> {
            Alias sq = select(nodes.c("id")).where(nodes.c("id").gt(n)).subquery("sq");
            return select(literal("label" + n).label("k"), sq.c("id")).where(sq.c("id").lt(n * 10));
        };
        String sql = "SELECT ? AS k, sq.id AS sq_id FROM (SELECT nodes.id FROM nodes WHERE nodes.id > ?) AS sq WHERE sq.id < ?";
        assertCompiles(dialect, build.apply(1), sql, "label1", 1, 10);
        assertCompiles(dialect, build.apply(2), sql, "label2", 2, 20);
        assertThat(dialect.cachedShapes()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aParameterUsedTwiceDoesNotLendItsValueToAnotherStatement(Dialect dialect) {
        BindParameter shared = literal(7);
        Select twice = select(nodes.c("id")).where(nodes.c("id").eq(shared)).where(nodes.c("parent_id").eq(shared));
        Select distinct = select(nodes.c("id")).where(nodes.c("id").eq(literal(8))).where(nodes.c("parent_id").eq(literal(9)));
        String sql = "SELECT nodes.id AS nodes_id FROM nodes WHERE nodes.id = ? AND nodes.parent_id = ?";
        assertCompiles(dialect, twice, sql, 7, 7);
        assertCompiles(dialect, distinct, sql, 8, 9);
        assertCompiles(dialect, twice, sql, 7, 7);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aParameterUsedTwiceInDifferentClausesAlsoKeepsItsPlaces(Dialect dialect) {
        BindParameter shared = literal(5);
        Alias sq = select(nodes.c("id")).where(nodes.c("id").gt(shared)).subquery("sq");
        Select twice = select(shared.label("k"), sq.c("id"));
        Alias sq2 = select(nodes.c("id")).where(nodes.c("id").gt(literal(6))).subquery("sq");
        Select distinct = select(literal(7).label("k"), sq2.c("id"));
        String sql = "SELECT ? AS k, sq.id AS sq_id FROM (SELECT nodes.id FROM nodes WHERE nodes.id > ?) AS sq";
        assertCompiles(dialect, twice, sql, 5, 5);
        assertCompiles(dialect, distinct, sql, 7, 6);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void batchInsertsAndUpdatesShareOneCompilation(Dialect dialect) {
        Compiled first = dialect.compile(insert(nodes));
        Compiled second = dialect.compile(insert(nodes));
        assertThat(second.sql()).isSameAs(first.sql());
        assertThat(second.parameters(Map.of("id", 1, "parent_id", 2, "data", "x"))).containsExactly(1, 2, "x");
        dialect.compile(update(nodes).set("data", "a").where(nodes.c("id").eq(1)));
        dialect.compile(update(nodes).set("data", "b").where(nodes.c("id").eq(2)));
        dialect.compile(update(nodes).set("parent_id", 1).where(nodes.c("id").eq(2)));
        dialect.compile(update(nodes).set("parent_id", null).where(nodes.c("id").eq(2)));
        assertThat(dialect.cachedShapes()).isEqualTo(4);
    }

    @Test
    void eachDialectHasItsOwnCache() {
        Dialect pg = new PostgresDialect();
        Dialect h2 = new H2Dialect();
        Select select = select(nodes.c("id")).limit(1);
        assertThat(pg.compile(select).sql()).isNotEqualTo(h2.compile(select).sql());
        assertThat(pg.cachedShapes()).isEqualTo(1);
        assertThat(h2.cachedShapes()).isEqualTo(1);
    }

    @Test
    void aStatementRunAgainKeepsItsCompiledFormForEachDialectInTurn() {
        Dialect pg = new PostgresDialect();
        Dialect h2 = new H2Dialect();
        Select select = byParentData("subchild1", "child2");
        Select other = byParentData("subchild2", "root");

        Compiled first = pg.compile(select);
        pg.compile(other);                               // another statement does not evict the first
        assertThat(pg.compile(select)).isSameAs(first);
        Compiled onH2 = h2.compile(select);              // another dialect compiles it again
        assertThat(onH2).isNotSameAs(first);
        assertThat(pg.compile(select)).isNotSameAs(first).satisfies(again -> {
            assertThat(again.sql()).isSameAs(first.sql());
            assertThat(again.parameters()).containsExactly("subchild1", "child2");
        });
    }
}
