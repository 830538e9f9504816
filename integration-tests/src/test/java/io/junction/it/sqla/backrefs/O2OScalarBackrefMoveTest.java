package io.junction.it.sqla.backrefs;

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

import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_backref_mutations.py, class O2OScalarBackrefMoveTest: a
 * one-to-one {@code User.address} ({@code uselist=False}) with the scalar backref {@code Address.user};
 * moving an address to another user, or another address to a user.
 *
 * <p>SQLAlchemy runs the class twice, with {@code _legacy_inactive_history_style} on ("legacy_style": the
 * replaced value of {@code User.address} is loaded when it is set) and off ("new_style", the default: it is
 * loaded at the flush). Junction differs: it has no such option. Setting {@code User.address} directly
 * loads the replaced address at once, as the legacy style does; setting it through the backref
 * ({@code a2.user = u1}) loads nothing, as the new style does. Each test asserts the statements of the
 * style Junction follows at that step; the object states are those both styles share, and in
 * test_scalar_move_notloaded, where they differ, the new style's.
 */
class O2OScalarBackrefMoveTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users", column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ADDRESSES = METADATA.table("addresses", column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"), column("email_address", string(50)).nullable(false));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class User {
        Integer id;
        String name;
        Address address;

        User() {
        }

        User(String name) {
            this.name = name;
        }

        User(String name, Address address) {
            this.name = name;
            this.address = address;
        }

