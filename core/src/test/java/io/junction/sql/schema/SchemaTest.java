package io.junction.sql.schema;

import io.junction.sql.SeedTables;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import static io.junction.sql.schema.Schema.BIGINT;
import static io.junction.sql.schema.Schema.BOOLEAN;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.DATE;
import static io.junction.sql.schema.Schema.TEXT;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.foreignKey;
import static io.junction.sql.schema.Schema.numeric;
import static io.junction.sql.schema.Schema.primaryKey;
import static io.junction.sql.schema.Schema.string;
import static io.junction.sql.schema.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tables, columns, keys and the foreign-key order of a MetaData. */
class SchemaTest {

    private static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }

    // ---- tables and columns ----------------------------------------------------------------

    @Test
    void columnsInDeclarationOrder() {
        Table nodes = SeedTables.nodes();
        assertThat(nodes.columns()).extracting(Column::name).containsExactly("id", "parent_id", "data");
        assertThat(nodes.c("data").table()).isSameAs(nodes);
        assertThat(nodes.c("data").from()).isSameAs(nodes);
        assertThat(nodes.c("data").type()).isEqualTo(string(50));
        assertThat(nodes.hasColumn("data")).isTrue();
        assertThat(nodes.hasColumn("nope")).isFalse();
        assertThat(nodes.c("data")).hasToString("table 'nodes'.data");
    }

    @Test
    void anUnknownColumnNamesTheTableAndListsItsColumns() {
        Table nodes = SeedTables.nodes();
        assertThatThrownBy(() -> nodes.c("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table 'nodes' has no column 'nope'; its columns are [id, parent_id, data]");
    }

    @Test
    void anUnknownTableListsTheDeclaredOnes() {
        MetaData metadata = SeedTables.leftRight();
        assertThat(metadata.table("left").name()).isEqualTo("left");
        assertThat(metadata.hasTable("right")).isTrue();
        assertThat(metadata.hasTable("nope")).isFalse();
        assertThatThrownBy(() -> metadata.table("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lookup: no table 'nope' in this MetaData; its tables are [left, right, association]");
    }

    @Test
    void declarationMistakesAreRefusedWithTheirNames() {
        MetaData metadata = new MetaData();
        metadata.table("t", column("id", INTEGER).primaryKey());
        assertThatThrownBy(() -> metadata.table("t", column("id", INTEGER)))
                .hasMessage("table 't' is already declared in this MetaData");
        assertThatThrownBy(() -> metadata.table("u", column("id", INTEGER), column("id", TEXT)))
                .hasMessage("table 'u' declares column 'id' twice");
        assertThatThrownBy(() -> metadata.table("v", column("a", INTEGER).primaryKey(), column("b", INTEGER), primaryKey("a", "b")))
                .hasMessageContaining("table 'v' declares primary key columns both with primaryKey(...) and on columns");
        assertThatThrownBy(() -> metadata.table("w", column("a", INTEGER), primaryKey("a"), primaryKey("a")))
                .hasMessage("table 'w' declares its primary key twice");
        assertThatThrownBy(() -> metadata.table("x", column("a", INTEGER), primaryKey("b")))
                .hasMessage("table 'x' has no column 'b'; its columns are [a]");
        assertThatThrownBy(() -> metadata.table(" ", column("id", INTEGER))).hasMessage("a table needs a name");
        assertThatThrownBy(() -> column("", INTEGER)).hasMessage("a column needs a name");
        assertThatThrownBy(() -> column("a", null)).hasMessage("column 'a' needs a type");
        assertThatThrownBy(() -> column("a", INTEGER).foreignKey("parent"))
                .hasMessage("foreign key target of column 'a' must be \"table.column\", not \"parent\"");
        assertThatThrownBy(() -> foreignKey(List.of("a", "b"), "t", List.of("id")))
                .hasMessageContaining("must name as many target columns as local ones");
        assertThatThrownBy(() -> metadata.table("y", column("a", INTEGER), foreignKey(List.of("b"), "t", List.of("id"))))
                .hasMessage("table 'y' has no column 'b'; its columns are [a]");
        assertThat(metadata.tables()).extracting(Table::name).containsExactly("t");
    }

    @Test
    void nullability() {
        MetaData metadata = new MetaData();
        Table t = metadata.table("t",
                column("id", INTEGER).primaryKey().nullable(true),
                column("a", INTEGER),
                column("b", INTEGER).nullable(false),
                column("c", INTEGER).nullable(false).nullable(true));
        assertThat(t.c("id").isNullable()).isFalse();
        assertThat(t.c("a").isNullable()).isTrue();
        assertThat(t.c("b").isNullable()).isFalse();
        assertThat(t.c("c").isNullable()).isTrue();
    }

    @Test
    void columnSpecsAreImmutable() {
        ColumnSpec plain = column("a", INTEGER);
        ColumnSpec key = plain.primaryKey();
        assertThat(key).isNotSameAs(plain);
        Table t = new MetaData().table("t", plain, column("b", INTEGER).unique().index());
        assertThat(t.c("a").isPrimaryKey()).isFalse();
        assertThat(t.c("b").isUnique()).isTrue();
        assertThat(t.c("b").isIndexed()).isTrue();
        assertThat(t.indexes()).containsExactly(new Index("ix_t_b", t, List.of(t.c("b"))));
    }

    // ---- primary keys and autoincrement ----------------------------------------------------

    @Test
    void aCompositePrimaryKeyAsATableElement() {
        Table orders = SeedTables.compositeKeys().table("orders");
        assertThat(orders.primaryKey()).extracting(Column::name).containsExactly("region", "number");
        assertThat(orders.c("region").isPrimaryKey()).isTrue();
        assertThat(orders.c("number").isNullable()).isFalse();
        assertThat(orders.c("placed").isPrimaryKey()).isFalse();
        assertThat(orders.c("number").isAutoincrement()).isFalse();
    }

    @Test
    void aCompositePrimaryKeyInTheOrderItNames() {
        Table t = new MetaData().table("t", column("a", INTEGER), column("b", INTEGER), primaryKey("b", "a"));
        assertThat(t.primaryKey()).extracting(Column::name).containsExactly("b", "a");
    }

    @Test
    void aCompositePrimaryKeyOnColumns() {
        Table association = SeedTables.associationObject().table("association");
        assertThat(association.primaryKey()).extracting(Column::name).containsExactly("left_id", "right_id");
        assertThat(association.c("left_id").isAutoincrement()).isFalse();
        assertThat(association.c("data").isNullable()).isTrue();
    }

    @Test
    void autoincrementDefaults() {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("parent", column("id", INTEGER).primaryKey());
        Table big = metadata.table("big", column("id", BIGINT).primaryKey());
        Table natural = metadata.table("natural_key", column("code", string(10)).primaryKey());
        Table manual = metadata.table("manual", column("id", INTEGER).primaryKey().autoincrement(false));
        Table oneToOne = metadata.table("one_to_one", column("id", INTEGER).primaryKey().foreignKey("parent.id"));
        Table counter = metadata.table("counter", column("id", INTEGER).primaryKey(), column("seq", INTEGER).autoincrement(true));
        Table nodes = SeedTables.nodes(metadata);

        assertThat(parent.c("id").isAutoincrement()).as("a lone integer primary key").isTrue();
        assertThat(big.c("id").isAutoincrement()).as("a lone BIGINT primary key").isTrue();
        assertThat(nodes.c("id").isAutoincrement()).isTrue();
        assertThat(nodes.c("parent_id").isAutoincrement()).as("not a primary key").isFalse();
        assertThat(nodes.c("data").isAutoincrement()).isFalse();
        assertThat(natural.c("code").isAutoincrement()).as("a string key").isFalse();
        assertThat(manual.c("id").isAutoincrement()).as("switched off").isFalse();
        assertThat(oneToOne.c("id").isAutoincrement()).as("a primary key that is a foreign key").isFalse();
        assertThat(counter.c("seq").isAutoincrement()).as("switched on").isTrue();
        assertThat(SeedTables.usersAddresses().table("users").c("username").isAutoincrement()).isFalse();
    }

    // ---- foreign keys ----------------------------------------------------------------------

    @Test
    void aForeignKeyResolvesItsTargetByName() {
        MetaData metadata = SeedTables.nodesAndAddresses();
        Table nodes = metadata.table("nodes");
        Table addresses = metadata.table("addresses");
        ForeignKey fk = addresses.foreignKeys().get(0);
        assertThat(fk.table()).isSameAs(addresses);
        assertThat(fk.columns()).containsExactly(addresses.c("node_id"));
        assertThat(fk.referencedTableName()).isEqualTo("nodes");
        assertThat(fk.referencedTable()).isSameAs(nodes);
        assertThat(fk.referencedColumns()).containsExactly(nodes.c("id"));
        assertThat(fk.referencedColumnFor(addresses.c("node_id"))).isSameAs(nodes.c("id"));
        assertThat(fk.references(nodes)).isTrue();
        assertThat(fk.references(addresses)).isFalse();
        assertThat(fk.name()).isEqualTo("addresses_node_id_fkey");
        assertThat(fk).hasToString("addresses(node_id) -> nodes(id)");
        assertThat(fk.onUpdate()).isNull();
        assertThat(fk.onDelete()).isNull();
        assertThat(addresses.c("node_id").foreignKeys()).containsExactly(fk);
        assertThat(addresses.c("node_id").references(nodes.c("id"))).isTrue();
        assertThat(addresses.c("node_id").references(nodes.c("parent_id"))).isFalse();
        assertThat(addresses.c("city").foreignKeys()).isEmpty();
        assertThat(addresses.referencedTables()).containsExactly(nodes);
        assertThat(nodes.referencedTables()).as("a self-reference is left out").isEmpty();
        assertThatThrownBy(() -> fk.referencedColumnFor(addresses.c("city")))
                .hasMessageContaining("is not a column of foreign key addresses(node_id) -> nodes(id)");
    }

    @Test
    void aForeignKeyMayBeDeclaredBeforeItsTarget() {
        MetaData metadata = new MetaData();
        Table child = metadata.table("child", column("id", INTEGER).primaryKey(), column("parent_id", INTEGER).foreignKey("parent.id"));
        assertThatThrownBy(() -> child.foreignKeys().get(0).referencedTable())
                .hasMessage("foreign key child(parent_id) -> parent(id): no table 'parent' in this MetaData; its tables are [child]");
        Table parent = metadata.table("parent", column("id", INTEGER).primaryKey());
        assertThat(child.foreignKeys().get(0).referencedColumns()).containsExactly(parent.c("id"));
    }

    @Test
    void aForeignKeyToAnUnknownColumnNamesIt() {
        MetaData metadata = new MetaData();
        metadata.table("parent", column("id", INTEGER).primaryKey());
        Table child = metadata.table("child", column("parent_id", INTEGER).foreignKey("parent.ident"));
        assertThatThrownBy(() -> child.foreignKeys().get(0).referencedColumns())
                .hasMessage("foreign key child(parent_id) -> parent(ident) references column 'ident', which table 'parent' "
                        + "does not have; its columns are [id]");
    }

    @Test
    void compositeForeignKeys() {
        MetaData metadata = SeedTables.compositeKeys();
        Table orders = metadata.table("orders");
        Table lines = metadata.table("order_lines");
        ForeignKey fk = lines.foreignKeys().get(0);
        assertThat(fk.columns()).containsExactly(lines.c("order_region"), lines.c("order_number"));
        assertThat(fk.referencedColumns()).containsExactly(orders.c("region"), orders.c("number"));
        assertThat(fk.referencedColumnFor(lines.c("order_number"))).isSameAs(orders.c("number"));
        assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(fk.name()).isEqualTo("order_lines_order_region_order_number_fkey");
        assertThat(lines.c("order_region").foreignKeys()).containsExactly(fk);
        assertThat(lines.c("order_region").references(orders.c("region"))).isTrue();
        assertThat(lines.c("order_region").references(orders.c("number"))).isFalse();
    }

    @Test
    void foreignKeyActionsAndNames() {
        Table addresses = SeedTables.usersAddresses().table("addresses");
        assertThat(addresses.foreignKeys().get(0).onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(addresses.foreignKeys().get(0).onDelete()).isNull();
        MetaData metadata = new MetaData();
        metadata.table("p", column("a", INTEGER), column("b", INTEGER), primaryKey("a", "b"));
        Table c = metadata.table("c", column("a", INTEGER), column("b", INTEGER),
                foreignKey(List.of("a", "b"), "p", List.of("a", "b")).named("c_to_p").onUpdate(ReferentialAction.CASCADE)
                        .onDelete(ReferentialAction.SET_NULL));
        ForeignKey fk = c.foreignKeys().get(0);
        assertThat(fk.name()).isEqualTo("c_to_p");
        assertThat(fk.onUpdate().sql()).isEqualTo("CASCADE");
        assertThat(fk.onDelete().sql()).isEqualTo("SET NULL");
    }

    @Test
    void uniqueConstraints() {
        Table t = new MetaData().table("t", column("a", INTEGER), column("b", INTEGER), unique("a", "b"));
        assertThat(t.uniqueConstraints()).containsExactly(List.of(t.c("a"), t.c("b")));
    }

    // ---- foreign-key order -----------------------------------------------------------------

    @Test
    void sortedTablesPutReferencedTablesFirstAndKeepDeclarationOrderOtherwise() {
        MetaData metadata = new MetaData();
        metadata.table("association", column("left_id", INTEGER).foreignKey("left.id"), column("right_id", INTEGER).foreignKey("right.id"));
        metadata.table("standalone", column("id", INTEGER).primaryKey());
        metadata.table("right", column("id", INTEGER).primaryKey());
        metadata.table("left", column("id", INTEGER).primaryKey());
        assertThat(names(metadata.sortedTables())).containsExactly("standalone", "right", "left", "association");
        assertThat(names(metadata.tables())).containsExactly("association", "standalone", "right", "left");
    }

    @Test
    void aChainDeclaredBackwardsIsReversed() {
        MetaData metadata = new MetaData();
        metadata.table("c", column("id", INTEGER).primaryKey(), column("b_id", INTEGER).foreignKey("b.id"));
        metadata.table("b", column("id", INTEGER).primaryKey(), column("a_id", INTEGER).foreignKey("a.id"));
        metadata.table("a", column("id", INTEGER).primaryKey());
        assertThat(names(metadata.sortedTables())).containsExactly("a", "b", "c");
        assertThat(metadata.cyclicForeignKeys()).isEmpty();
    }

    @Test
    void aTableReferencingItselfIsNoCycle() {
        MetaData metadata = new MetaData();
        metadata.table("child", column("id", INTEGER).primaryKey(), column("node_id", INTEGER).foreignKey("nodes.id"));
        SeedTables.nodes(metadata);
        assertThat(names(metadata.sortedTables())).containsExactly("nodes", "child");
        assertThat(metadata.cyclicForeignKeys()).isEmpty();
        assertThat(SeedTables.selfReferencingUser().cyclicForeignKeys()).isEmpty();
    }

    @Test
    void widgetAndEntryReferenceEachOther() {
        MetaData metadata = SeedTables.widgetEntry();
        Table widget = metadata.table("widget");
        Table entry = metadata.table("entry");
        assertThat(metadata.cyclicForeignKeys())
                .containsExactlyInAnyOrder(widget.foreignKeys().get(0), entry.foreignKeys().get(0));
        assertThat(names(metadata.sortedTables())).containsExactly("widget", "entry");
    }

    @Test
    void aCycleAmongOtherTables() {
        MetaData metadata = new MetaData();
        metadata.table("line", column("id", INTEGER).primaryKey(), column("widget_id", INTEGER).foreignKey("widget.widget_id"));
        metadata.table("widget", column("widget_id", INTEGER).primaryKey(), column("favorite_entry_id", INTEGER).foreignKey("entry.entry_id"),
                column("owner_id", INTEGER).foreignKey("owner.id"));
        metadata.table("entry", column("entry_id", INTEGER).primaryKey(), column("widget_id", INTEGER).foreignKey("widget.widget_id"));
        metadata.table("owner", column("id", INTEGER).primaryKey());
        assertThat(metadata.cyclicForeignKeys()).extracting(ForeignKey::name)
                .containsExactlyInAnyOrder("widget_favorite_entry_id_fkey", "entry_widget_id_fkey");
        assertThat(names(metadata.sortedTables())).containsExactly("entry", "owner", "widget", "line");
    }

    @Test
    void aForeignKeyToAnUndeclaredTableFailsTheSort() {
        MetaData metadata = new MetaData();
        metadata.table("child", column("parent_id", INTEGER).foreignKey("parent.id"));
        assertThatThrownBy(metadata::sortedTables)
                .hasMessageContaining("no table 'parent' in this MetaData");
    }

    // ---- types -----------------------------------------------------------------------------

    @Test
    void sqlTypes() {
        assertThat(string(50)).isEqualTo(string(50)).isNotEqualTo(string(51)).hasToString("VARCHAR(50)");
        assertThat(string(50).hashCode()).isEqualTo(string(50).hashCode());
        assertThat(string()).hasToString("VARCHAR");
        assertThat(numeric(10, 2)).hasToString("NUMERIC(10, 2)");
        assertThat(numeric(10, 2).javaType()).isEqualTo(BigDecimal.class);
        assertThat(numeric(10, 2).jdbcType()).isEqualTo(Types.NUMERIC);
        assertThat(INTEGER.javaType()).isEqualTo(Integer.class);
        assertThat(INTEGER.isInteger()).isTrue();
        assertThat(BIGINT.isInteger()).isTrue();
        assertThat(TEXT.isInteger()).isFalse();
        assertThat(BOOLEAN.jdbcType()).isEqualTo(Types.BOOLEAN);
        assertThat(DATE.javaType()).isEqualTo(LocalDate.class);
        assertThat(string(5).length()).isEqualTo(5);
        assertThat(numeric(10, 2).scale()).isEqualTo(2);
        assertThatThrownBy(() -> string(0)).hasMessage("a string length must be positive, not 0");
    }
}
