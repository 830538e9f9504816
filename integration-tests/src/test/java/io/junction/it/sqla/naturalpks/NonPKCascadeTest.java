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

import static io.junction.it.sqla.naturalpks.Sessions.expungeAll;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_naturalpks.py, class NonPKCascadeTest: the foreign key
 * references a unique column that is not the primary key; changing it reaches the referencing
 * rows through ON UPDATE CASCADE (passive updates) or through UPDATEs the session emits.
 */
class NonPKCascadeTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("username", string(50)).unique(),
            column("fullname", string(100)));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("email", string(50)),
            column("username", string(50)).foreignKey("users.username", ReferentialAction.CASCADE, null));

    /** _test_onetomany(True). */
    static final class Passive {
        @Mapped
        static class User {
            Integer id;
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
            Integer id;
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
    static final class NonPassive {
        @Mapped
        static class User {
            Integer id;
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
            Integer id;
            String email;
            String username;

            Address() {
            }

            Address(String email) {
                this.email = email;
            }
        }
    }

    static final Registry PASSIVE = new Registry(METADATA);
    static final Registry NON_PASSIVE = new Registry(METADATA);

    static {
        PASSIVE.map(Passive.User.class, USERS, relationship("addresses", Passive.Address.class).passiveUpdates(true));
        PASSIVE.map(Passive.Address.class, ADDRESSES);
        PASSIVE.configure();
        NON_PASSIVE.map(NonPassive.User.class, USERS,
                relationship("addresses", NonPassive.Address.class).passiveUpdates(false));
        NON_PASSIVE.map(NonPassive.Address.class, ADDRESSES);
        NON_PASSIVE.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static List<String> addressUsernames(Session session) {
        return strings(rows(session, select(ADDRESSES.c("username")).orderBy(ADDRESSES.c("id"))));
    }

    /** test_onetomany_passive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Passive.User u1 = new Passive.User("jack", "jack");
            u1.addresses.add(new Passive.Address("jack1"));
            u1.addresses.add(new Passive.Address("jack2"));
            session.add(u1);
            session.flush();
            Passive.Address a1 = u1.addresses.get(0);
            int userId = u1.id;
            int a1Id = a1.id;
            assertThat(addressUsernames(session)).containsExactly("jack", "jack");
            assertThat(session.get(Passive.Address.class, a1Id)).isSameAs(u1.addresses.get(0));

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");
            assertThat(u1.addresses.get(0).username).as("the object in memory follows").isEqualTo("ed");
            assertThat(addressUsernames(session)).containsExactly("ed", "ed");

            expungeAll(session);
            assertThat(session.query(Passive.Address.class).all()).extracting(a -> a.username).containsExactly("ed", "ed");

            Passive.User ed = session.get(Passive.User.class, userId);
            ed.username = "jack";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users");

            expungeAll(session);
            Passive.User jack = session.get(Passive.User.class, userId);
            assertThat(jack.username).isEqualTo("jack");
            assertThat(jack.addresses).extracting(a -> a.username).containsExactly("jack", "jack");

            expungeAll(session);
            jack = session.get(Passive.User.class, userId);
            jack.addresses = new ArrayList<>();
            jack.username = "fred";
            session.flush();
            expungeAll(session);
            assertThat(session.get(Passive.Address.class, a1Id).username).isNull();
            assertThat(addressUsernames(session)).containsExactly("null", "null");
            Passive.User fred = session.get(Passive.User.class, userId);
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
            NonPassive.User u1 = new NonPassive.User("jack", "jack");
            u1.addresses.add(new NonPassive.Address("jack1"));
            u1.addresses.add(new NonPassive.Address("jack2"));
            session.add(u1);
            session.flush();
            NonPassive.Address a1 = u1.addresses.get(0);
            int userId = u1.id;
            int a1Id = a1.id;
            assertThat(addressUsernames(session)).containsExactly("jack", "jack");
            assertThat(session.get(NonPassive.Address.class, a1Id)).isSameAs(u1.addresses.get(0));

            u1.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "UPDATE addresses");
            assertThat(u1.addresses.get(0).username).isEqualTo("ed");
            assertThat(addressUsernames(session)).containsExactly("ed", "ed");

            expungeAll(session);
            assertThat(session.query(NonPassive.Address.class).all()).extracting(a -> a.username)
                    .containsExactly("ed", "ed");

            NonPassive.User ed = session.get(NonPassive.User.class, userId);
            ed.username = "jack";
            log.clear();
            session.flush();
            // load addresses, update user, update the two addresses in one batch
            assertThat(log.verbs()).containsExactly("SELECT addresses", "UPDATE users", "UPDATE addresses");
            assertThat(log.statements().get(2).parameterSets()).hasSize(2);

            expungeAll(session);
            NonPassive.User jack = session.get(NonPassive.User.class, userId);
            assertThat(jack.username).isEqualTo("jack");
            assertThat(jack.addresses).extracting(a -> a.username).containsExactly("jack", "jack");

            expungeAll(session);
            jack = session.get(NonPassive.User.class, userId);
            jack.addresses = new ArrayList<>();
            jack.username = "fred";
            session.flush();
            expungeAll(session);
            assertThat(session.get(NonPassive.Address.class, a1Id).username).isNull();
            assertThat(addressUsernames(session)).containsExactly("null", "null");
            NonPassive.User fred = session.get(NonPassive.User.class, userId);
            assertThat(fred.username).isEqualTo("fred");
            assertThat(fred.fullname).isEqualTo("jack");
        }
    }
}
