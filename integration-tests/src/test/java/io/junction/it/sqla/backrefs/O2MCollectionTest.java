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

/**
 * Ported from SQLAlchemy test/orm/test_backref_mutations.py, class O2MCollectionTest: a one-to-many
 * {@code User.addresses} with the many-to-one backref {@code Address.user}; moving an address between
 * users through either side keeps both sides in step, and the move itself loads nothing.
 */
class O2MCollectionTest extends DatabaseSuite {
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
        List<Address> addresses = new ArrayList<>();

        User() {
        }

        User(String name, Address... addresses) {
            this.name = name;
            this.addresses.addAll(List.of(addresses));
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
        REGISTRY.map(User.class, USERS, relationship("addresses", Address.class).backref("user"));
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

    /** test_collection_move_hitslazy: appending expired addresses to a transient user's collection emits no SQL. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionMoveHitsLazy(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            Address a2 = new Address("address2");
            Address a3 = new Address("address3");
            User u1 = new User("jack", a1, a2, a3);
            User u2 = new User("ed");
            session.addAll(List.of(u1, a1, a2, a3));
            session.commit();

            log.clear();
            u2.addresses.add(a1);
            u2.addresses.add(a2);
            u2.addresses.add(a3);
            assertThat(log.count()).as("the moves load nothing").isZero();
            assertThat(a1.user).isSameAs(u2);
            assertThat(a3.user).isSameAs(u2);
            assertThat(log.count()).isZero();
        }
    }

    /** test_collection_move_preloaded: the old owner's loaded collection loses the address at once. */
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

            log.clear();
            assertThat(u1.addresses).containsExactly(a1);
            // Junction differs: a lazy load takes the parent's key from its identity, so the expired u1 is
            // not refreshed first (SQLAlchemy: SELECT users, SELECT addresses)
            assertThat(log.verbs()).as("u1's collection loads").containsExactly("SELECT addresses");

            log.clear();
            u2.addresses.add(a1);
            // Junction differs: u2 is not refreshed before its collection loads (SQLAlchemy: SELECT users first)
            assertThat(log.verbs()).as("only u2's own collection loads, to be appended to")
                    .containsExactly("SELECT addresses");

            log.clear();
            assertThat(a1.user).isSameAs(u2);
            assertThat(u1.addresses).doesNotContain(a1);
            assertThat(u2.addresses).contains(a1);
            assertThat(log.count()).as("both sides are known in memory").isZero();

            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("address1/2");
    }

    /** test_collection_move_notloaded: the old owner's collection, loaded after the move, is right. */
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
            u2.addresses.add(a1);
            // Junction differs: u2 is not refreshed before its collection loads (SQLAlchemy: SELECT users first)
            assertThat(log.verbs()).as("only u2's own collection loads, to be appended to")
                    .containsExactly("SELECT addresses");

            log.clear();
            assertThat(a1.user).isSameAs(u2);
            assertThat(log.count()).isZero();

