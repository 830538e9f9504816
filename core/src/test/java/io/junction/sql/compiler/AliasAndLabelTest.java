package io.junction.sql.compiler;

import io.junction.sql.SeedTables;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.Alias;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.junction.sql.CompileSupport.assertCompiles;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.func;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names of aliases (anonymous ones numbered by first appearance) and labels of the select list. */
class AliasAndLabelTest {
    private static final String DIALECTS = "io.junction.sql.CompileSupport#dialects";

    private final MetaData metadata = SeedTables.nodesAndAddresses();
    private final Table nodes = metadata.table("nodes");
    private final Table addresses = metadata.table("addresses");

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void anonymousAliasesAreNumberedInOrderOfAppearance(Dialect dialect) {
        Alias declaredFirst = nodes.alias();
        Alias declaredSecond = nodes.alias();
        assertCompiles(dialect, select(declaredSecond.c("id"), declaredFirst.c("id")),
                "SELECT nodes_1.id AS nodes_1_id, nodes_2.id AS nodes_2_id FROM nodes AS nodes_1, nodes AS nodes_2");
        assertCompiles(dialect, select(declaredFirst.c("id"), declaredSecond.c("id")),
                "SELECT nodes_1.id AS nodes_1_id, nodes_2.id AS nodes_2_id FROM nodes AS nodes_1, nodes AS nodes_2");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void eachTableNameHasItsOwnCounter(Dialect dialect) {
        Alias n1 = nodes.alias();
        Alias a1 = addresses.alias();
        Alias n2 = nodes.alias();
        Alias a2 = addresses.alias();
        assertCompiles(dialect,
                select(n1.c("data"), a1.c("city"), n2.c("data"), a2.c("city"))
                        .where(a1.c("node_id").eq(n1.c("id"))).where(a2.c("node_id").eq(n2.c("id"))),
                "SELECT nodes_1.data AS nodes_1_data, addresses_1.city AS addresses_1_city, nodes_2.data AS nodes_2_data, "
                        + "addresses_2.city AS addresses_2_city FROM nodes AS nodes_1, addresses AS addresses_1, nodes AS nodes_2, "
                        + "addresses AS addresses_2 WHERE addresses_1.node_id = nodes_1.id AND addresses_2.node_id = nodes_2.id");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void theSameAliasIsOneFromAndOneName(Dialect dialect) {
        Alias parent = nodes.alias();
        assertCompiles(dialect,
                select(nodes.c("data"), parent.c("data")).where(nodes.c("parent_id").eq(parent.c("id"))).where(parent.c("data").eq("x")),
                "SELECT nodes.data AS nodes_data, nodes_1.data AS nodes_1_data FROM nodes, nodes AS nodes_1 "
                        + "WHERE nodes.parent_id = nodes_1.id AND nodes_1.data = ?", "x");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void anAliasFirstMetInWhereIsNumberedAfterThoseOfTheSelectList(Dialect dialect) {
        Alias inWhere = nodes.alias();
        Alias inColumns = nodes.alias();
        assertCompiles(dialect, select(inColumns.c("id")).where(inWhere.c("id").eq(inColumns.c("parent_id"))),
                "SELECT nodes_1.id AS nodes_1_id FROM nodes AS nodes_1, nodes AS nodes_2 WHERE nodes_2.id = nodes_1.parent_id");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void namedAliases(Dialect dialect) {
        Alias parent = nodes.alias("parent");
        Alias anonymous = nodes.alias();
        assertCompiles(dialect, select(parent.c("id"), anonymous.c("id")).where(anonymous.c("parent_id").eq(parent.c("id"))),
                "SELECT parent.id AS parent_id, nodes_1.id AS nodes_1_id FROM nodes AS parent, nodes AS nodes_1 "
                        + "WHERE nodes_1.parent_id = parent.id");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void anAliasOfAnAliasIsNamedAfterItsOwnName(Dialect dialect) {
        Alias inner = nodes.alias("inner_nodes");
        assertThat(inner.alias().baseName()).isEqualTo("inner_nodes");
        assertThat(nodes.alias().alias().baseName()).isEqualTo("nodes");
        assertCompiles(dialect, select(inner.alias("outer_nodes").c("id")),
                "SELECT outer_nodes.id AS outer_nodes_id FROM nodes AS outer_nodes");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void labelsAreFromNameUnderscoreColumn(Dialect dialect) {
        Alias parent = nodes.alias();
        assertCompiles(dialect, select(nodes.c("id"), parent.c("id")).where(nodes.c("parent_id").eq(parent.c("id"))),
                "SELECT nodes.id AS nodes_id, nodes_1.id AS nodes_1_id FROM nodes, nodes AS nodes_1 WHERE nodes.parent_id = nodes_1.id");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void duplicateLabelsAreMadeUnique(Dialect dialect) {
        assertCompiles(dialect, select(nodes.c("id"), nodes.c("id"), nodes.c("id")),
                "SELECT nodes.id AS nodes_id, nodes.id AS nodes_id_1, nodes.id AS nodes_id_2 FROM nodes");
        assertCompiles(dialect, select(nodes.c("id").label("x"), nodes.c("data").label("x")),
                "SELECT nodes.id AS x, nodes.data AS x_1 FROM nodes");
        assertCompiles(dialect, select(count(), count(nodes.c("id")), func("max", nodes.c("id")), literal(1), literal(2)),
                "SELECT count(*) AS count_1, count(nodes.id) AS count_2, max(nodes.id) AS max_1, ? AS anon_1, ? AS anon_2 FROM nodes", 1, 2);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aGeneratedLabelDoesNotCollideWithAnExplicitOne(Dialect dialect) {
        assertCompiles(dialect, select(nodes.c("id").label("nodes_id_1"), nodes.c("id"), nodes.c("id")),
                "SELECT nodes.id AS nodes_id_1, nodes.id AS nodes_id, nodes.id AS nodes_id_2 FROM nodes");
        assertCompiles(dialect, select(nodes.c("id").label("count_1"), count()),
                "SELECT nodes.id AS count_1, count(*) AS count_2 FROM nodes");
    }

    @Test
    void anAliasExposesTheColumnsOfWhatItAliases() {
        Alias parent = nodes.alias();
        assertThat(parent.c("data").original()).isSameAs(nodes.c("data"));
        assertThat(parent.corresponding(nodes.c("parent_id"))).isSameAs(parent.c("parent_id"));
        assertThat(parent.c("data").valueType()).isEqualTo(nodes.c("data").type());
        assertThat(parent.c("data").from()).isSameAs(parent);
        assertThatThrownBy(() -> parent.corresponding(addresses.c("id")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a column of table 'nodes'");
    }

    @Test
    void anUnknownColumnOfAnAliasNamesTheAliasAndItsColumns() {
        assertThatThrownBy(() -> nodes.alias().c("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alias (anonymous) of table 'nodes' has no column 'nope'; its columns are [id, parent_id, data]");
        assertThatThrownBy(() -> nodes.alias("parent").c("nope"))
                .hasMessage("alias 'parent' of table 'nodes' has no column 'nope'; its columns are [id, parent_id, data]");
        assertThatThrownBy(() -> select(nodes.c("id")).subquery("sq").c("data"))
                .hasMessage("alias 'sq' of a subquery has no column 'data'; its columns are [id]");
    }
}
