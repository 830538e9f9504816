package io.junction.sql.expression;

import io.junction.sql.SeedTables;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.exists;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.or;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The expression tree without a compiler: immutability, derived FROM lists, shape keys. */
class ExpressionTreeTest {
    private final MetaData metadata = SeedTables.nodesAndAddresses();
    private final Table nodes = metadata.table("nodes");
    private final Table addresses = metadata.table("addresses");

    // ---- immutability ----------------------------------------------------------------------

    @Test
    void builderMethodsReturnCopies() {
        Select base = select(nodes.c("id"));
        Select filtered = base.where(nodes.c("id").eq(1));
        Select ordered = filtered.orderBy(nodes.c("id"));
        assertThat(base.where()).isNull();
        assertThat(filtered.orderBy()).isEmpty();
        assertThat(ordered.orderBy()).hasSize(1);
        assertThat(base.limit(1).limit()).isNotNull();
        assertThat(base.limit()).isNull();
        assertThat(base.distinct().isDistinct()).isTrue();
        assertThat(base.isDistinct()).isFalse();
        assertThatThrownBy(() -> ordered.columns().add(nodes.c("data"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ordered.orderBy().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void andFlattensAndKeepsASingleCriterion() {
        ColumnElement a = nodes.c("id").eq(1);
        ColumnElement b = nodes.c("id").eq(2);
        ColumnElement c = nodes.c("id").eq(3);
        assertThat(and(a)).isSameAs(a);
        assertThat(((BooleanClauseList) and(and(a, b), c)).clauses()).containsExactly(a, b, c);
        assertThat(((BooleanClauseList) or(a, or(b, c))).clauses()).containsExactly(a, b, c);
        assertThat(((BooleanClauseList) and(or(a, b), c)).clauses()).hasSize(2);
        assertThatThrownBy(() -> and(List.of())).hasMessage("AND needs at least one criterion");
        assertThatThrownBy(() -> new BooleanClauseList(Operator.EQ, List.of(a, b))).hasMessageContaining("not EQ");
    }

    @Test
    void eqOfNullIsANullTest() {
        assertThat(nodes.c("data").eq(null)).isInstanceOf(NullTest.class);
        assertThat(((NullTest) nodes.c("data").ne(null)).negated()).isTrue();
    }

    @Test
    void plainValuesBecomeParametersTypedLikeTheColumn() {
        BinaryExpression comparison = (BinaryExpression) nodes.c("data").eq("x");
        BindParameter bind = (BindParameter) comparison.right();
        assertThat(bind.value()).isEqualTo("x");
        assertThat(bind.key()).isNull();
        assertThat(bind.valueType()).isSameAs(nodes.c("data").type());
        assertThat(comparison.right()).isNotInstanceOf(ColumnClause.class);
        assertThat(((BinaryExpression) nodes.c("id").eq(nodes.c("parent_id"))).right()).isSameAs(nodes.c("parent_id"));
        assertThat(((BinaryExpression) nodes.c("id").eq(select(count()).from(addresses))).right()).isInstanceOf(ScalarSubquery.class);
        assertThat(count().valueType().javaType()).isEqualTo(Long.class);
    }

    @Test
    void aFromClauseIsNotAValue() {
        assertThatThrownBy(() -> nodes.c("id").eq(addresses))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table 'addresses'");
        assertThatThrownBy(() -> update(nodes).set("data", nodes.alias()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- the FROM list ---------------------------------------------------------------------

    @Test
    void fromsComeFromColumnsCriteriaAndExplicitFroms() {
        Alias parent = nodes.alias();
        Select select = select(nodes.c("id")).where(nodes.c("parent_id").eq(parent.c("id"))).orderBy(addresses.c("id"));
        assertThat(select.froms()).containsExactly(nodes, parent, addresses);
        assertThat(select.from(addresses).froms()).containsExactly(addresses, nodes, parent);
    }

    @Test
    void fromsLeaveOutTablesInsideAJoinAndDoNotEnterSubqueries() {
        Alias parent = nodes.alias();
        Join join = nodes.join(parent, parent.c("id").eq(nodes.c("parent_id")));
        Select select = select(nodes, parent.c("data")).from(join)
                .where(exists(select(addresses.c("id")).where(addresses.c("node_id").eq(nodes.c("id")))))
                .where(nodes.c("id").in(select(addresses.c("node_id"))))
                .where(select(count()).from(addresses).asScalar().gt(0));
        assertThat(select.froms()).containsExactly(join);
        assertThat(join.coveredFroms()).containsExactly(join, nodes, parent);
    }

    @Test
    void exportedNamesAreUnique() {
        Alias parent = nodes.alias();
        Select select = select(nodes.c("id"), parent.c("id"), nodes.c("data").label("id_1"), count(), count(), literal(1));
        assertThat(select.exportedNames()).containsExactly("id", "id_1", "id_1_1", "count", "count_1", "anon");
    }

    // ---- shapes ----------------------------------------------------------------------------

    @Test
    void equalStructuresHaveEqualShapeKeysWhateverTheirValues() {
        Shape one = Shape.of(select(nodes).where(nodes.c("data").eq("a")).limit(3));
        Shape two = Shape.of(select(nodes).where(nodes.c("data").eq("b")).limit(4));
        assertThat(one.key()).isEqualTo(two.key());
        assertThat(one.binds()).extracting(BindParameter::value).containsExactly("a", 3);
        assertThat(two.binds()).extracting(BindParameter::value).containsExactly("b", 4);
    }

    @Test
    void structureDifferencesChangeTheShapeKey() {
        Alias a = nodes.alias();
        Alias b = nodes.alias();
        List<SqlNode> statements = List.of(
                select(nodes).where(nodes.c("data").eq("a")),
                select(nodes).where(nodes.c("data").ne("a")),
                select(nodes).where(nodes.c("data").eq(literal("a"))),
                select(nodes).where(nodes.c("data").eq(Sql.bindparam("k"))),
                select(nodes).where(nodes.c("data").eq(Sql.bindparam("other"))),
                select(nodes).where(nodes.c("id").in(1, 2)),
                select(nodes).where(nodes.c("id").in(1, 2, 3)),
                select(a.c("id"), b.c("id")),
                select(a.c("id"), a.c("id")),
                select(a.c("id"), nodes.c("id")),
                select(nodes.alias("x").c("id"), nodes.alias("y").c("id")),
                select(nodes.c("id")).from(nodes.join(a, a.c("id").eq(nodes.c("parent_id")))),
                select(nodes.c("id")).from(nodes.outerJoin(a, a.c("id").eq(nodes.c("parent_id")))));
        assertThat(statements.stream().map(s -> Shape.of(s).key()).distinct()).hasSize(statements.size());
    }

    @Test
    void aParameterObjectUsedTwiceIsPartOfTheShape() {
        BindParameter shared = literal(1);
        String twice = Shape.of(select(nodes).where(nodes.c("id").eq(shared)).where(nodes.c("parent_id").eq(shared))).key();
        String distinct = Shape.of(select(nodes).where(nodes.c("id").eq(literal(1))).where(nodes.c("parent_id").eq(literal(1)))).key();
        assertThat(twice).isNotEqualTo(distinct);
    }

    @Test
    void insertAndUpdateValuesFollowTheTableColumnOrder() {
        Map<Object, Object> values = new java.util.LinkedHashMap<>();
        values.put("data", "d");
        values.put("id", 1);
        Insert insert = Sql.insert(nodes).values(values);
        assertThat(insert.columns()).containsExactly(nodes.c("id"), nodes.c("data"));
        assertThat(Shape.of(insert).key()).isEqualTo(Shape.of(Sql.insert(nodes).values(Map.of("id", 2, "data", "e"))).key());
        Update update = update(nodes).set(values);
        assertThat(update.values()).extracting(Map.Entry::getKey).containsExactly(nodes.c("id"), nodes.c("data"));
    }

    @Test
    void orderByRefusesWhatIsNotAnExpression() {
        assertThatThrownBy(() -> select(nodes.c("id")).orderBy(nodes)).hasMessageContaining("cannot order by");
    }
}
