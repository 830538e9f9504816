package io.junction.it.sqla.naturalpks;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
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

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_naturalpks.py, class CascadeToFKPKTest: a primary key
 * change cascades onto a foreign key that is itself part of the referencing table's primary key.
 *
 * <p>The variants SQLAlchemy runs only where the database does not cascade updates
 * ({@code requires.non_updating_cascade}: test_onetomany_nonpassive, test_change_m2o_nonpassive
 * and its uselist form) run here over {@code addresses_nofk}, the same table without a foreign
 * key constraint, with the relationship's join given explicitly. With ON UPDATE CASCADE the
 * database would already have changed the rows the session's UPDATE looks for.
 */
class CascadeToFKPKTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("username", string(50)).primaryKey());
    static final Table ADDRESSES = METADATA.table("addresses",
            column("username", string(50)).primaryKey().foreignKey("users.username", ReferentialAction.CASCADE, null),
            column("email", string(50)).primaryKey(),
            column("etc", string(50)));
    /** addresses as a database without ON UPDATE CASCADE (and without enforced keys) has it. */
    static final Table ADDRESSES_NOFK = METADATA.table("addresses_nofk",
            column("username", string(50)).primaryKey(),
            column("email", string(50)).primaryKey(),
            column("etc", string(50)));

    /** User.addresses, passive updates: _test_onetomany(True), _test_o2m_change(True), _test_o2m_move(True). */
    static final class O2mPassive {
        @Mapped
        static class User {
            String username;
            List<Address> addresses = new ArrayList<>();

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Address {
            String username;
            String email;
            String etc;

            Address() {
            }

            Address(String username, String email) {
                this.username = username;
                this.email = email;
            }
        }
    }

    /** User.addresses, passive updates off: _test_o2m_change(False), _test_o2m_move(False). */
    static final class O2mNonPassive {
        @Mapped
        static class User {
            String username;
            List<Address> addresses = new ArrayList<>();

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Address {
            String username;
            String email;
            String etc;

            Address() {
            }

            Address(String username, String email) {
                this.username = username;
                this.email = email;
            }
        }
    }

    /** User.addresses over addresses_nofk, passive updates off: _test_onetomany(False). */
    static final class O2mNonPassiveNoFk {
        @Mapped
        static class User {
            String username;
            List<Address> addresses = new ArrayList<>();

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Address {
            String username;
            String email;
            String etc;

            Address() {
            }

            Address(String username, String email) {
                this.username = username;
                this.email = email;
            }
        }
    }

    /** Address.user, passive updates: _test_change_m2o(True), _test_move_m2o(True), test_rowswitch_doesntfire. */
    static final class M2oPassive {
        @Mapped
        static class User {
            String username;

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Address {
            String username;
            String email;
            String etc;
            User user;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** Address.user, passive updates off: _test_move_m2o(False). */
    static final class M2oNonPassive {
        @Mapped
        static class User {
            String username;

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Address {
            String username;
            String email;
            String etc;
            User user;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** Address.user as a list, passive updates: _test_change_m2o(True, True). */
    static final class M2oPassiveList {
        @Mapped
        static class User {
            String username;

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Address {
            String username;
            String email;
            String etc;
            List<User> user = new ArrayList<>();

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** Address.user over addresses_nofk, passive updates off: _test_change_m2o(False). */
    static final class M2oNonPassiveNoFk {
        @Mapped
        static class User {
            String username;

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Address {
            String username;
            String email;
            String etc;
            User user;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    /** Address.user as a list over addresses_nofk, passive updates off: _test_change_m2o(False, True). */
    static final class M2oNonPassiveListNoFk {
        @Mapped
        static class User {
            String username;

            User() {
            }

            User(String username) {
                this.username = username;
            }
        }

        @Mapped
        static class Address {
            String username;
            String email;
            String etc;
            List<User> user = new ArrayList<>();

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    static final List<Registry> REGISTRIES = new ArrayList<>();

    static {
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

        Registry o2mNonPassiveNoFk = new Registry(METADATA);
        o2mNonPassiveNoFk.map(O2mNonPassiveNoFk.User.class, USERS,
                relationship("addresses", O2mNonPassiveNoFk.Address.class)
                        .primaryJoin(USERS.c("username").eq(ADDRESSES_NOFK.c("username")))
                        .foreignKeys(ADDRESSES_NOFK.c("username"))
                        .passiveUpdates(false));
        o2mNonPassiveNoFk.map(O2mNonPassiveNoFk.Address.class, ADDRESSES_NOFK);
        REGISTRIES.add(o2mNonPassiveNoFk);

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

        Registry m2oNonPassiveNoFk = new Registry(METADATA);
        m2oNonPassiveNoFk.map(M2oNonPassiveNoFk.User.class, USERS);
        m2oNonPassiveNoFk.map(M2oNonPassiveNoFk.Address.class, ADDRESSES_NOFK,
                relationship("user", M2oNonPassiveNoFk.User.class)
                        .primaryJoin(USERS.c("username").eq(ADDRESSES_NOFK.c("username")))
                        .foreignKeys(ADDRESSES_NOFK.c("username"))
                        .passiveUpdates(false));
        REGISTRIES.add(m2oNonPassiveNoFk);

        Registry m2oNonPassiveListNoFk = new Registry(METADATA);
        m2oNonPassiveListNoFk.map(M2oNonPassiveListNoFk.User.class, USERS);
        m2oNonPassiveListNoFk.map(M2oNonPassiveListNoFk.Address.class, ADDRESSES_NOFK,
                relationship("user", M2oNonPassiveListNoFk.User.class)
                        .primaryJoin(USERS.c("username").eq(ADDRESSES_NOFK.c("username")))
                        .foreignKeys(ADDRESSES_NOFK.c("username"))
                        .uselist(true)
                        .passiveUpdates(false));
        REGISTRIES.add(m2oNonPassiveListNoFk);

        REGISTRIES.forEach(Registry::configure);
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static List<String> addressRows(Session session, Table table) {
        return strings(rows(session, select(table.c("username"), table.c("email"))
                .orderBy(table.c("username"), table.c("email"))));
    }

    /**
     * test_onetomany_passive: the database cascades the new username into the addresses' keys;
     * the session then identifies a2's row by the new username when it updates its email.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2mPassive.Address a1 = new O2mPassive.Address("ed", "ed@host1");
            O2mPassive.Address a2 = new O2mPassive.Address("ed", "ed@host2");
            O2mPassive.User u1 = new O2mPassive.User("ed");
            u1.addresses.add(a1);
            u1.addresses.add(a2);
            session.add(u1);
            session.flush();
            assertThat(a1.username).isEqualTo("ed");
            assertThat(a2.username).isEqualTo("ed");
            assertThat(addressRows(session, ADDRESSES)).containsExactly("ed/ed@host1", "ed/ed@host2");

            u1.username = "jack";
            a2.email = "ed@host3";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE users SET username=? WHERE users.username = ?",
                    "UPDATE addresses SET email=? WHERE addresses.username = ? AND addresses.email = ?");
            assertThat(log.statements().get(1).parameters()).containsExactly("ed@host3", "jack", "ed@host2");

            assertThat(a1.username).isEqualTo("jack");
            assertThat(a2.username).isEqualTo("jack");
            assertThat(addressRows(session, ADDRESSES)).containsExactly("jack/ed@host1", "jack/ed@host3");
            assertThat(session.get(O2mPassive.Address.class, "jack", "ed@host1")).isSameAs(a1);
            assertThat(session.get(O2mPassive.Address.class, "jack", "ed@host3")).isSameAs(a2);
        }
    }

    /** test_onetomany_nonpassive, over addresses_nofk: the session updates both addresses' keys. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2mNonPassiveNoFk.Address a1 = new O2mNonPassiveNoFk.Address("ed", "ed@host1");
            O2mNonPassiveNoFk.Address a2 = new O2mNonPassiveNoFk.Address("ed", "ed@host2");
            O2mNonPassiveNoFk.User u1 = new O2mNonPassiveNoFk.User("ed");
            u1.addresses.add(a1);
            u1.addresses.add(a2);
            session.add(u1);
            session.flush();
            assertThat(a1.username).isEqualTo("ed");
            assertThat(a2.username).isEqualTo("ed");
            assertThat(addressRows(session, ADDRESSES_NOFK)).containsExactly("ed/ed@host1", "ed/ed@host2");

            u1.username = "jack";
            a2.email = "ed@host3";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE users SET username=? WHERE users.username = ?",
                    "UPDATE addresses_nofk SET username=? WHERE addresses_nofk.username = ? AND addresses_nofk.email = ?",
                    "UPDATE addresses_nofk SET username=?, email=? WHERE addresses_nofk.username = ? AND addresses_nofk.email = ?");
            assertThat(log.statements().get(1).parameters()).containsExactly("jack", "ed", "ed@host1");
            assertThat(log.statements().get(2).parameters()).containsExactly("jack", "ed@host3", "ed", "ed@host2");

            assertThat(a1.username).isEqualTo("jack");
            assertThat(a2.username).isEqualTo("jack");
            assertThat(addressRows(session, ADDRESSES_NOFK)).containsExactly("jack/ed@host1", "jack/ed@host3");
        }
    }

    /** test_o2m_change_passive: the address's own key changes to another user's; the session writes it. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mChangePassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2mPassive.Address a1 = new O2mPassive.Address("ed", "ed@host1");
            O2mPassive.User u1 = new O2mPassive.User("ed");
            u1.addresses.add(a1);
            O2mPassive.User u2 = new O2mPassive.User("jack");
            session.addAll(List.of(a1, u1, u2));
            session.flush();

            a1.username = "jack";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET username=? WHERE addresses.username = ? AND addresses.email = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("jack", "ed", "ed@host1");
            assertThat(addressRows(session, ADDRESSES)).containsExactly("jack/ed@host1");
        }
    }

    /** test_o2m_change_nonpassive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mChangeNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2mNonPassive.Address a1 = new O2mNonPassive.Address("ed", "ed@host1");
            O2mNonPassive.User u1 = new O2mNonPassive.User("ed");
            u1.addresses.add(a1);
            O2mNonPassive.User u2 = new O2mNonPassive.User("jack");
            session.addAll(List.of(a1, u1, u2));
            session.flush();

            a1.username = "jack";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET username=? WHERE addresses.username = ? AND addresses.email = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("jack", "ed", "ed@host1");
            assertThat(addressRows(session, ADDRESSES)).containsExactly("jack/ed@host1");
        }
    }

    /** test_o2m_move_passive: moving the address to another user's collection changes its key. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mMovePassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            O2mPassive.Address a1 = new O2mPassive.Address("ed", "ed@host1");
            O2mPassive.User u1 = new O2mPassive.User("ed");
            u1.addresses.add(a1);
            O2mPassive.User u2 = new O2mPassive.User("jack");
            session.addAll(List.of(a1, u1, u2));
            session.flush();

            u1.addresses.remove(a1);
            u2.addresses.add(a1);
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET username=? WHERE addresses.username = ? AND addresses.email = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("jack", "ed", "ed@host1");
            assertThat(a1.username).isEqualTo("jack");
            assertThat(addressRows(session, ADDRESSES)).containsExactly("jack/ed@host1");
        }
    }

    /** test_o2m_move_nonpassive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mMoveNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            O2mNonPassive.Address a1 = new O2mNonPassive.Address("ed", "ed@host1");
            O2mNonPassive.User u1 = new O2mNonPassive.User("ed");
            u1.addresses.add(a1);
            O2mNonPassive.User u2 = new O2mNonPassive.User("jack");
            session.addAll(List.of(a1, u1, u2));
            session.flush();

            u1.addresses.remove(a1);
            u2.addresses.add(a1);
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET username=? WHERE addresses.username = ? AND addresses.email = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("jack", "ed", "ed@host1");
            assertThat(a1.username).isEqualTo("jack");
            assertThat(addressRows(session, ADDRESSES)).containsExactly("jack/ed@host1");
        }
    }

    /** test_change_m2o_passive: the database cascades; the address in memory follows without an UPDATE. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void changeM2oPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oPassive.User u1 = new M2oPassive.User("jack");
            M2oPassive.Address a1 = new M2oPassive.Address("foo@bar");
            a1.user = u1;
            session.addAll(List.of(u1, a1));
            session.flush();

            u1.username = "edmodified";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");
            assertThat(a1.username).isEqualTo("edmodified");

            session.expireAll();
            assertThat(a1.username).isEqualTo("edmodified");
        }
    }

    /** test_change_m2o_nonpassive, over addresses_nofk: the session updates the address's key. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void changeM2oNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oNonPassiveNoFk.User u1 = new M2oNonPassiveNoFk.User("jack");
            M2oNonPassiveNoFk.Address a1 = new M2oNonPassiveNoFk.Address("foo@bar");
            a1.user = u1;
            session.addAll(List.of(u1, a1));
            session.flush();

            u1.username = "edmodified";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE users SET username=? WHERE users.username = ?",
                    "UPDATE addresses_nofk SET username=? WHERE addresses_nofk.username = ? AND addresses_nofk.email = ?");
            assertThat(log.statements().get(1).parameters()).containsExactly("edmodified", "jack", "foo@bar");
            assertThat(a1.username).isEqualTo("edmodified");

            session.expireAll();
            assertThat(a1.username).isEqualTo("edmodified");
        }
    }

    /** test_change_m2o_passive_uselist */
    @ParameterizedTest
    @EnumSource(Database.class)
    void changeM2oPassiveUselist(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oPassiveList.User u1 = new M2oPassiveList.User("jack");
            M2oPassiveList.Address a1 = new M2oPassiveList.Address("foo@bar");
            a1.user = new ArrayList<>(List.of(u1));
            session.addAll(List.of(u1, a1));
            session.flush();

            u1.username = "edmodified";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");
            assertThat(a1.username).isEqualTo("edmodified");

            session.expireAll();
            assertThat(a1.username).isEqualTo("edmodified");
        }
    }

    /** test_change_m2o_nonpassive_uselist, over addresses_nofk. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void changeM2oNonPassiveUselist(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oNonPassiveListNoFk.User u1 = new M2oNonPassiveListNoFk.User("jack");
            M2oNonPassiveListNoFk.Address a1 = new M2oNonPassiveListNoFk.Address("foo@bar");
            a1.user = new ArrayList<>(List.of(u1));
            session.addAll(List.of(u1, a1));
            session.flush();

            u1.username = "edmodified";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses_nofk");
            assertThat(log.statements().get(1).parameters()).containsExactly("edmodified", "jack", "foo@bar");
            assertThat(a1.username).isEqualTo("edmodified");

            session.expireAll();
            assertThat(a1.username).isEqualTo("edmodified");
        }
    }

    /** test_move_m2o_passive: pointing the address at another user changes its key. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void moveM2oPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oPassive.User u1 = new M2oPassive.User("jack");
            M2oPassive.User u2 = new M2oPassive.User("ed");
            M2oPassive.Address a1 = new M2oPassive.Address("foo@bar");
            a1.user = u1;
            session.addAll(List.of(u1, u2, a1));
            session.flush();

            a1.user = u2;
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET username=? WHERE addresses.username = ? AND addresses.email = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("ed", "jack", "foo@bar");
            assertThat(addressRows(session, ADDRESSES)).containsExactly("ed/foo@bar");
        }
    }

    /** test_move_m2o_nonpassive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void moveM2oNonPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oNonPassive.User u1 = new M2oNonPassive.User("jack");
            M2oNonPassive.User u2 = new M2oNonPassive.User("ed");
            M2oNonPassive.Address a1 = new M2oNonPassive.Address("foo@bar");
            a1.user = u1;
            session.addAll(List.of(u1, u2, a1));
            session.flush();

            a1.user = u2;
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET username=? WHERE addresses.username = ? AND addresses.email = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("ed", "jack", "foo@bar");
            assertThat(addressRows(session, ADDRESSES)).containsExactly("ed/foo@bar");
        }
    }

    /**
     * test_rowswitch_doesntfire: a deleted user and address replaced by new ones with the same
     * keys become one UPDATE of the address's non-key column (a "row switch"); the key columns
     * are not written.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void rowswitchDoesntfire(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oPassive.User u1 = new M2oPassive.User("ed");
            M2oPassive.Address a1 = new M2oPassive.Address("ed@host1");
            a1.user = u1;
            session.add(u1);
            session.add(a1);
            session.flush();

            session.delete(u1);
            session.delete(a1);

            M2oPassive.User u2 = new M2oPassive.User("ed");
            M2oPassive.Address a2 = new M2oPassive.Address("ed@host1");
            a2.user = u2;
            a2.etc = "foo";
            session.add(u2);
            session.add(a2);
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET etc=? WHERE addresses.username = ? AND addresses.email = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("foo", "ed", "ed@host1");
        }
    }
}