        @Override
        public String toString() {
            return "User(" + name + ")";
        }
    }

    @Mapped
    static class Address {
        Integer id;
        Integer userId;
        String emailAddress;
        User user;

        Address() {
        }

        Address(String emailAddress) {
            this.emailAddress = emailAddress;
        }

        @Override
        public String toString() {
            return "Address(" + emailAddress + ")";
        }
    }

    static {
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(User.class, USERS, relationship("address", Address.class).uselist(false).backref("user"));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private List<String> addressRows(Engine engine) {
        return strings(rows(engine, select(ADDRESSES.c("email_address"), ADDRESSES.c("user_id"))
                .orderBy(ADDRESSES.c("id"))));
    }

    /** test_collection_move_preloaded: the backref moves, the old owner's loaded reference is left as it was. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionMovePreloaded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            User u1 = new User("jack", a1);
            User u2 = new User("ed");
            session.addAll(List.of(u1, u2));
            session.commit();

            assertThat(u1.address).isSameAs(a1);

            log.clear();
            u2.address = a1;
            // legacy style: u2's replaced address is loaded now. Junction differs: the lazy load takes u2's
            // key from its identity, so the expired u2 is not refreshed first (SQLAlchemy: SELECT users before)
            assertThat(log.verbs()).containsExactly("SELECT addresses");

            log.clear();
            assertThat(u2.address).isSameAs(a1);
            assertThat(a1.user).isSameAs(u2);
            // Junction differs: the backref a1.user = u2 also takes a1 from its previous owner, u1.address, as
            // SQLAlchemy does for collections since its ticket 2789; SQLAlchemy stops after one hop here and
            // leaves u1.address as it was ("doesn't extend to the previous attribute")
            assertThat(u1.address).as("the move reaches the previous owner").isNull();
            assertThat(u2.address).isSameAs(a1);
            assertThat(log.count()).isZero();

            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE addresses");
        }
        assertThat(addressRows(engine)).containsExactly("address1/2");
    }

    /** test_scalar_move_preloaded: setting a2.user replaces u1.address; a1 keeps its loaded user until the flush. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void scalarMovePreloaded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            Address a2 = new Address("address1");
            User u1 = new User("jack", a1);
            session.addAll(List.of(u1, a1, a2));
            session.commit();

            assertThat(a1.user).isSameAs(u1);

            log.clear();
            a2.user = u1;
            // Junction differs: u1's replaced address is loaded now (SQLAlchemy's legacy history style), and
            // it lets go of u1 at once instead of at the flush
            assertThat(log.verbs()).containsExactly("SELECT addresses");

            assertThat(u1.address).isSameAs(a2);
            assertThat(a1.user).as("the replaced address lets go of u1").isNull();
            assertThat(a2.user).isSameAs(u1);

            log.clear();
            session.commit();
            assertThat(log.verbs()).as("both rows updated in one statement").containsExactly("UPDATE addresses");
            assertThat(log.statements().get(log.count() - 1).parameterSets()).hasSize(2);
        }
        assertThat(addressRows(engine)).containsExactly("address1/null", "address1/1");
    }

    /** test_collection_move_notloaded: the old owner's reference, loaded after the move, is null. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionMoveNotLoaded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            User u1 = new User("jack", a1);
            User u2 = new User("ed");
            session.addAll(List.of(u1, u2));
            session.commit();

            log.clear();
            u2.address = a1;
            // legacy style: u2's replaced address is loaded now. Junction differs: the lazy load takes u2's
            // key from its identity, so the expired u2 is not refreshed first (SQLAlchemy: SELECT users before)
            assertThat(log.verbs()).containsExactly("SELECT addresses");

            log.clear();
            assertThat(u2.address).isSameAs(a1);
            assertThat(a1.user).isSameAs(u2);
            assertThat(log.count()).isZero();

            assertThat(u1.address).as("loads after an autoflush").isNull();
            assertThat(log.verbs()).contains("UPDATE addresses").endsWith("SELECT addresses");
            assertThat(u2.address).isSameAs(a1);

            log.clear();
            session.commit();
            assertThat(log.count()).isZero();
        }
        assertThat(addressRows(engine)).containsExactly("address1/2");
    }

    /**
     * test_scalar_move_notloaded: nothing of u1 is loaded when a2.user is set. In the new style a1.user is
     * read after an autoflush that takes a1 from u1, so it is null (the legacy style loads u1.address at
     * set time instead, and a1 keeps its user in memory).
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void scalarMoveNotLoaded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            Address a2 = new Address("address1");
            User u1 = new User("jack", a1);
            session.addAll(List.of(u1, a1, a2));
            session.commit();

            log.clear();
            a2.user = u1;
            // Junction differs: u1's replaced address is loaded now (SQLAlchemy's legacy history style)
            assertThat(log.verbs()).containsExactly("SELECT addresses");

            assertThat(u1.address).isSameAs(a2);
            assertThat(a1.user).as("the replaced address lets go of u1").isNull();
            assertThat(a2.user).isSameAs(u1);

            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE addresses");
        }
        assertThat(addressRows(engine)).containsExactly("address1/null", "address1/1");
    }

    /** test_collection_move_commitfirst: the commit expires u1.address, which then loads as null. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionMoveCommitFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            User u1 = new User("jack", a1);
            User u2 = new User("ed");
            session.addAll(List.of(u1, u2));
            session.commit();

            assertThat(u1.address).isSameAs(a1);
            u2.address = a1;
            assertThat(u2.address).isSameAs(a1);
            assertThat(a1.user).isSameAs(u2);

            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE addresses");
            assertThat(addressRows(engine)).containsExactly("address1/2");

            assertThat(u1.address).isNull();
            assertThat(u2.address).isSameAs(a1);
        }
    }

    /** test_scalar_move_commitfirst: a1 keeps its user until the commit, then loads with none. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void scalarMoveCommitFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            Address a2 = new Address("address2");
            User u1 = new User("jack", a1);
            session.addAll(List.of(u1, a1, a2));
            session.commit();

            assertThat(a1.user).isSameAs(u1);
            a2.user = u1;
            assertThat(u1.address).isSameAs(a2);
            // Junction differs: the replaced address lets go of u1 at once; SQLAlchemy leaves it until the commit
            assertThat(a1.user).isNull();

            log.clear();
            session.commit();
            assertThat(log.verbs()).endsWith("UPDATE addresses");
            assertThat(log.statements().get(log.count() - 1).parameterSets()).hasSize(2);
            assertThat(addressRows(engine)).containsExactly("address1/null", "address2/1");

            assertThat(u1.address).isSameAs(a2);
            assertThat(a1.user).isNull();
            assertThat(a2.user).isSameAs(u1);
        }
    }
}
