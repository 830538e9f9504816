package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class NoSaveCascadeBackrefTest: a backref set by the forward side
 * does not pull the other object into the session along a relationship that does not cascade save-update.
 */
class NoSaveCascadeBackrefTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ORDERS = METADATA.table("orders",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("description", string(30)));
    static final Table ITEMS = METADATA.table("items",
            column("id", INTEGER).primaryKey(),
            column("description", string(30)));
    static final Table KEYWORDS = METADATA.table("keywords",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ITEM_KEYWORDS = METADATA.table("item_keywords",
            column("item_id", INTEGER).foreignKey("items.id"),
            column("keyword_id", INTEGER).foreignKey("keywords.id"));

    /** User.orders with the backref Order.user, which cascades nothing. */
    static final Registry O2M = new Registry(METADATA);
    /** Order.user with the backref User.orders, which cascades nothing. */
    static final Registry M2O = new Registry(METADATA);
    /** Item.keywords cascading nothing, with the backref Keyword.items. */
    static final Registry M2M = new Registry(METADATA);

    @Mapped
    static class O2mUser {
        Integer id;
        List<O2mOrder> orders = new ArrayList<>();
    }

    @Mapped
    static class O2mOrder {
        Integer id;
        O2mUser user;
    }

    @Mapped
    static class M2oUser {
        Integer id;
        List<M2oOrder> orders = new ArrayList<>();
    }

    @Mapped
    static class M2oOrder {
        Integer id;
        M2oUser user;
    }

    @Mapped
    static class Item {
        Integer id;
        List<Keyword> keywords = new ArrayList<>();
    }

    @Mapped
    static class Keyword {
        Integer id;
        List<Item> items = new ArrayList<>();
    }

    static {
        O2M.map(O2mOrder.class, ORDERS);
        O2M.map(O2mUser.class, USERS, relationship("orders", O2mOrder.class).backref(backref("user").cascade("none")));
        O2M.configure();

        M2O.map(M2oOrder.class, ORDERS, relationship("user", M2oUser.class).backref(backref("orders").cascade("none")));
        M2O.map(M2oUser.class, USERS);
        M2O.configure();

        M2M.map(Item.class, ITEMS, relationship("keywords", Keyword.class).secondary(ITEM_KEYWORDS).cascade("none")
                .backref("items"));
        M2M.map(Keyword.class, KEYWORDS);
        M2M.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_unidirectional_cascade_o2m */
    @ParameterizedTest
    @EnumSource(Database.class)
    void unidirectionalCascadeO2m(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            O2mOrder o1 = new O2mOrder();
            session.add(o1);
            O2mUser u1 = new O2mUser();
            u1.orders.add(o1);
            assertThat(o1.user).isSameAs(u1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(o1)).isTrue();
        }
        try (Session session = new Session(engine)) {
            O2mOrder o1 = new O2mOrder();
            O2mUser u1 = new O2mUser();
            u1.orders.add(o1);
            session.add(o1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(o1)).isTrue();
        }
    }

    /** test_unidirectional_cascade_m2o */
    @ParameterizedTest
    @EnumSource(Database.class)
    void unidirectionalCascadeM2o(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oUser u1 = new M2oUser();
            session.add(u1);
            M2oOrder o1 = new M2oOrder();
            o1.user = u1;
            assertThat(u1.orders).containsExactly(o1);
            assertThat(session.contains(o1)).isFalse();
            assertThat(session.contains(u1)).isTrue();
        }
        try (Session session = new Session(engine)) {
            M2oUser u1 = new M2oUser();
            M2oOrder o1 = new M2oOrder();
            o1.user = u1;
            session.add(u1);
            assertThat(session.contains(o1)).isFalse();
            assertThat(session.contains(u1)).isTrue();
        }
    }

    /** test_unidirectional_cascade_m2m */
    @ParameterizedTest
    @EnumSource(Database.class)
    void unidirectionalCascadeM2m(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Item i1 = new Item();
            Keyword k1 = new Keyword();
            session.add(i1);
            i1.keywords.add(k1);
            assertThat(k1.items).containsExactly(i1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(k1)).isFalse();
        }
        try (Session session = new Session(engine)) {
            Item i1 = new Item();
            Keyword k1 = new Keyword();
            session.add(i1);
            k1.items.add(i1);
            assertThat(i1.keywords).containsExactly(k1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(k1)).isFalse();
        }
    }
}
