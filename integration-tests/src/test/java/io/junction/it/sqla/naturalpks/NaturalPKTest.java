package io.junction.it.sqla.naturalpks;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.ObjectDeletedException;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.junction.it.sqla.naturalpks.Sessions.expungeAll;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_naturalpks.py, class NaturalPKTest: string primary keys
 * that change, reaching the referencing rows through ON UPDATE CASCADE (passive updates) or
 * through UPDATEs the session emits (passive updates off).
 *
 * <p>SQLAlchemy maps the classes anew in each test; here each mapping is a namespace class of
 * its own with its own registry over the shared tables. The non-passive many-to-many runs on an
 * association table without foreign key constraints, as on the backends where SQLAlchemy expects
 * it to pass (with ON UPDATE CASCADE the database has already changed the rows the ORM's UPDATE
 * looks for, and SQLAlchemy marks it {@code fails_if(on_update_cascade)}).
 */
class NaturalPKTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("username", string(50)).primaryKey(),
            column("fullname", string(100)));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("email", string(50)).primaryKey(),
            column("username", string(50)).foreignKey("users.username", ReferentialAction.CASCADE, null));
    static final Table ITEMS = METADATA.table("items",
            column("itemname", string(50)).primaryKey(),
            column("description", string(100)));
    static final Table USERS_TO_ITEMS = METADATA.table("users_to_items",
            column("username", string(50)).primaryKey().foreignKey("users.username", ReferentialAction.CASCADE, null),
            column("itemname", string(50)).primaryKey().foreignKey("items.itemname", ReferentialAction.CASCADE, null));
    /** users_to_items as a database without ON UPDATE CASCADE (and without enforced keys) has it. */
    static final Table USERS_TO_ITEMS_NOFK = METADATA.table("users_to_items_nofk",
            column("username", string(50)).primaryKey(),
            column("itemname", string(50)).primaryKey());

    /** test_entity, test_load_after_expire, test_flush_new_pk_after_expire: User alone. */
    static final class Plain {
        @Mapped
        static class User {
            String username;
            String fullname;

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }
    }

    /** _test_onetomany(True): User.addresses. */
    static final class O2mPassive {
        @Mapped
        static class User {
            String username;
            String fullname;
            List<Address> addresses = new ArrayList<>();

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_onetomany(False). */
    static final class O2mNonPassive {
        @Mapped
        static class User {
            String username;
            String fullname;
            List<Address> addresses = new ArrayList<>();

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_manytoone(True): Address.user. */
    static final class M2oPassive {
        @Mapped
        static class User {
            String username;
            String fullname;

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;
            User user;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_manytoone(False), and test_manytoone_nonpassive_cold_mapping. */
    static final class M2oNonPassive {
        @Mapped
        static class User {
            String username;
            String fullname;

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;
            User user;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_manytoone(True, uselist=True): Address.user as a list. */
    static final class M2oPassiveList {
        @Mapped
        static class User {
            String username;
            String fullname;

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;
            List<User> user = new ArrayList<>();

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_manytoone(False, uselist=True). */
    static final class M2oNonPassiveList {
        @Mapped
        static class User {
            String username;
            String fullname;

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;
            List<User> user = new ArrayList<>();

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_onetoone(True): User.address, uselist=False. */
    static final class O2oPassive {
        @Mapped
        static class User {
            String username;
            String fullname;
            Address address;

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_onetoone(False). */
    static final class O2oNonPassive {
        @Mapped
        static class User {
            String username;
            String fullname;
            Address address;

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_bidirectional(True): Address.user with the backref User.addresses. */
    static final class BidiPassive {
        @Mapped
        static class User {
            String username;
            String fullname;
            List<Address> addresses = new ArrayList<>();

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;
            User user;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_bidirectional(False). */
    static final class BidiNonPassive {
        @Mapped
        static class User {
            String username;
            String fullname;
            List<Address> addresses = new ArrayList<>();

            User() {
            }

            User(String username, String fullname) {
                this.username = username;
                this.fullname = fullname;
            }
        }

        @Mapped
        static class Address {
            String email;
            String username;
            User user;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** _test_manytomany(True): User.items through users_to_items, backref Item.users. */
    static final class M2mPassive {
        @Mapped
        static class User {
            String username;
            String fullname;
            List<Item> items = new ArrayList<>();

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Item {
            String itemname;
            String description;
            List<User> users = new ArrayList<>();

            Item() {
            }

            Item(String itemname) {
                this.itemname = itemname;
            }
        }
    }

    /** _test_manytomany(False), through users_to_items_nofk. */
    static final class M2mNonPassive {
        @Mapped
        static class User {
            String username;
            String fullname;
            List<Item> items = new ArrayList<>();

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Item {
            String itemname;
            String description;
            List<User> users = new ArrayList<>();

            Item() {
            }

            Item(String itemname) {
                this.itemname = itemname;
            }
        }
    }

    static final List<Registry> REGISTRIES = new ArrayList<>();

    static {
        Registry plain = new Registry(METADATA);
        plain.map(Plain.User.class, USERS);
        REGISTRIES.add(plain);

        Registry o2mPassive = new Registry(METADATA);
        o2mPassive.map(O2mPassive.User.class, USERS,
                relationship("addresses", O2mPassive.Address.class).passiveUpdates(true));
        o2mPassive.map(O2mPassive.Address.class, ADDRESSES);
        REGISTRIES.add(o2mPassive);

        Registry o2mNonPassive = new Registry(METADATA);
        o2mNonPassive.map(O2mNonPassive.User.class, USERS,
                relationship("addresses", O2mNonPassive.Address.class).passiveUpdates(false));
        o2mNonPassive.map(O2mNonPassive.Address.class, ADDRESSES);
        REGISTRIES.add(o2mNonPassive);

        Registry m2oPassive = new Registry(METADATA);
        m2oPassive.map(M2oPassive.User.class, USERS);
        m2oPassive.map(M2oPassive.Address.class, ADDRESSES,
                relationship("user", M2oPassive.User.class).passiveUpdates(true));
        REGISTRIES.add(m2oPassive);

        Registry m2oNonPassive = new Registry(METADATA);
        m2oNonPassive.map(M2oNonPassive.User.class, USERS);
        m2oNonPassive.map(M2oNonPassive.Address.class, ADDRESSES,
                relationship("user", M2oNonPassive.User.class).passiveUpdates(false));
        REGISTRIES.add(m2oNonPassive);

        Registry m2oPassiveList = new Registry(METADATA);
        m2oPassiveList.map(M2oPassiveList.User.class, USERS);
        m2oPassiveList.map(M2oPassiveList.Address.class, ADDRESSES,
                relationship("user", M2oPassiveList.User.class).uselist(true).passiveUpdates(true));
        REGISTRIES.add(m2oPassiveList);

        Registry m2oNonPassiveList = new Registry(METADATA);
        m2oNonPassiveList.map(M2oNonPassiveList.User.class, USERS);
        m2oNonPassiveList.map(M2oNonPassiveList.Address.class, ADDRESSES,
                relationship("user", M2oNonPassiveList.User.class).uselist(true).passiveUpdates(false));
        REGISTRIES.add(m2oNonPassiveList);

        Registry o2oPassive = new Registry(METADATA);
        o2oPassive.map(O2oPassive.User.class, USERS,
                relationship("address", O2oPassive.Address.class).uselist(false).passiveUpdates(true));
        o2oPassive.map(O2oPassive.Address.class, ADDRESSES);
        REGISTRIES.add(o2oPassive);

        Registry o2oNonPassive = new Registry(METADATA);
        o2oNonPassive.map(O2oNonPassive.User.class, USERS,
                relationship("address", O2oNonPassive.Address.class).uselist(false).passiveUpdates(false));
        o2oNonPassive.map(O2oNonPassive.Address.class, ADDRESSES);
        REGISTRIES.add(o2oNonPassive);

        Registry bidiPassive = new Registry(METADATA);
        bidiPassive.map(BidiPassive.User.class, USERS);
        bidiPassive.map(BidiPassive.Address.class, ADDRESSES,
                relationship("user", BidiPassive.User.class).passiveUpdates(true).backref("addresses"));
        REGISTRIES.add(bidiPassive);

        Registry bidiNonPassive = new Registry(METADATA);
        bidiNonPassive.map(BidiNonPassive.User.class, USERS);
        bidiNonPassive.map(BidiNonPassive.Address.class, ADDRESSES,
                relationship("user", BidiNonPassive.User.class).passiveUpdates(false).backref("addresses"));
        REGISTRIES.add(bidiNonPassive);

        Registry m2mPassive = new Registry(METADATA);
        m2mPassive.map(M2mPassive.User.class, USERS,
                relationship("items", M2mPassive.Item.class).secondary(USERS_TO_ITEMS).backref("users")
                        .passiveUpdates(true));
        m2mPassive.map(M2mPassive.Item.class, ITEMS);
        REGISTRIES.add(m2mPassive);

        Registry m2mNonPassive = new Registry(METADATA);
        m2mNonPassive.map(M2mNonPassive.User.class, USERS,
                relationship("items", M2mNonPassive.Item.class).secondary(USERS_TO_ITEMS_NOFK)
                        .primaryJoin(USERS.c("username").eq(USERS_TO_ITEMS_NOFK.c("username")))
                        .secondaryJoin(ITEMS.c("itemname").eq(USERS_TO_ITEMS_NOFK.c("itemname")))
                        .foreignKeys(USERS_TO_ITEMS_NOFK.c("username"), USERS_TO_ITEMS_NOFK.c("itemname"))
                        .backref("users")
                        .passiveUpdates(false));
        m2mNonPassive.map(M2mNonPassive.Item.class, ITEMS);
        REGISTRIES.add(m2mNonPassive);

        REGISTRIES.forEach(Registry::configure);
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_entity */
    @ParameterizedTest
    @EnumSource(Database.class)
    void entity(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Plain.User u1 = new Plain.User("jack", "jack");
            session.add(u1);
            session.flush();
            assertThat(session.get(Plain.User.class, "jack")).isSameAs(u1);

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE users SET username=? WHERE users.username = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("ed", "jack");

            log.clear();
            assertThat(session.get(Plain.User.class, "ed")).as("the identity map is re-keyed").isSameAs(u1);
            assertThat(log.count()).isZero();

            assertThat(session.get(Plain.User.class, "jack")).isNull();

            expungeAll(session);
            Plain.User reloaded = session.get(Plain.User.class, "ed");
            assertThat(reloaded).isNotSameAs(u1);
            assertThat(reloaded.username).isEqualTo("ed");
            assertThat(reloaded.fullname).isEqualTo("jack");
        }
    }

    /** test_load_after_expire */
    @ParameterizedTest
    @EnumSource(Database.class)
    void loadAfterExpire(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Plain.User u1 = new Plain.User("jack", "jack");
            session.add(u1);
            session.flush();
            assertThat(session.get(Plain.User.class, "jack")).isSameAs(u1);

            session.connection().execute(update(USERS).set(Map.of(USERS.c("username"), "ed")));

            // the row is found by primary key, and that key is gone
            session.expire(u1);
            assertThatThrownBy(() -> {
                String ignored = u1.username;
            }).isInstanceOf(ObjectDeletedException.class);

            expungeAll(session);
            assertThat(session.get(Plain.User.class, "jack")).isNull();
            assertThat(session.get(Plain.User.class, "ed").fullname).isEqualTo("jack");
        }
    }

    /** test_flush_new_pk_after_expire */
    @ParameterizedTest
    @EnumSource(Database.class)
    void flushNewPkAfterExpire(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Plain.User u1 = new Plain.User("jack", "jack");
            session.add(u1);
            session.flush();
            assertThat(session.get(Plain.User.class, "jack")).isSameAs(u1);

            session.expire(u1);
            u1.username = "ed";
            session.flush();
            expungeAll(session);
            assertThat(session.get(Plain.User.class, "ed").fullname).isEqualTo("jack");
        }
    }

    /** test_onetomany_passive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2mPassive.User u1 = new O2mPassive.User("jack", "jack");
            u1.addresses.add(new O2mPassive.Address("jack1"));
            u1.addresses.add(new O2mPassive.Address("jack2"));
            session.add(u1);
            session.flush();
            assertThat(session.get(O2mPassive.Address.class, "jack1")).isSameAs(u1.addresses.get(0));

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).as("the database cascades").containsExactly("UPDATE users");
            assertThat(u1.addresses.get(0).username).isEqualTo("ed");

            expungeAll(session);
            assertThat(session.query(O2mPassive.Address.class).all()).extracting(a -> a.username)
                    .containsExactly("ed", "ed");

            O2mPassive.User ed = session.get(O2mPassive.User.class, "ed");
            ed.username = "jack";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");

            expungeAll(session);
            O2mPassive.User jack = session.get(O2mPassive.User.class, "jack");
            assertThat(jack.username).isEqualTo("jack");
            assertThat(jack.addresses).extracting(a -> a.username).containsExactly("jack", "jack");

            jack.addresses = new ArrayList<>();
            jack.username = "fred";
            session.flush();
            expungeAll(session);
            assertThat(session.get(O2mPassive.Address.class, "jack1").username).isNull();
            O2mPassive.User fred = session.get(O2mPassive.User.class, "fred");
            assertThat(fred.username).isEqualTo("fred");
            assertThat(fred.fullname).isEqualTo("jack");
        }
    }

    /** test_onetomany_nonpassive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2mNonPassive.User u1 = new O2mNonPassive.User("jack", "jack");
            u1.addresses.add(new O2mNonPassive.Address("jack1"));
            u1.addresses.add(new O2mNonPassive.Address("jack2"));
            session.add(u1);
            session.flush();
            assertThat(session.get(O2mNonPassive.Address.class, "jack1")).isSameAs(u1.addresses.get(0));

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses");
            assertThat(u1.addresses.get(0).username).isEqualTo("ed");

            expungeAll(session);
            assertThat(session.query(O2mNonPassive.Address.class).all()).extracting(a -> a.username)
                    .containsExactly("ed", "ed");

            O2mNonPassive.User ed = session.get(O2mNonPassive.User.class, "ed");
            ed.username = "jack";
            log.clear();
            session.flush();
            // load addresses, update user, update the two addresses in one batch
            assertThat(log.verbs()).containsExactly("SELECT addresses", "UPDATE users", "UPDATE addresses");
            assertThat(log.sql().get(2)).isEqualTo("UPDATE addresses SET username=? WHERE addresses.email = ?");
            assertThat(log.statements().get(2).parameterSets()).containsExactlyInAnyOrder(
                    List.of("jack", "jack1"), List.of("jack", "jack2"));

            expungeAll(session);
            O2mNonPassive.User jack = session.get(O2mNonPassive.User.class, "jack");
            assertThat(jack.username).isEqualTo("jack");
            assertThat(jack.addresses).extracting(a -> a.username).containsExactly("jack", "jack");

            jack.addresses = new ArrayList<>();
            jack.username = "fred";
            session.flush();
            expungeAll(session);
            assertThat(session.get(O2mNonPassive.Address.class, "jack1").username).isNull();
            O2mNonPassive.User fred = session.get(O2mNonPassive.User.class, "fred");
            assertThat(fred.username).isEqualTo("fred");
            assertThat(fred.fullname).isEqualTo("jack");
        }
    }

    /** test_manytoone_passive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOnePassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oPassive.Address a1 = new M2oPassive.Address("jack1");
            M2oPassive.Address a2 = new M2oPassive.Address("jack2");
            M2oPassive.Address a3 = new M2oPassive.Address("fred");
            M2oPassive.User u1 = new M2oPassive.User("jack", "jack");
            a1.user = u1;
            a2.user = u1;
            session.add(a1);
            session.add(a2);
            session.add(a3);
            session.flush();

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");
            log.clear();
            session.flush();
            assertThat(log.count()).as("nothing left to flush").isZero();

            assertThat(a1.username).isEqualTo("ed");
            assertThat(a2.username).isEqualTo("ed");

            expungeAll(session);
            List<M2oPassive.Address> all = session.query(M2oPassive.Address.class).orderBy(ADDRESSES.c("email")).all();
            assertThat(all).extracting(a -> a.email).containsExactly("fred", "jack1", "jack2");
            assertThat(all.get(0).user).isNull();
            assertThat(all).extracting(a -> a.username).containsExactly(null, "ed", "ed");
        }
    }

    /** test_manytoone_nonpassive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oNonPassive.Address a1 = new M2oNonPassive.Address("jack1");
            M2oNonPassive.Address a2 = new M2oNonPassive.Address("jack2");
            M2oNonPassive.Address a3 = new M2oNonPassive.Address("fred");
            M2oNonPassive.User u1 = new M2oNonPassive.User("jack", "jack");
            a1.user = u1;
            a2.user = u1;
            session.add(a1);
            session.add(a2);
            session.add(a3);
            session.flush();

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses");
            assertThat(log.statements().get(1).parameterSets()).containsExactly(
                    List.of("ed", "jack1"), List.of("ed", "jack2"));
            log.clear();
            session.flush();
            assertThat(log.count()).as("nothing left to flush").isZero();

            assertThat(a1.username).isEqualTo("ed");
            assertThat(a2.username).isEqualTo("ed");

            expungeAll(session);
            List<M2oNonPassive.Address> all = session.query(M2oNonPassive.Address.class)
                    .orderBy(ADDRESSES.c("email")).all();
            assertThat(all).extracting(a -> a.email).containsExactly("fred", "jack1", "jack2");
            assertThat(all.get(0).user).isNull();
            assertThat(all).extracting(a -> a.username).containsExactly(null, "ed", "ed");
        }
    }

    /** test_manytoone_passive_uselist */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOnePassiveUselist(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oPassiveList.Address a1 = new M2oPassiveList.Address("jack1");
            M2oPassiveList.Address a2 = new M2oPassiveList.Address("jack2");
            M2oPassiveList.Address a3 = new M2oPassiveList.Address("fred");
            M2oPassiveList.User u1 = new M2oPassiveList.User("jack", "jack");
            a1.user = new ArrayList<>(List.of(u1));
            a2.user = new ArrayList<>(List.of(u1));
            session.add(a1);
            session.add(a2);
            session.add(a3);
            session.flush();

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");
            log.clear();
            session.flush();
            assertThat(log.count()).as("nothing left to flush").isZero();

            assertThat(a1.username).isEqualTo("ed");
            assertThat(a2.username).isEqualTo("ed");

            expungeAll(session);
            List<M2oPassiveList.Address> all = session.query(M2oPassiveList.Address.class)
                    .orderBy(ADDRESSES.c("email")).all();
            assertThat(all).extracting(a -> a.email).containsExactly("fred", "jack1", "jack2");
            assertThat(all.get(0).user).isEmpty();
            assertThat(all).extracting(a -> a.username).containsExactly(null, "ed", "ed");
        }
    }

    /** test_manytoone_nonpassive_uselist */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneNonPassiveUselist(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oNonPassiveList.Address a1 = new M2oNonPassiveList.Address("jack1");
            M2oNonPassiveList.Address a2 = new M2oNonPassiveList.Address("jack2");
            M2oNonPassiveList.Address a3 = new M2oNonPassiveList.Address("fred");
            M2oNonPassiveList.User u1 = new M2oNonPassiveList.User("jack", "jack");
            a1.user = new ArrayList<>(List.of(u1));
            a2.user = new ArrayList<>(List.of(u1));
            session.add(a1);
            session.add(a2);
            session.add(a3);
            session.flush();

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses");
            assertThat(log.statements().get(1).parameterSets()).containsExactly(
                    List.of("ed", "jack1"), List.of("ed", "jack2"));
            log.clear();
            session.flush();
            assertThat(log.count()).as("nothing left to flush").isZero();

            assertThat(a1.username).isEqualTo("ed");
            assertThat(a2.username).isEqualTo("ed");

            expungeAll(session);
            List<M2oNonPassiveList.Address> all = session.query(M2oNonPassiveList.Address.class)
                    .orderBy(ADDRESSES.c("email")).all();
            assertThat(all).extracting(a -> a.email).containsExactly("fred", "jack1", "jack2");
            assertThat(all.get(0).user).isEmpty();
            assertThat(all).extracting(a -> a.username).containsExactly(null, "ed", "ed");
        }
    }

    /**
     * test_manytoone_nonpassive_cold_mapping: the rows exist before the session, and the
     * addresses' many-to-one has not been loaded; the session still finds them in its identity
     * map and updates them.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneNonPassiveColdMapping(Database database) {
        Engine engine = fresh(database);
        try (var connection = engine.connect()) {
            connection.execute(insert(USERS).values(Map.of(USERS.c("username"), "jack", USERS.c("fullname"), "jack")));
            connection.execute(insert(ADDRESSES).values(Map.of(ADDRESSES.c("email"), "jack1", ADDRESSES.c("username"), "jack")));
            connection.execute(insert(ADDRESSES).values(Map.of(ADDRESSES.c("email"), "jack2", ADDRESSES.c("username"), "jack")));
            connection.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oNonPassive.User u1 = session.query(M2oNonPassive.User.class).first();
            List<M2oNonPassive.Address> addresses = session.query(M2oNonPassive.Address.class).all();
            assertThat(addresses).hasSize(2);
            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses");
            assertThat(log.statements().get(1).parameterSets()).hasSize(2);
        }
    }

    /** test_onetoone_passive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToOnePassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2oPassive.User u1 = new O2oPassive.User("jack", "jack");
            session.add(u1);
            session.flush();

            O2oPassive.Address a1 = new O2oPassive.Address("jack1");
            u1.address = a1;
            session.add(a1);
            session.flush();

            u1.username = "ed";
            // SQLAlchemy expires u1.address here (sess.expire(u1, ["address"])); Junction has no
            // attribute-level expire, so the address stays loaded and follows in memory.
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");
            log.clear();
            session.flush();
            assertThat(log.count()).isZero();

            expungeAll(session);
            assertThat(session.query(O2oPassive.Address.class).all()).extracting(a -> a.username).containsExactly("ed");
        }
    }

    /** test_onetoone_nonpassive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToOneNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2oNonPassive.User u1 = new O2oNonPassive.User("jack", "jack");
            session.add(u1);
            session.flush();

            O2oNonPassive.Address a1 = new O2oNonPassive.Address("jack1");
            u1.address = a1;
            session.add(a1);
            session.flush();

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses");
            log.clear();
            session.flush();
            assertThat(log.count()).isZero();

            expungeAll(session);
            assertThat(session.query(O2oNonPassive.Address.class).all()).extracting(a -> a.username)
                    .containsExactly("ed");
        }
    }

    /** test_bidirectional_passive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void bidirectionalPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            BidiPassive.Address a1 = new BidiPassive.Address("jack1");
            BidiPassive.Address a2 = new BidiPassive.Address("jack2");
            BidiPassive.User u1 = new BidiPassive.User("jack", "jack");
            a1.user = u1;
            a2.user = u1;
            session.add(a1);
            session.add(a2);
            session.flush();

            u1.username = "ed";
            List<BidiPassive.Address> loaded = session.query(BidiPassive.Address.class).orderBy(ADDRESSES.c("email")).all();
            assertThat(loaded).containsExactly(a1, a2);
            assertThat(loaded).extracting(a -> a.username).containsExactly("jack", "jack");

            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");
            assertThat(loaded).extracting(a -> a.username).containsExactly("ed", "ed");

            expungeAll(session);
            assertThat(session.query(BidiPassive.Address.class).all()).extracting(a -> a.username)
                    .containsExactly("ed", "ed");

            BidiPassive.User ed = session.get(BidiPassive.User.class, "ed");
            assertThat(ed.addresses).hasSize(2);
            ed.username = "fred";
            log.clear();
            session.flush();
            // the backref User.addresses is passive as well
            assertThat(log.verbs()).containsExactly("UPDATE users");

            expungeAll(session);
            assertThat(session.query(BidiPassive.Address.class).all()).extracting(a -> a.username)
                    .containsExactly("fred", "fred");
        }
    }

    /** test_bidirectional_nonpassive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void bidirectionalNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            BidiNonPassive.Address a1 = new BidiNonPassive.Address("jack1");
            BidiNonPassive.Address a2 = new BidiNonPassive.Address("jack2");
            BidiNonPassive.User u1 = new BidiNonPassive.User("jack", "jack");
            a1.user = u1;
            a2.user = u1;
            session.add(a1);
            session.add(a2);
            session.flush();

            u1.username = "ed";
            List<BidiNonPassive.Address> loaded = session.query(BidiNonPassive.Address.class)
                    .orderBy(ADDRESSES.c("email")).all();
            assertThat(loaded).containsExactly(a1, a2);
            assertThat(loaded).extracting(a -> a.username).containsExactly("jack", "jack");

            log.clear();
            session.flush();
            // the two address updates are one batch
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses");
            assertThat(log.statements().get(1).parameterSets()).hasSize(2);
            assertThat(loaded).extracting(a -> a.username).containsExactly("ed", "ed");

            expungeAll(session);
            assertThat(session.query(BidiNonPassive.Address.class).all()).extracting(a -> a.username)
                    .containsExactly("ed", "ed");

            BidiNonPassive.User ed = session.get(BidiNonPassive.User.class, "ed");
            assertThat(ed.addresses).hasSize(2);
            ed.username = "fred";
            log.clear();
            session.flush();
            // the backref User.addresses is not passive either
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses");
            assertThat(log.statements().get(1).parameterSets()).hasSize(2);

            expungeAll(session);
            assertThat(session.query(BidiNonPassive.Address.class).all()).extracting(a -> a.username)
                    .containsExactly("fred", "fred");
        }
    }

    /** test_manytomany_passive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToManyPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2mPassive.User u1 = new M2mPassive.User("jack");
            M2mPassive.User u2 = new M2mPassive.User("fred");
            M2mPassive.Item i1 = new M2mPassive.Item("item1");
            M2mPassive.Item i2 = new M2mPassive.Item("item2");
            u1.items.add(i1);
            u1.items.add(i2);
            i2.users.add(u2);
            session.add(u1);
            session.add(u2);
            session.flush();

            List<M2mPassive.Item> r = session.query(M2mPassive.Item.class).orderBy(ITEMS.c("itemname")).all();
            assertThat(r).extracting(i -> i.itemname).containsExactly("item1", "item2");
            assertThat(r.get(0).users).extracting(u -> u.username).containsExactly("jack");
            assertThat(r.get(1).users).extracting(u -> u.username).containsExactly("jack", "fred");

            u2.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).as("the database cascades into users_to_items").containsExactly("UPDATE users");
            log.clear();
            session.flush();
            assertThat(log.count()).isZero();

            expungeAll(session);
            r = session.query(M2mPassive.Item.class).orderBy(ITEMS.c("itemname")).all();
            assertThat(r).extracting(i -> i.itemname).containsExactly("item1", "item2");
            assertThat(r.get(0).users).extracting(u -> u.username).containsExactly("jack");
            assertThat(r.get(1).users).extracting(u -> u.username).containsExactlyInAnyOrder("ed", "jack");

            expungeAll(session);
            M2mPassive.User ed = session.get(M2mPassive.User.class, "ed");
            ed.username = "wendy";
            session.flush();
            r = session.query(M2mPassive.Item.class).withParent(ed, "items").all();
            assertThat(r).extracting(i -> i.itemname).containsExactly("item2");
            session.commit();
        }
        assertThat(strings(rows(engine, select(USERS_TO_ITEMS.c("username"), USERS_TO_ITEMS.c("itemname"))
                .orderBy(USERS_TO_ITEMS.c("username"), USERS_TO_ITEMS.c("itemname")))))
                .containsExactly("jack/item1", "jack/item2", "wendy/item2");
    }

    /**
     * test_manytomany_nonpassive, on an association table without ON UPDATE CASCADE: the session
     * updates the association rows itself.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToManyNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2mNonPassive.User u1 = new M2mNonPassive.User("jack");
            M2mNonPassive.User u2 = new M2mNonPassive.User("fred");
            M2mNonPassive.Item i1 = new M2mNonPassive.Item("item1");
            M2mNonPassive.Item i2 = new M2mNonPassive.Item("item2");
            u1.items.add(i1);
            u1.items.add(i2);
            i2.users.add(u2);
            session.add(u1);
            session.add(u2);
            session.flush();

            List<M2mNonPassive.Item> r = session.query(M2mNonPassive.Item.class).orderBy(ITEMS.c("itemname")).all();
            assertThat(r).extracting(i -> i.itemname).containsExactly("item1", "item2");
            assertThat(r.get(0).users).extracting(u -> u.username).containsExactly("jack");
            assertThat(r.get(1).users).extracting(u -> u.username).containsExactly("jack", "fred");

            u2.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE users_to_items_nofk");
            assertThat(log.statements().get(1).parameterSets()).hasSize(1);
            log.clear();
            session.flush();
            assertThat(log.count()).isZero();

            expungeAll(session);
            r = session.query(M2mNonPassive.Item.class).orderBy(ITEMS.c("itemname")).all();
            assertThat(r).extracting(i -> i.itemname).containsExactly("item1", "item2");
            assertThat(r.get(0).users).extracting(u -> u.username).containsExactly("jack");
            assertThat(r.get(1).users).extracting(u -> u.username).containsExactlyInAnyOrder("ed", "jack");

            expungeAll(session);
            M2mNonPassive.User ed = session.get(M2mNonPassive.User.class, "ed");
            ed.username = "wendy";
            session.flush();
            r = session.query(M2mNonPassive.Item.class).withParent(ed, "items").all();
            assertThat(r).extracting(i -> i.itemname).containsExactly("item2");
            session.commit();
        }
        assertThat(strings(rows(engine, select(USERS_TO_ITEMS_NOFK.c("username"), USERS_TO_ITEMS_NOFK.c("itemname"))
                .orderBy(USERS_TO_ITEMS_NOFK.c("username"), USERS_TO_ITEMS_NOFK.c("itemname")))))
                .containsExactly("jack/item1", "jack/item2", "wendy/item2");
    }
}
