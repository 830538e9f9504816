package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class PendingOrphanTestTwoLevel: order -> items -> attributes,
 * each "all, delete-orphan" with NOT NULL foreign keys; a pending item removed before the flush is never inserted,
 * nor are its pending attributes.
 */
class PendingOrphanTwoLevelTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table ORDER = METADATA.table("order",
            column("id", INTEGER).primaryKey());
    static final Table ITEM = METADATA.table("item",
            column("id", INTEGER).primaryKey(),
            column("order_id", INTEGER).foreignKey("order.id").nullable(false));
    static final Table ATTRIBUTE = METADATA.table("attribute",
            column("id", INTEGER).primaryKey(),
            column("item_id", INTEGER).foreignKey("item.id").nullable(false));

    /** Order.items only. */
    static final Registry SINGLE = new Registry(METADATA);
    /** Order.items and Item.attributes. */
    static final Registry MULTI = new Registry(METADATA);

    @Mapped
    static class SingleOrder {
        Integer id;
        List<SingleItem> items = new ArrayList<>();
    }

    @Mapped
    static class SingleItem {
        Integer id;
    }

    @Mapped
    static class Order {
        Integer id;
        List<Item> items = new ArrayList<>();
    }

    @Mapped
    static class Item {
        Integer id;
        List<Attribute> attributes = new ArrayList<>();
    }

    @Mapped
    static class Attribute {
        Integer id;
    }

    static {
        SINGLE.map(SingleOrder.class, ORDER, relationship("items", SingleItem.class).cascade("all, delete-orphan"));
        SINGLE.map(SingleItem.class, ITEM);
        SINGLE.configure();

        MULTI.map(Order.class, ORDER, relationship("items", Item.class).cascade("all, delete-orphan"));
        MULTI.map(Item.class, ITEM, relationship("attributes", Attribute.class).cascade("all, delete-orphan"));
        MULTI.map(Attribute.class, ATTRIBUTE);
        MULTI.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_singlelevel_remove */
    @ParameterizedTest
    @EnumSource(Database.class)
    void singleLevelRemove(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            SingleOrder o1 = new SingleOrder();
            session.add(o1);

            SingleItem i1 = new SingleItem();
            o1.items.add(i1);
            o1.items.remove(i1);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"order\"");
            assertThat(o1.items).doesNotContain(i1);
        }
        assertThat(rows(engine, select(ITEM.c("id")))).isEmpty();
    }

    /** test_multilevel_remove: expunging the orphaned item cascades to its attribute. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void multiLevelRemove(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Order o1 = new Order();
            session.add(o1);

            Item i1 = new Item();
            Attribute a1 = new Attribute();
            i1.attributes.add(a1);
            o1.items.add(i1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(a1)).isTrue();

            o1.items.remove(i1);
            assertThat(session.contains(i1)).isFalse();
            assertThat(session.contains(a1)).isFalse();

            session.commit();
            assertThat(session.contains(o1)).isTrue();
            assertThat(session.contains(a1)).isFalse();
            assertThat(session.contains(i1)).isFalse();
            assertThat(o1.items).doesNotContain(i1);
        }
        assertThat(rows(engine, select(ITEM.c("id")))).isEmpty();
        assertThat(rows(engine, select(ATTRIBUTE.c("id")))).isEmpty();
    }
}
