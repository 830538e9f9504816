package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.inspect.Junction;
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
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class O2MCascadeDeleteOrphanTest: a user's addresses
 * and orders cascade "all, delete-orphan"; a dingaling refers to an address by a plain many-to-one.
 */
class O2MCascadeDeleteOrphanTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)).nullable(false));
    static final Table ORDERS = METADATA.table("orders",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id").nullable(false),
            column("description", string(30)));
    static final Table DINGALINGS = METADATA.table("dingalings",
            column("id", INTEGER).primaryKey(),
            column("address_id", INTEGER).foreignKey("addresses.id"),
            column("data", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class User {
        Integer id;
        String name;
        List<Address> addresses = new ArrayList<>();
        List<Order> orders = new ArrayList<>();

        User() {
        }

        User(String name, Order... orders) {
            this.name = name;
            this.orders.addAll(List.of(orders));
        }
    }

    @Mapped
    static class Address {
        Integer id;
        String emailAddress;
        User user;

        Address() {
        }

        Address(String emailAddress) {
            this.emailAddress = emailAddress;
        }
    }

    @Mapped
    static class Order {
        Integer id;
        Integer userId;
        String description;

        Order() {
        }

        Order(String description) {
            this.description = description;
        }
    }

    @Mapped
    static class Dingaling {
        Integer id;
        Integer addressId;
        String data;
        Address address;

        Dingaling() {
        }

        Dingaling(String data) {
            this.data = data;
        }
    }

    static {
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(Order.class, ORDERS);
        REGISTRY.map(User.class, USERS,
                relationship("addresses", Address.class).cascade("all, delete-orphan").backref("user"),
                relationship("orders", Order.class).cascade("all, delete-orphan").orderBy(ORDERS.c("id")));
        REGISTRY.map(Dingaling.class, DINGALINGS, relationship("address", Address.class));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static long rowCount(Session session, Table table) {
        return ((Number) rows(session, select(count()).from(table)).get(0).get(0)).longValue();
    }

    private static List<String> descriptions(List<Order> orders) {
        return orders.stream().map(o -> o.description).toList();
    }

    /** test_list_assignment_new */
    @ParameterizedTest
    @EnumSource(Database.class)
    void listAssignmentNew(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u = new User("jack", new Order("order 1"), new Order("order 2"));
            session.add(u);
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT users", "INSERT orders");
            assertThat(Batches.rows(log, 1)).isEqualTo(2);
            assertThat(u.name).isEqualTo("jack");
            assertThat(descriptions(u.orders)).containsExactly("order 1", "order 2");
        }
    }

    /** test_list_assignment_replace: the replaced pending orders are orphans and are never inserted. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void listAssignmentReplace(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            User u = new User("jack", new Order("someorder"), new Order("someotherorder"));
            session.add(u);
            u.orders = new ArrayList<>(List.of(new Order("order 3"), new Order("order 4")));
            session.commit();
            assertThat(descriptions(u.orders)).containsExactly("order 3", "order 4");
            assertThat(descriptions(session.query(Order.class).orderBy(ORDERS.c("id")).all()))
                    .containsExactly("order 3", "order 4");
        }
        assertThat(strings(rows(engine, select(ORDERS.c("description")).orderBy(ORDERS.c("id")))))
                .containsExactly("order 3", "order 4");
    }

    /** test_standalone_orphan: an order without a user breaks the NOT NULL foreign key. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void standaloneOrphan(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            session.add(new Order("order 5"));
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityException.class);
        }
    }

    /** test_save_update_sends_pending: objects appended to and removed from a detached collection follow add(). */
    @ParameterizedTest
    @EnumSource(Database.class)
    void saveUpdateSendsPending(Database database) {
        Engine engine = fresh(database);
        Order o1 = new Order("o1");
        Order o2 = new Order("o2");
        Order o3 = new Order("o3");
        User u = new User("jack", o1, o2);
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(u);
            session.commit();
        }
        u.orders.add(o3);
        u.orders.remove(o1);
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(u);
            assertThat(session.contains(o1)).isTrue();
            assertThat(session.contains(o2)).isTrue();
            assertThat(session.contains(o3)).isTrue();
            session.commit();
        }
        assertThat(strings(rows(engine, select(ORDERS.c("description"), ORDERS.c("user_id")).orderBy(ORDERS.c("id")))))
                .as("o1 was deleted as an orphan").containsExactly("o2/" + u.id, "o3/" + u.id);
    }

    /** test_remove_pending_from_collection */
    @ParameterizedTest
    @EnumSource(Database.class)
    void removePendingFromCollection(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            User u = new User("jack");
            session.add(u);
            session.commit();

            Order o1 = new Order();
            u.orders.add(o1);
            assertThat(session.contains(o1)).isTrue();
            u.orders.remove(o1);
            assertThat(session.contains(o1)).isFalse();
        }
    }

    /** test_remove_pending_from_pending_parent (#4040): a pending orphan of a pending parent is expunged at flush. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void removePendingFromPendingParent(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u = new User("jack");
            Order o1 = new Order();
            session.add(o1);
            u.orders.add(o1);
            u.orders.remove(o1);
            session.add(u);
            assertThat(session.contains(o1)).isTrue();
            log.clear();
            session.flush();
            assertThat(session.contains(o1)).isFalse();
            assertThat(log.verbs()).containsExactly("INSERT users");
        }
    }

    /** test_delete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void delete(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u = new User("jack", new Order("someorder"), new Order("someotherorder"));
            session.add(u);
            session.flush();
            session.delete(u);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("DELETE orders", "DELETE users");
            assertThat(Batches.rows(log, 0)).isEqualTo(2);
            assertThat(rowCount(session, USERS)).isZero();
            assertThat(rowCount(session, ORDERS)).isZero();
        }
    }

    /** test_delete_unloaded_collections: an unloaded collection is loaded for the delete cascade. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deleteUnloadedCollections(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u = new User("jack");
            u.addresses.add(new Address("address1"));
            u.addresses.add(new Address("address2"));
            session.add(u);
            session.flush();
            session.expunge(u);
            assertThat(session.identityMapObjects()).isEmpty();
            assertThat(rowCount(session, ADDRESSES)).isEqualTo(2);
            assertThat(rowCount(session, USERS)).isEqualTo(1);

            u = session.get(User.class, u.id);
            assertThat(Junction.inspect(u).unloadedAttributes()).contains("addresses");
            log.clear();
            session.delete(u);
            session.flush();
            assertThat(log.verbs()).containsExactly("SELECT addresses", "SELECT orders", "DELETE addresses", "DELETE users");
            assertThat(rowCount(session, ADDRESSES)).isZero();
            assertThat(rowCount(session, USERS)).isZero();
        }
    }

    /** test_cascades_onlycollection: the delete cascade reaches only objects still in the collection. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadesOnlyCollection(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine).autoflush(false)) {
            User u = new User("jack", new Order("someorder"), new Order("someotherorder"));
            session.add(u);
            session.flush();

            Order o = u.orders.get(0);
            u.orders.remove(0);
            session.delete(u);
            assertThat(session.deletedObjects()).contains(u).doesNotContain(o);
            assertThat(session.contains(o)).isTrue();

            User u2 = new User("newuser", o);
            session.add(u2);
            session.flush();
            session.expunge(u2);
            assertThat(rowCount(session, USERS)).isEqualTo(1);
            assertThat(rowCount(session, ORDERS)).isEqualTo(1);
            List<User> users = session.query(User.class).all();
            assertThat(users).extracting(x -> x.name).containsExactly("newuser");
            assertThat(descriptions(users.get(0).orders)).containsExactly("someorder");
        }
    }

    /** test_cascade_nosideeffects: cascades leave unloaded attributes unloaded. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadeNoSideEffects(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u = new User("jack");
            session.add(u);
            session.flush();

            Address a = new Address("foo@bar.com");
            session.add(a);
            assertThat(a.user).isNull();
            a.user = u;
            session.flush();

            Dingaling d = new Dingaling("d1");
            d.addressId = a.id;
            session.add(d);
            session.flush();
            log.clear();
            assertThat(d.address).isSameAs(a);
            assertThat(log.count()).as("found in the identity map").isZero();
        }
    }

    /** test_cascade_delete_plusorphans */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadeDeletePlusOrphans(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            User u = new User("jack", new Order("someorder"), new Order("someotherorder"));
            session.add(u);
            session.flush();
            assertThat(rowCount(session, USERS)).isEqualTo(1);
            assertThat(rowCount(session, ORDERS)).isEqualTo(2);

            u.orders.remove(0);
            session.delete(u);
            session.flush();
            assertThat(rowCount(session, USERS)).isZero();
            assertThat(rowCount(session, ORDERS)).isZero();
        }
    }

    /** test_collection_orphans: emptying the collection deletes its members. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionOrphans(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u = new User("jack", new Order("someorder"), new Order("someotherorder"));
            session.add(u);
            session.flush();
            assertThat(rowCount(session, USERS)).isEqualTo(1);
            assertThat(rowCount(session, ORDERS)).isEqualTo(2);

            u.orders.clear();
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("DELETE orders");
            assertThat(Batches.rows(log, 0)).isEqualTo(2);
            assertThat(rowCount(session, USERS)).isEqualTo(1);
            assertThat(rowCount(session, ORDERS)).isZero();
        }
    }
}
