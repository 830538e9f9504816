package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Cascade;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cascades: save-update and merge by default, delete, delete-orphan, refresh-expire, expunge and all; and merge. */
class CascadeTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table ORDERS = METADATA.table("orders", column("id", INTEGER).primaryKey(), column("note", string(50)));
    static final Table ITEMS = METADATA.table("items", column("id", INTEGER).primaryKey(),
            column("order_id", INTEGER).foreignKey("orders.id"), column("sku", string(20)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Order {
        Integer id;
        String note;
        List<Item> items = new ArrayList<>();
    }

    @Mapped
    static class Item {
        Integer id;
        String sku;
        Order order;

        Item() {
        }

        Item(String sku) {
            this.sku = sku;
        }
    }

    static {
        REGISTRY.map(Order.class, ORDERS, relationship("items", Item.class).cascade("all, delete-orphan").backref("order"));
        REGISTRY.map(Item.class, ITEMS);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @Test
    void cascadeSpecificationsFollowSqlalchemy() {
        assertThat(Cascade.DEFAULT).isEqualTo(Cascade.parse("save-update, merge"));
        Cascade all = Cascade.parse("all, delete-orphan");
        for (Cascade.Option option : Cascade.Option.values()) {
            assertThat(all.has(option)).as(option.name()).isTrue();
        }
        assertThat(Cascade.parse("all").deleteOrphan()).isFalse();
        assertThatThrownBy(() -> Cascade.parse("save-update, remove")).hasMessageContaining("unknown cascade 'remove'");
    }

    private static Integer saveOrder(Engine engine, String... skus) {
        try (Session session = new Session(engine)) {
            Order order = new Order();
            order.note = "first";
            for (String sku : skus) {
                order.items.add(new Item(sku));
            }
            session.add(order);
            session.flush();
            Integer id = order.id;
            session.commit();
            return id;
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void mergeCopiesADetachedObjectOntoThePersistentOneAndCascades(Database database) {
        Engine engine = fresh(database);
        Integer id = saveOrder(engine, "a");
        Order detached;
        try (Session session = new Session(engine)) {
            detached = session.get(Order.class, id);
            detached.items.size();
        }
        detached.note = "changed while detached";
        detached.items.get(0).sku = "a2";
        detached.items.add(new Item("b"));
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Order merged = session.merge(detached);
            assertThat(merged).isNotSameAs(detached);
            assertThat(merged.note).isEqualTo("changed while detached");
            assertThat(merged.items).extracting(i -> i.sku).containsExactly("a2", "b");
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE orders", "UPDATE items", "INSERT items");
        }
        assertThat(strings(rows(engine, select(ITEMS.c("sku"), ITEMS.c("order_id")).orderBy(ITEMS.c("id")))))
                .containsExactly("a2/" + id, "b/" + id);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void refreshExpireAndExpungeFollowTheRelationship(Database database) {
        Engine engine = fresh(database);
        Integer id = saveOrder(engine, "a");
        try (Session session = new Session(engine)) {
            Order order = session.get(Order.class, id);
            Item item = order.items.get(0);
            item.sku = "unsaved";
            session.refresh(order);
            assertThat(item.sku).as("refresh cascades to the loaded items").isEqualTo("a");

            assertThat(order.items).containsExactly(item);
            session.expunge(order);
            assertThat(session.contains(order)).isFalse();
            assertThat(session.contains(item)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void saveUpdateCascadesOnFlushToObjectsAppendedAfterAdd(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Order order = new Order();
            session.add(order);
            order.items.add(new Item("late"));
            session.commit();
        }
        assertThat(strings(rows(engine, select(ITEMS.c("sku"))))).containsExactly("late");
    }
}
