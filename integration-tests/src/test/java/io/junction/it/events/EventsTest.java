package io.junction.it.events;

import io.junction.declarative.DeclarativeRegistry;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.event.ListenerException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.mapper.RegistryEvents;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.orm.session.SessionFactory;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.mapper.Validation.validates;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mapper events (before and after insert, update and delete), load and refresh, attribute events
 * with backrefs, validators and session events, on H2 and PostgreSQL, mapped declaratively (the
 * lifecycle methods and {@code @Validates} of {@link User}) and classically (the same methods
 * registered through {@code registry.events()} and {@code validates(...)}). Ported from SQLAlchemy
 * test/orm/test_events.py (classes MapperEventsTest, LoadTest, RefreshTest, SessionEventsTest) and
 * test/orm/test_validators.py (class ValidatorTest); each test names the original it ports.
 */
class EventsTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table users = metadata.table("users",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("email", string(50)),
                column("stamp", string(20)));
        Table addresses = metadata.table("addresses",
                column("id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.id"),
                column("email_address", string(50)));
        // tag::classical[]
        Registry registry = new Registry(metadata);
        registry.map(User.class, users, relationship("addresses", Address.class).backref("user"),
                validates("email", (User user, String key, String value) -> user.validateEmail(key, value)),
                validates("addresses", (User user, String key, Address value) -> user.validateAddress(key, value)));
        registry.map(Address.class, addresses);
        registry.events()
                .beforeInsert(User.class, User::beforeInsert)
                .afterInsert(User.class, (user, connection) -> user.afterInsert())
                .beforeUpdate(User.class, (user, connection) -> user.beforeUpdate())
                .afterUpdate(User.class, (user, connection) -> user.afterUpdate())
                .beforeDelete(User.class, (user, connection) -> user.beforeDelete())
                .afterDelete(User.class, (user, connection) -> user.afterDelete())
                .load(User.class, User::afterLoad)
                .refresh(User.class, User::afterRefresh);
        // end::classical[]
        listenToAttributes(registry.events());
        return registry;
    });

    static {
        listenToAttributes(DeclarativeRegistry.of(Base.class).registry().events());
    }

    /** The attribute listeners of both styles: registered on the registry, as a declarative user does too. */
    private static void listenToAttributes(RegistryEvents events) {
        // tag::attributes[]
        events.append(User.class, "addresses", (User user, Address address) -> {
            Recorder.ATTRIBUTES.add("append " + user + ".addresses " + address);
            return address;
        }).remove(User.class, "addresses", (User user, Address address) ->
                Recorder.ATTRIBUTES.add("remove " + user + ".addresses " + address)
        ).set(Address.class, "user", (Address address, User user, User old) -> {
            Recorder.ATTRIBUTES.add("set " + address + ".user " + user);
            return user;
        });
        // end::attributes[]
        // tag::init[]
        events.initCollection(User.class, "addresses", (User user, List<Address> collection) -> {
            Recorder.INITS.add(user + " " + collection);
            Recorder.COLLECTIONS.add(collection);
        });
        // end::init[]
    }

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @BeforeEach
    void clearRecorder() {
        Recorder.clear();
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
    }

    private static List<String> userRows(Engine engine) {
        return strings(rows(engine, select(MAPPING.metadata().table("users").c("id"),
                MAPPING.metadata().table("users").c("name"), MAPPING.metadata().table("users").c("email"),
                MAPPING.metadata().table("users").c("stamp")).orderBy(MAPPING.metadata().table("users").c("id"))));
    }

    /**
     * MapperEventsTest.test_basic: insert, refresh after expiry, load, update, delete; the stamp the
     * before_insert and before_update listeners set is written by the same INSERT and UPDATE.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void eachFlushAndLoadEventFiresOnceInSqlAlchemysOrder(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u = new User("u1");
            session.add(u);
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT users");
            assertThat(log.statements().get(0).parameterSets()).containsExactly(List.of("u1", "inserted"));
            session.expire(u);
            u = session.get(User.class, u.id);
            assertThat(u.name).isEqualTo("u1");
            int id = u.id;
            session.expungeAll();
            u = session.get(User.class, id);
            u.name = "u1 changed";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE users SET name=?, stamp=? WHERE users.id = ?");
            assertThat(log.statements().get(0).parameterSets()).containsExactly(List.of("u1 changed", "updated", id));
            session.delete(u);
            session.flush();
            session.commit();
        }
        assertThat(Recorder.EVENTS).containsExactly("before_insert u1", "after_insert u1", "refresh u1", "load u1",
                "before_update u1 changed", "after_update u1 changed", "before_delete u1 changed", "after_delete u1 changed");
        assertThat(userRows(engine)).isEmpty();
    }

    /**
     * MapperEventsTest.test_before_after_only_collection, with a one-to-many in place of the
     * many-to-many: before_update and after_update fire for a user whose only change is an appended
     * address; the stamp its listener sets goes out in an UPDATE. The next time the stamp is unchanged,
     * so the events fire and no UPDATE is sent.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void beforeUpdateFiresForACollectionOnlyChange(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u = new User("u1");
            session.add(u);
            session.flush();
            assertThat(Recorder.EVENTS).containsExactly("before_insert u1", "after_insert u1");
            Recorder.EVENTS.clear();
            log.clear();

            u.addresses.add(new Address("a1@x"));
            session.flush();
            assertThat(Recorder.EVENTS).containsExactly("before_update u1", "after_update u1");
            assertThat(log.verbs()).containsExactly("UPDATE users", "INSERT addresses");
            assertThat(log.statements().get(0).parameterSets()).containsExactly(List.of("updated", u.id));
            Recorder.EVENTS.clear();
            log.clear();

            u.addresses.add(new Address("a2@x"));
            session.commit();
            assertThat(Recorder.EVENTS).containsExactly("before_update u1", "after_update u1");
            assertThat(log.verbs()).containsExactly("INSERT addresses");
        }
        assertThat(userRows(engine)).containsExactly("1/u1/null/updated");
    }

    /**
     * LoadTest.test_just_loaded and test_repeated_rows, RefreshTest.test_already_present,
     * test_was_expired and test_via_refresh_state: load fires once per object made from rows, also
     * when a join to its two addresses repeats its row; a query of an object held and loaded fires nothing; a read of an
     * expired object and session.refresh fire refresh.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void loadFiresOncePerObjectAndRefreshWhenExpiredColumnsLoad(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u = new User("u1");
            u.addresses.add(new Address("a1@x"));
            u.addresses.add(new Address("a2@x"));
            session.add(u);
            session.commit();
        }
        Recorder.EVENTS.clear();
        try (Session session = new Session(engine)) {
            SqlLog log = new SqlLog(engine);
            List<User> users = session.query(User.class).join("addresses").all();
            assertThat(log.count()).isEqualTo(1);
            assertThat(rows(session, select(MAPPING.metadata().table("addresses").c("id")))).hasSize(2);
            assertThat(users).hasSize(1);
            assertThat(Recorder.EVENTS).containsExactly("load u1");
            session.query(User.class).all();
            assertThat(Recorder.EVENTS).containsExactly("load u1");
            User u = users.get(0);
            session.expire(u);
            assertThat(u.name).isEqualTo("u1");
            session.refresh(u);
            assertThat(Recorder.EVENTS).containsExactly("load u1", "refresh u1", "refresh u1");
            assertThat(u.addresses).hasSize(2);
            assertThat(Recorder.EVENTS).hasSize(3);
        }
    }

    /**
     * ValidatorTest.test_scalar and test_collection: the validator's value is stored, its refusal
     * leaves the attribute and collection as they were, and what loads is not validated.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void validatorsStoreWhatTheyReturnAndRefuseWithoutChanging(Style style, Database database) {
        Engine engine = fresh(style, database);
        User u1 = new User("edward");
        u1.email = "Ed@Example.COM";
        assertThat(u1.email).isEqualTo("ed@example.com");
        assertThatThrownBy(() -> u1.email = "fred").isInstanceOf(IllegalArgumentException.class);
        assertThat(u1.email).isEqualTo("ed@example.com");

        Address a0 = new Address("noemail");
        assertThatThrownBy(() -> u1.addresses.add(a0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noemail");
        assertThat(u1.addresses).isEmpty();
        assertThat(a0.user).isNull();
        Address a1 = new Address("foo@bar.com");
        u1.addresses.add(a1);
        assertThat(a1.user).isSameAs(u1);
        assertThat(Recorder.ATTRIBUTES).containsExactly("validate email Ed@Example.COM", "validate email fred",
                "validate addresses noemail", "validate addresses foo@bar.com", "append edward.addresses foo@bar.com",
                "set foo@bar.com.user edward");
        try (Session session = new Session(engine)) {
            session.add(u1);
            session.commit();
            Recorder.ATTRIBUTES.clear();
            User loaded = session.query(User.class).filter(MAPPING.metadata().table("users").c("email").eq("ed@example.com")).one();
            assertThat(loaded.addresses).extracting(a -> a.emailAddress).containsExactly("foo@bar.com");
            assertThat(Recorder.ATTRIBUTES).isEmpty();
        }
        assertThat(userRows(engine)).containsExactly("1/edward/ed@example.com/inserted");
    }

    /**
     * ValidatorTest.test_validator_backrefs (include_backrefs and include_removes on), with attribute
     * events: appends, removals and sets fire for the user's own changes and for those the backref makes,
     * in SQLAlchemy's order. Java has no {@code del a1.user}: setting it to null is a set.
     */
    @ParameterizedTest
    @EnumSource(Style.class)
    void attributeEventsFireForBackrefChangesInSqlAlchemysOrder(Style style) {
        MAPPING.activate(style);
        User u1 = new User("u1");
        User u2 = new User("u2");
        Address a1 = new Address("a1@x");
        Address a2 = new Address("a2@x");
        u1.addresses.add(a1);
        u1.addresses.add(a2);
        a2.user = u2;
        a1.user = null;
        u2.addresses.remove(a2);
        assertThat(Recorder.ATTRIBUTES.stream().filter(e -> !e.startsWith("validate")).toList()).containsExactly(
                "append u1.addresses a1@x", "set a1@x.user u1",
                "append u1.addresses a2@x", "set a2@x.user u1",
                "set a2@x.user u2", "remove u1.addresses a2@x", "append u2.addresses a2@x",
                "set a1@x.user null", "remove u1.addresses a1@x",
                "remove u2.addresses a2@x", "set a2@x.user null");
        assertThat(Recorder.ATTRIBUTES.stream().filter(e -> e.startsWith("validate")).toList()).containsExactly(
                "validate addresses a1@x", "validate addresses a2@x", "validate addresses a2@x");
        assertThat(u1.addresses).isEmpty();
        assertThat(u2.addresses).isEmpty();
    }

    /**
     * SessionEventsTest.test_before_flush_affects_flush_plan: a before_flush listener adds a user for
     * each new or changed one, and deletes it with its user; the same flush writes them.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void beforeFlushChangesWhatTheSameFlushWrites(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Table users = MAPPING.metadata().table("users");
        try (Session session = new Session(engine)) {
            session.events().beforeFlush(s -> {
                for (Object object : s.newObjects()) {
                    s.add(new User("another " + ((User) object).name));
                }
                for (Object object : s.dirtyObjects()) {
                    s.add(new User("another " + ((User) object).name));
                }
                for (Object object : s.deletedObjects()) {
                    s.delete(s.query(User.class).filter(users.c("name").eq("another " + ((User) object).name)).one());
                }
            });
            User u = new User("u1");
            session.add(u);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT users");
            assertThat(names(session, users)).containsExactly("another u1", "u1");
            session.flush();
            assertThat(names(session, users)).containsExactly("another u1", "u1");
            u.name = "u2";
            session.flush();
            assertThat(names(session, users)).containsExactly("another u1", "another u2", "u2");
            session.delete(u);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("SELECT users", "DELETE users");
            assertThat(names(session, users)).containsExactly("another u1");
            session.commit();
        }
    }

    private static List<String> names(Session session, Table users) {
        return session.query(User.class).orderBy(users.c("name")).all().stream().map(u -> u.name).toList();
    }

    /**
     * SessionEventsTest.test_rollback_hook and test_flush_in_commit_hook: a factory's listeners hear its
     * sessions' flushes (after_flush sees the objects still new), commits and rollbacks, before the
     * session's own listeners.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void factoryAndSessionListenersHearFlushCommitAndRollback(Style style, Database database) {
        Engine engine = fresh(style, database);
        // tag::session[]
        SessionFactory factory = new SessionFactory(engine);
        factory.events()
                .afterFlush(s -> Recorder.EVENTS.add("factory after_flush new=" + s.newObjects()))
                .afterCommit(s -> Recorder.EVENTS.add("factory after_commit"))
                .afterRollback(s -> Recorder.EVENTS.add("factory after_rollback"));
        // end::session[]
        try (Session session = factory.open()) {
            session.events().beforeFlush(s -> Recorder.EVENTS.add("session before_flush"))
                    .afterCommit(s -> Recorder.EVENTS.add("session after_commit"));
            session.add(new User("u1"));
            session.commit();
            session.add(new User("u2"));
            session.rollback();
            session.commit();
        }
        assertThat(Recorder.EVENTS).containsExactly("session before_flush", "before_insert u1", "after_insert u1",
                "factory after_flush new=[u1]", "factory after_commit", "session after_commit", "factory after_rollback",
                "factory after_commit", "session after_commit");
        assertThat(userRows(engine)).containsExactly("1/u1/null/inserted");
    }

    /**
     * A listener that throws during a flush aborts it: the transaction is rolled back (also the rows of
     * an earlier flush in it), the ListenerException carries the listener's exception, and after
     * rollback() the session works again.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aFailingBeforeInsertListenerRollsTheFlushBack(Style style, Database database) {
        failingMapperListenerRollsBack(style, database, "before_insert", List.of());
    }

    /** As for before_insert, with the INSERT already sent when after_insert throws: it is rolled back too. */
    @ParameterizedTest
    @MethodSource("cases")
    void aFailingAfterInsertListenerRollsTheInsertBack(Style style, Database database) {
        failingMapperListenerRollsBack(style, database, "after_insert", List.of("INSERT users"));
    }

    private void failingMapperListenerRollsBack(Style style, Database database, String event, List<String> sent) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u0 = new User("u0");
            session.add(u0);
            session.flush();
            User u1 = new User("u1");
            session.add(u1);
            Recorder.failOn = event;
            log.clear();
            assertThatThrownBy(session::commit).isInstanceOf(ListenerException.class)
                    .hasMessageContaining(event + " listener of User failed for u1")
                    .cause().isInstanceOf(IllegalStateException.class).hasMessage(event + " refuses u1");
            assertThat(log.verbs()).containsExactlyElementsOf(sent);
            assertThat(userRows(engine)).isEmpty();
            assertThat(session.contains(u0)).isFalse();
            assertThat(u0.id).isNull();
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class);
            session.rollback();
            Recorder.failOn = null;
            session.add(u1);
            session.commit();
        }
        assertThat(userRows(engine)).hasSize(1).allMatch(row -> row.endsWith("/u1/null/inserted"));
    }

    /**
     * A before_flush listener that throws stops the flush before it writes anything, as SQLAlchemy's:
     * nothing is sent, the transaction stays as it was (no rollback needed), and the next flush writes
     * the changes.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aFailingBeforeFlushListenerWritesNothing(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.events().beforeFlush(s -> {
                if ("before_flush".equals(Recorder.failOn)) {
                    throw new IllegalStateException("before_flush refuses");
                }
            });
            User u1 = new User("u1");
            session.add(u1);
            Recorder.failOn = "before_flush";
            log.clear();
            assertThatThrownBy(session::commit).isInstanceOf(ListenerException.class)
                    .hasMessageContaining("before_flush").cause().hasMessage("before_flush refuses");
            assertThat(log.count()).isZero();
            assertThat(userRows(engine)).isEmpty();
            assertThat(session.newObjects()).containsExactly(u1);
            Recorder.failOn = null;
            session.commit();
        }
        assertThat(userRows(engine)).containsExactly("1/u1/null/inserted");
    }
}
