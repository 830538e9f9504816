package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
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

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class PendingOrphanTestSingleLevel: pending objects that are
 * orphans. A standalone "orphan" is inserted when its foreign key allows it; a pending object removed from a
 * delete-orphan collection leaves the session; without delete-orphan it stays and is inserted.
 */
class PendingOrphanSingleLevelTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("user_id", INTEGER).primaryKey(),
            column("name", string(40)));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("address_id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.user_id"),
            column("email_address", string(40)));
    static final Table ORDERS = METADATA.table("orders",
            column("order_id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.user_id").nullable(false));

    /** User.addresses "all,delete-orphan" with the backref Address.user; User.orders "all, delete-orphan". */
    static final Registry STANDALONE = new Registry(METADATA);
    /** User.addresses "all,delete-orphan" with the backref Address.user. */
    static final Registry ORPHANS = new Registry(METADATA);
    /** User.addresses "all,delete" with the backref Address.user. */
    static final Registry NO_ORPHANS = new Registry(METADATA);

    @Mapped
    static class User {
        Integer userId;
        String name;
        List<Address> addresses = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
    }

    @Mapped
    static class Address {
        Integer addressId;
        String emailAddress;
        User user;
    }

    @Mapped
    static class Order {
        Integer orderId;
        Integer userId;
    }

    @Mapped
    static class OrphansUser {
        Integer userId;
        String name;
        List<OrphansAddress> addresses = new ArrayList<>();
    }

    @Mapped
    static class OrphansAddress {
        Integer addressId;
        String emailAddress;
        OrphansUser user;
    }

    @Mapped
    static class KeptUser {
        Integer userId;
        String name;
        List<KeptAddress> addresses = new ArrayList<>();
    }

    @Mapped
    static class KeptAddress {
        Integer addressId;
        String emailAddress;
        KeptUser user;

        KeptAddress() {
        }

        KeptAddress(String emailAddress) {
            this.emailAddress = emailAddress;
        }
    }

    static {
        STANDALONE.map(Order.class, ORDERS);
        STANDALONE.map(Address.class, ADDRESSES);
        STANDALONE.map(User.class, USERS,
                relationship("addresses", Address.class).cascade("all,delete-orphan").backref("user"),
                relationship("orders", Order.class).cascade("all, delete-orphan"));
        STANDALONE.configure();

        ORPHANS.map(OrphansAddress.class, ADDRESSES);
        ORPHANS.map(OrphansUser.class, USERS,
                relationship("addresses", OrphansAddress.class).cascade("all,delete-orphan").backref("user"));
        ORPHANS.configure();

        NO_ORPHANS.map(KeptAddress.class, ADDRESSES);
        NO_ORPHANS.map(KeptUser.class, USERS,
                relationship("addresses", KeptAddress.class).cascade("all,delete").backref("user"));
        NO_ORPHANS.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_pending_standalone_orphan: persisted on the foreign key alone, when the database allows it. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void pendingStandaloneOrphan(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Address a = new Address();
            session.add(a);
            session.commit();

            Order o = new Order();
            session.add(o);
            assertThatThrownBy(session::commit).isInstanceOf(IntegrityException.class);
            session.rollback();

            User u = new User();
            session.add(u);
            session.flush();
            Order o2 = new Order();
            o2.userId = u.userId;
            session.add(o2);
            session.commit();
            assertThat(session.contains(o2)).isTrue();
            assertThat(session.newObjects()).doesNotContain(o2);
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("user_id"))))).containsExactly("null");
        assertThat(rows(engine, select(ORDERS.c("order_id")))).hasSize(1);
    }

    /** test_pending_collection_expunge: removing a pending item from the collection expunges it. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void pendingCollectionExpunge(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            OrphansUser u = new OrphansUser();
            session.add(u);
            session.flush();
            OrphansAddress a = new OrphansAddress();

            u.addresses.add(a);
            assertThat(session.contains(a)).isTrue();

            u.addresses.remove(a);
            assertThat(session.contains(a)).isFalse();

            session.delete(u);
            session.flush();
            assertThat(a.addressId).as("the address was never persisted").isNull();
        }
        assertThat(rows(engine, select(ADDRESSES.c("address_id")))).isEmpty();
    }

    /** test_nonorphans_ok: without delete-orphan, a pending item removed from the collection is still inserted. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void nonOrphansOk(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            KeptUser u = new KeptUser();
            u.name = "u1";
            u.addresses.add(new KeptAddress("ad1"));
            session.add(u);
            KeptAddress a1 = u.addresses.get(0);
            u.addresses.remove(a1);
            assertThat(session.contains(a1)).isTrue();
            session.flush();
            session.expunge(u);
            session.expunge(a1);
            assertThat(session.query(KeptAddress.class).all()).extracting(a -> a.emailAddress).containsExactly("ad1");
            session.commit();
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("email_address"), ADDRESSES.c("user_id")))))
                .containsExactly("ad1/null");
    }
}
