package io.junction.it.sqla.unitofwork;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
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

import static io.junction.it.sqla.unitofwork.Bound.row;
import static io.junction.it.sqla.unitofwork.Bound.bound;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_unitofworkv2.py, class RudimentaryFlushTest: the statements
 * one flush emits for a one-to-many, a many-to-one, a self-referential one-to-many and a
 * many-to-many, on the users/addresses/items/keywords/nodes fixture tables.
 *
 * <p>SQLAlchemy maps the same fixture classes differently in each test; here each mapping has its own
 * model classes: {@link User}/{@link Address} with the one-to-many {@code User.addresses},
 * {@link M2OUser}/{@link M2OAddress} with the many-to-one {@code Address.user} only, {@link Node}
 * with {@code children}, and {@link Item}/{@link Keyword} with {@code Item.keywords}.
 */
class RudimentaryFlushTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)).nullable(false));
    static final Table ITEMS = METADATA.table("items",
            column("id", INTEGER).primaryKey(),
            column("description", string(30)).nullable(false));
    static final Table KEYWORDS = METADATA.table("keywords",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table ITEM_KEYWORDS = METADATA.table("item_keywords",
            column("item_id", INTEGER).foreignKey("items.id"),
            column("keyword_id", INTEGER).foreignKey("keywords.id"));
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(User.class, USERS, relationship("addresses", Address.class));
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(M2OUser.class, USERS);
        REGISTRY.map(M2OAddress.class, ADDRESSES, relationship("user", M2OUser.class));
        REGISTRY.map(Node.class, NODES, relationship("children", Node.class));
        REGISTRY.map(Item.class, ITEMS, relationship("keywords", Keyword.class).secondary(ITEM_KEYWORDS));
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.configure();
    }

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
    }

    @Mapped
    static class Address {
        Integer id;
        Integer userId;
        String emailAddress;

        Address() {
        }

        Address(String emailAddress) {
            this.emailAddress = emailAddress;
        }
    }

    @Mapped
    static class M2OUser {
        Integer id;
        String name;

        M2OUser() {
        }

        M2OUser(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class M2OAddress {
        Integer id;
        Integer userId;
        String emailAddress;
        M2OUser user;

        M2OAddress() {
        }

        M2OAddress(String emailAddress, M2OUser user) {
            this.emailAddress = emailAddress;
            this.user = user;
        }
    }

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        List<Node> children = new ArrayList<>();
    }

    @Mapped
    static class Item {
        Integer id;
        String description;
        List<Keyword> keywords = new ArrayList<>();
    }

    @Mapped
    static class Keyword {
        Integer id;
        String name;
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_one_to_many_save */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManySaveInsertsTheParentThenBothChildrenInOneStatement(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("a1");
            Address a2 = new Address("a2");
            User u1 = new User("u1", a1, a2);
            session.add(u1);
            log.clear();
            session.flush();

            assertThat(log.verbs()).containsExactly("INSERT users", "INSERT addresses");
            assertThat(log.sql().get(0)).startsWith("INSERT INTO users (name) VALUES (?)");
            assertThat(bound(log.statements().get(0))).containsExactly(row("u1"));
            assertThat(log.sql().get(1)).startsWith("INSERT INTO addresses (user_id, email_address) VALUES (?, ?)");
            assertThat(bound(log.statements().get(1))).containsExactly(row(u1.id, "a1"), row(u1.id, "a2"));
            session.commit();
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("user_id"), ADDRESSES.c("email_address"))
                .orderBy(ADDRESSES.c("id"))))).containsExactly("1/a1", "1/a2");
    }

    /** test_one_to_many_delete_all */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyDeleteAllDeletesChildrenInOneStatementThenTheParent(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("a1");
            Address a2 = new Address("a2");
            User u1 = new User("u1", a1, a2);
            session.add(u1);
            session.flush();

            session.delete(u1);
            session.delete(a1);
            session.delete(a2);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "DELETE FROM addresses WHERE addresses.id = ?",
                    "DELETE FROM users WHERE users.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(a1.id), row(a2.id));
            assertThat(bound(log.statements().get(1))).containsExactly(row(u1.id));
            session.commit();
        }
        assertThat(rows(engine, select(ADDRESSES.c("id")))).isEmpty();
        assertThat(rows(engine, select(USERS.c("id")))).isEmpty();
    }

    /** test_one_to_many_delete_parent */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyDeleteParentNullsTheChildrenKeysThenDeletesIt(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("a1");
            Address a2 = new Address("a2");
            User u1 = new User("u1", a1, a2);
            session.add(u1);
            session.flush();

            session.delete(u1);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET user_id=? WHERE addresses.id = ?",
                    "DELETE FROM users WHERE users.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(null, a1.id), row(null, a2.id));
            assertThat(bound(log.statements().get(1))).containsExactly(row(u1.id));
            assertThat(a1.userId).isNull();
            assertThat(a2.userId).isNull();
            session.commit();
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("user_id"), ADDRESSES.c("email_address"))
                .orderBy(ADDRESSES.c("id"))))).containsExactly("null/a1", "null/a2");
    }

    /** test_many_to_one_save */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneSaveInsertsTheReferencedRowFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser u1 = new M2OUser("u1");
            M2OAddress a1 = new M2OAddress("a1", u1);
            M2OAddress a2 = new M2OAddress("a2", u1);
            session.addAll(List.of(a1, a2));
            log.clear();
            session.flush();

            assertThat(log.verbs()).containsExactly("INSERT users", "INSERT addresses");
            assertThat(bound(log.statements().get(0))).containsExactly(row("u1"));
            assertThat(log.sql().get(1)).startsWith("INSERT INTO addresses (user_id, email_address) VALUES (?, ?)");
            assertThat(bound(log.statements().get(1))).containsExactly(row(u1.id, "a1"), row(u1.id, "a2"));
        }
    }

    /** test_many_to_one_delete_all */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneDeleteAllDeletesTheReferringRowsFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser u1 = new M2OUser("u1");
            M2OAddress a1 = new M2OAddress("a1", u1);
            M2OAddress a2 = new M2OAddress("a2", u1);
            session.addAll(List.of(a1, a2));
            session.flush();

            session.delete(u1);
            session.delete(a1);
            session.delete(a2);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "DELETE FROM addresses WHERE addresses.id = ?",
                    "DELETE FROM users WHERE users.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(a1.id), row(a2.id));
            assertThat(bound(log.statements().get(1))).containsExactly(row(u1.id));
        }
    }

    /** test_many_to_one_delete_target */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneDeleteTargetAfterDetachingTheReferrers(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser u1 = new M2OUser("u1");
            M2OAddress a1 = new M2OAddress("a1", u1);
            M2OAddress a2 = new M2OAddress("a2", u1);
            session.addAll(List.of(a1, a2));
            session.flush();

            session.delete(u1);
            a1.user = null;
            a2.user = null;
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "UPDATE addresses SET user_id=? WHERE addresses.id = ?",
                    "DELETE FROM users WHERE users.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(null, a1.id), row(null, a2.id));
            assertThat(bound(log.statements().get(1))).containsExactly(row(u1.id));
            session.commit();
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("user_id")).orderBy(ADDRESSES.c("id")))))
                .containsExactly("null", "null");
    }

    /**
     * test_many_to_one_delete_unloaded: everything is expired, so the flush must load the referrers
     * (from the identity map once their rows are reloaded) to order the deletes.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneDeleteOfExpiredObjectsLoadsThemAndDeletesReferrersFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser parent = new M2OUser("p1");
            M2OAddress c1 = new M2OAddress("c1", parent);
            M2OAddress c2 = new M2OAddress("c2", parent);
            session.addAll(List.of(c1, c2));
            session.add(parent);
            session.flush();
            int pid = parent.id;
            int c1id = c1.id;
            int c2id = c2.id;

            session.expire(parent);
            session.expire(c1);
            session.expire(c2);
            session.delete(c1);
            session.delete(c2);
            session.delete(parent);
            log.clear();
            session.flush();

            // Junction differs: SQLAlchemy reloads the three expired rows first (the SELECTs); Junction
            // deletes by the primary key an expired object keeps, without reloading it. (Its DELETE order
            // then follows the order the objects were added, which is right here; see the disabled
            // unconnectedRowsAreOrderedByTheRelationshipBetweenTheirMappers.)
            List<String> verbs = log.verbs();
            assertThat(verbs.stream().filter(v -> v.startsWith("SELECT")).toList())
                    .isSubsetOf("SELECT addresses", "SELECT users");
            List<Integer> deletes = new ArrayList<>();
            for (int i = 0; i < verbs.size(); i++) {
                if (verbs.get(i).startsWith("DELETE")) {
                    deletes.add(i);
                }
            }
            assertThat(deletes).hasSize(2);
            assertThat(log.sql().get(deletes.get(0))).isEqualTo("DELETE FROM addresses WHERE addresses.id = ?");
            assertThat(bound(log.statements().get(deletes.get(0)))).containsExactly(row(c1id), row(c2id));
            assertThat(log.sql().get(deletes.get(1))).isEqualTo("DELETE FROM users WHERE users.id = ?");
            assertThat(bound(log.statements().get(deletes.get(1)))).containsExactly(row(pid));
            session.commit();
        }
        assertThat(rows(engine, select(USERS.c("id")))).isEmpty();
    }

    /** test_many_to_one_delete_childonly_unloaded: the parent is not deleted, so it is not loaded. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneDeleteOfExpiredChildrenOnlyLoadsNoParent(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser parent = new M2OUser("p1");
            M2OAddress c1 = new M2OAddress("c1", parent);
            M2OAddress c2 = new M2OAddress("c2", parent);
            session.addAll(List.of(c1, c2));
            session.add(parent);
            session.flush();
            int c1id = c1.id;
            int c2id = c2.id;

            session.expire(c1);
            session.expire(c2);
            session.delete(c1);
            session.delete(c2);
            log.clear();
            session.flush();

            assertChildOnlyDelete(log, c1id, c2id);
        }
    }

    /** test_many_to_one_delete_childonly_unloaded_expired: the expired parent is not loaded either. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneDeleteOfExpiredChildrenOnlyLoadsNoExpiredParent(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser parent = new M2OUser("p1");
            M2OAddress c1 = new M2OAddress("c1", parent);
            M2OAddress c2 = new M2OAddress("c2", parent);
            session.addAll(List.of(c1, c2));
            session.add(parent);
            session.flush();
            int c1id = c1.id;
            int c2id = c2.id;

            session.expire(parent);
            session.expire(c1);
            session.expire(c2);
            session.delete(c1);
            session.delete(c2);
            log.clear();
            session.flush();

            assertChildOnlyDelete(log, c1id, c2id);
        }
    }

    /**
     * SQLAlchemy reloads each expired address (two SELECTs) and deletes them; it never loads the user.
     * Junction differs: it deletes by the primary key an expired object keeps, without reloading it,
     * so the SELECTs may be missing; the user must not be loaded either way, and the DELETE is last.
     */
    private static void assertChildOnlyDelete(SqlLog log, int c1id, int c2id) {
        List<String> verbs = log.verbs();
        assertThat(verbs).doesNotContain("SELECT users");
        assertThat(verbs).last().isEqualTo("DELETE addresses");
        assertThat(verbs.subList(0, verbs.size() - 1)).allMatch("SELECT addresses"::equals);
        assertThat(log.sql().get(log.count() - 1)).isEqualTo("DELETE FROM addresses WHERE addresses.id = ?");
        assertThat(bound(log.statements().get(log.count() - 1))).containsExactly(row(c1id), row(c2id));
    }

    /** test_many_to_one_del_attr */
    @ParameterizedTest
    @EnumSource(Database.class)
    void clearingAManyToOneUpdatesOnlyThatRow(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser u1 = new M2OUser("u1");
            M2OAddress a1 = new M2OAddress("a1", u1);
            M2OAddress a2 = new M2OAddress("a2", u1);
            session.addAll(List.of(a1, a2));
            session.flush();

            a1.user = null;
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE addresses SET user_id=? WHERE addresses.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(null, a1.id));
        }
    }

    /** test_many_to_one_del_attr_unloaded: clearing an expired reference whose target left the session. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void clearingAnExpiredManyToOneUpdatesOnlyThatRow(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser u1 = new M2OUser("u1");
            M2OAddress a1 = new M2OAddress("a1", u1);
            M2OAddress a2 = new M2OAddress("a2", u1);
            session.addAll(List.of(a1, a2));
            session.flush();

            session.expunge(u1);
            session.expire(a1, "user");
            a1.user = null;
            session.add(a1);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE addresses SET user_id=? WHERE addresses.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(null, a1.id));
            session.commit();
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("email_address"), ADDRESSES.c("user_id"))
                .orderBy(ADDRESSES.c("id"))))).containsExactly("a1/null", "a2/1");
    }

    /** test_natural_ordering: unconnected rows are still ordered by the relationship between their mappers. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void unconnectedRowsAreOrderedByTheRelationshipBetweenTheirMappers(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2OUser u1 = new M2OUser("u1");
            u1.id = 1;
            M2OAddress a1 = new M2OAddress();
            a1.id = 1;
            a1.userId = 1;
            a1.emailAddress = "a2";
            session.addAll(List.of(u1, a1));
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "INSERT INTO users (id, name) VALUES (?, ?)",
                    "INSERT INTO addresses (id, user_id, email_address) VALUES (?, ?, ?)");
            assertThat(bound(log.statements().get(0))).containsExactly(row(1, "u1"));
            assertThat(bound(log.statements().get(1))).containsExactly(row(1, 1, "a2"));

            session.delete(u1);
            session.delete(a1);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly(
                    "DELETE FROM addresses WHERE addresses.id = ?",
                    "DELETE FROM users WHERE users.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(1));
            assertThat(bound(log.statements().get(1))).containsExactly(row(1));
        }
    }

    /** test_natural_selfref: rows of one table that are not connected in memory go out in the order added. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void unconnectedSelfReferentialRowsAreInsertedInTheOrderAdded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node n1 = new Node();
            n1.id = 1;
            Node n2 = new Node();
            n2.id = 2;
            n2.parentId = 1;
            Node n3 = new Node();
            n3.id = 3;
            n3.parentId = 2;
            session.addAll(List.of(n1, n2, n3));
            log.clear();
            session.flush();

            // Junction differs: an INSERT leaves out the columns an object never set (SQLAlchemy binds them
            // as NULL), so n1, which sets no parent_id, goes out in its own statement, before n2 and n3.
            assertThat(log.sql()).containsExactly(
                    "INSERT INTO nodes (id) VALUES (?)",
                    "INSERT INTO nodes (id, parent_id) VALUES (?, ?)");
            assertThat(bound(log.statements().get(0))).containsExactly(row(1));
            assertThat(bound(log.statements().get(1))).containsExactly(row(2, 1), row(3, 2));
            session.commit();
        }
        assertThat(strings(rows(engine, select(NODES.c("id"), NODES.c("parent_id"), NODES.c("data"))
                .orderBy(NODES.c("id"))))).containsExactly("1/null/null", "2/1/null", "3/2/null");
    }

    /** test_many_to_many: both sides, then the association row; later an expired collection stays unloaded. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToManyInsertsBothSidesThenTheAssociationRow(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Keyword k1 = new Keyword();
            k1.name = "k1";
            Item i1 = new Item();
            i1.description = "i1";
            i1.keywords.add(k1);
            session.add(i1);
            log.clear();
            session.flush();

            assertThat(log.verbs()).containsExactly("INSERT items", "INSERT keywords", "INSERT item_keywords");
            assertThat(log.sql().get(0)).startsWith("INSERT INTO items (description) VALUES (?)");
            assertThat(bound(log.statements().get(0))).containsExactly(row("i1"));
            assertThat(log.sql().get(1)).startsWith("INSERT INTO keywords (name) VALUES (?)");
            assertThat(bound(log.statements().get(1))).containsExactly(row("k1"));
            assertThat(log.sql().get(2)).isEqualTo("INSERT INTO item_keywords (item_id, keyword_id) VALUES (?, ?)");
            assertThat(bound(log.statements().get(2))).containsExactly(row(i1.id, k1.id));

            // the expired collection is not loaded by a flush that changes only a column
            session.expire(i1, "keywords");
            i1.description = "i2";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE items SET description=? WHERE items.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row("i2", i1.id));
            session.commit();
        }
        assertThat(strings(rows(engine, select(ITEMS.c("id"), ITEMS.c("description"))))).containsExactly("1/i2");
        assertThat(strings(rows(engine, select(ITEM_KEYWORDS.c("item_id"), ITEM_KEYWORDS.c("keyword_id")))))
                .containsExactly("1/1");
    }

    /**
     * test_m2o_flush_size. SQLAlchemy counts the unit of work's internal actions, which Junction does
     * not expose; this asserts what that flush writes instead: the one user row, nothing for addresses.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneFlushOfAUserAloneWritesOnlyTheUser(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(new M2OUser("ed"));
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT users");
        }
    }

    /**
     * test_o2m_flush_size. SQLAlchemy counts the unit of work's internal actions, which Junction does
     * not expose; this asserts the statements of each of those flushes instead.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyFlushesWriteOnlyWhatChanged(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            User u1 = new User("ed");
            session.add(u1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT users");

            u1.name = "jack";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE users SET name=? WHERE users.id = ?");

            Address a1 = new Address("foo");
            session.add(a1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT addresses");

            u1.addresses.add(a1);
            log.clear();
            session.commit();
            assertThat(log.sql()).containsExactly("UPDATE addresses SET user_id=? WHERE addresses.id = ?");
            assertThat(bound(log.statements().get(0))).containsExactly(row(u1.id, a1.id));
        }
        try (Session session = new Session(engine).autoflush(false)) {
            User u1 = session.query(User.class).first();
            u1.name = "ed";
            assertThat(u1.addresses).hasSize(1);
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE users SET name=? WHERE users.id = ?");
        }
    }
}