            assertThat(u1.addresses).doesNotContain(a1);
            assertThat(log.verbs()).as("loading u1.addresses autoflushes the move first")
                    .contains("UPDATE addresses")
                    .endsWith("SELECT addresses");
            assertThat(u2.addresses).contains(a1);
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("address1/2");
    }

    /** test_collection_move_commitfirst: after the commit both collections reload right. */
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

            assertThat(u1.addresses).containsExactly(a1);
            u2.addresses.add(a1);
            assertThat(a1.user).isSameAs(u2);

            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE addresses");
            assertThat(log.statements().get(0).parameterSets()).hasSize(1);
            assertThat(addressRows(engine)).containsExactly("address1/2");

            assertThat(u1.addresses).doesNotContain(a1);
            assertThat(u2.addresses).contains(a1);
        }
    }

    /** test_scalar_move_preloaded: setting the many-to-one removes the address from the old owner's loaded collection. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void scalarMovePreloaded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User("jack");
            User u2 = new User("ed");
            Address a1 = new Address("a1");
            a1.user = u1;
            session.addAll(List.of(u1, u2, a1));
            session.commit();

            assertThat(u1.addresses).containsExactly(a1);

            log.clear();
            a1.user = u2;
            assertThat(log.count()).as("the old value comes from the identity map, not the database").isZero();
            assertThat(u1.addresses).doesNotContain(a1);
            assertThat(log.count()).isZero();
            assertThat(u2.addresses).contains(a1);
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("a1/2");
    }

    /** test_plain_load_passive: setting the many-to-one does not load the old value. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void plainLoadPassive(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User("jack");
            User u2 = new User("ed");
            Address a1 = new Address("a1");
            a1.user = u1;
            session.addAll(List.of(u1, u2, a1));
            session.commit();

            log.clear();
            a1.user = u2;
            assertThat(log.count()).as("no lazy load of the old user").isZero();

            assertThat(u1.addresses).doesNotContain(a1);
            assertThat(u2.addresses).contains(a1);
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("a1/2");
    }

    /** test_set_none: setting the many-to-one to null loads nothing, and the old owner's collection loads without it. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void setNone(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User("jack");
            Address a1 = new Address("a1");
            a1.user = u1;
            session.addAll(List.of(u1, a1));
            session.commit();

            log.clear();
            a1.user = null;
            assertThat(log.count()).isZero();

            assertThat(u1.addresses).doesNotContain(a1);
            assertThat(log.verbs()).as("loading u1.addresses autoflushes the change first")
                    .contains("UPDATE addresses")
                    .endsWith("SELECT addresses");
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("a1/null");
    }

    /** test_scalar_move_notloaded: the old owner's collection, loaded after the move, is right. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void scalarMoveNotLoaded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User("jack");
            User u2 = new User("ed");
            Address a1 = new Address("a1");
            a1.user = u1;
            session.addAll(List.of(u1, u2, a1));
            session.commit();

            log.clear();
            a1.user = u2;
            assertThat(log.count()).isZero();

            assertThat(u1.addresses).doesNotContain(a1);
            assertThat(u2.addresses).contains(a1);
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("a1/2");
    }

    /** test_scalar_move_commitfirst. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void scalarMoveCommitFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User("jack");
            User u2 = new User("ed");
            Address a1 = new Address("a1");
            a1.user = u1;
            session.addAll(List.of(u1, u2, a1));
            session.commit();

            assertThat(u1.addresses).containsExactly(a1);
            a1.user = u2;

            log.clear();
            session.commit();
            assertThat(log.verbs()).endsWith("UPDATE addresses").doesNotContain("SELECT addresses");
            assertThat(addressRows(engine)).containsExactly("a1/2");

            assertThat(u1.addresses).doesNotContain(a1);
            assertThat(u2.addresses).contains(a1);
        }
    }

    /** test_collection_assignment_mutates_previous_one. */
    @Test
    void collectionAssignmentMutatesPreviousOne() {
        User u1 = new User("jack");
        User u2 = new User("ed");
        Address a1 = new Address("a1");
        u1.addresses.add(a1);
        assertThat(a1.user).isSameAs(u1);

        u2.addresses = new ArrayList<>(List.of(a1));
        assertThat(u1.addresses).isEmpty();
        assertThat(a1.user).isSameAs(u2);
    }

    /** test_collection_assignment_mutates_previous_two. */
    @Test
    void collectionAssignmentMutatesPreviousTwo() {
        User u1 = new User("jack");
        Address a1 = new Address("a1");
        u1.addresses.add(a1);
        assertThat(a1.user).isSameAs(u1);

        u1.addresses = new ArrayList<>();
        assertThat(a1.user).isNull();
    }

    /** test_del_from_collection. */
    @Test
    void delFromCollection() {
        User u1 = new User("jack");
        Address a1 = new Address("a1");
        u1.addresses.add(a1);
        assertThat(a1.user).isSameAs(u1);

        u1.addresses.remove(0);
        assertThat(a1.user).isNull();
    }

    /** test_del_from_scalar: Java has no {@code del}; clearing the reference is the same event. */
    @Test
    void delFromScalar() {
        User u1 = new User("jack");
        Address a1 = new Address("a1");
        u1.addresses.add(a1);
        assertThat(a1.user).isSameAs(u1);

        a1.user = null;
        assertThat(u1.addresses).doesNotContain(a1);
    }

    /** test_tuple_assignment_w_reverse: swapping two members by index keeps the owner on both. */
    @Test
    void tupleAssignmentWithReverse() {
        User u1 = new User();
        Address a1 = new Address("1");
        Address a2 = new Address("2");
        Address a3 = new Address("3");
        u1.addresses.add(a1);
        u1.addresses.add(a2);
        u1.addresses.add(a3);

        Address second = u1.addresses.get(2);
        Address third = u1.addresses.get(1);
        u1.addresses.set(1, second);
        u1.addresses.set(2, third);

        assertThat(a3.user).isSameAs(u1);
        assertThat(a2.user).isSameAs(u1);
        assertThat(u1.addresses).containsExactly(a1, a3, a2);
    }

    /** test_straight_remove. */
    @Test
    void straightRemove() {
        User u1 = new User();
        Address a1 = new Address("1");
        Address a2 = new Address("2");
        Address a3 = new Address("3");
        u1.addresses.add(a1);
        u1.addresses.add(a2);
        u1.addresses.add(a3);

        u1.addresses.remove(2);
        assertThat(a3.user).isNull();
        assertThat(u1.addresses).containsExactly(a1, a2);
    }

    /** test_append_del: removing one of two occurrences of a member keeps its owner. */
    @Test
    void appendDel() {
        User u1 = new User();
        Address a1 = new Address("1");
        Address a2 = new Address("2");
        Address a3 = new Address("3");
        u1.addresses.add(a1);
        u1.addresses.add(a2);
        u1.addresses.add(a3);

        u1.addresses.add(a2);
        u1.addresses.remove(1);
        assertThat(a2.user).isSameAs(u1);
        assertThat(u1.addresses).containsExactly(a1, a3, a2);
    }

    /** test_bulk_replace: a member dropped by assignment loses its owner, duplicates stay. */
    @Test
    void bulkReplace() {
        User u1 = new User();
        Address a1 = new Address("1");
        Address a2 = new Address("2");
        Address a3 = new Address("3");
        u1.addresses.add(a1);
        u1.addresses.add(a2);
        u1.addresses.add(a3);
        u1.addresses.add(a3);
        assertThat(a3.user).isSameAs(u1);

        u1.addresses = new ArrayList<>(List.of(a1, a2, a1));
        assertThat(a3.user).isNull();
        assertThat(u1.addresses).containsExactly(a1, a2, a1);
    }
}
