package io.junction.it.loading.variants;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.inspect.Junction;
import io.junction.orm.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;

import static io.junction.it.loading.variants.Fixture.ADDRESS_COLUMNS;
import static io.junction.it.loading.variants.Fixture.USER_COLUMNS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code loadOnPending}: on an object added to a session and not flushed, a relationship that holds
 * nothing loads by the object's current key values, without an autoflush. {@code Address.user} and
 * {@code User.addresses} are configured so; {@code Order.user} is not. Ported from SQLAlchemy
 * test/orm/test_load_on_fks.py, classes LoadOnFKsTest and FlushOnPendingTest.
 */
class LoadOnPendingTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return Variants.MAPPING;
    }

    private Engine fixture(Style style, Database database) {
        Engine engine = fresh(style, database);
        Fixture.usersAddressesOrders(engine, metadata());
        return engine;
    }

    /** test_autoflush_load_on_pending_on_pending: the target the session holds, without SQL. */
    @ParameterizedTest
    @MethodSource("cases")
    void loadOnPendingOnPending(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User ed = session.get(User.class, 8);
            Address address = new Address(20, "new@ed");
            session.add(address);
            address.userId = ed.id;
            log.clear();
            assertThat(address.user).isSameAs(ed);
            assertThat(log.count()).isZero();
        }
    }

    /** A target the session does not hold is selected by the pending object's foreign key, and nothing is flushed first. */
    @ParameterizedTest
    @MethodSource("cases")
    void aMissingTargetIsSelectedWithoutAnAutoflush(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address address = new Address(20, "new@fred");
            address.userId = 9;
            session.add(address);
            User fred = address.user;
            assertThat(fred.name).isEqualTo("fred");
            assertThat(log.sql()).as("no INSERT of the pending address before the SELECT").containsExactly(
                    "SELECT " + USER_COLUMNS + " FROM users WHERE users.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(9);
            assertThat(Junction.inspect(fred).attribute("addresses").loaded())
                    .as("fred's IMMEDIATE addresses stop at Address, the class the load started from").isFalse();
        }
    }

    /** test_autoflush_on_pending: without loadOnPending, a pending object's relationship stays as it was given (null). */
    @ParameterizedTest
    @MethodSource("cases")
    void withoutLoadOnPendingNothingLoads(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User jack = session.get(User.class, 7);
            Order order = new Order(10, "order 10");
            session.add(order);
            order.userId = jack.id;
            log.clear();
            assertThat(order.user).isNull();
            assertThat(log.count()).isZero();
        }
    }

    /** test_collection_load_from_pending_populated: a pending object whose key is set loads its collection by it. */
    @ParameterizedTest
    @MethodSource("cases")
    void collectionLoadFromPendingPopulated(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User twin = new User(8, "twin");
            session.add(twin);
            assertThat(twin.addresses).extracting(a -> a.id).containsExactly(2, 3, 4);
            assertThat(log.sql()).containsExactly(
                    "SELECT " + ADDRESS_COLUMNS + " FROM addresses WHERE addresses.user_id = ? ORDER BY addresses.id");
        }
    }

    /** test_collection_load_from_pending_no_sql, test_dont_load_if_no_keys: a NULL key loads nothing, without SQL. */
    @ParameterizedTest
    @MethodSource("cases")
    void collectionLoadFromPendingNoSql(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User nobody = new User(null, "nobody");
            session.add(nobody);
            assertThat(nobody.addresses).isEmpty();
            assertThat(log.count()).isZero();
        }
    }

    /** test_annoying_autoflush_one: assigning the collection of a pending object neither flushes nor selects. */
    @ParameterizedTest
    @MethodSource("cases")
    void assigningOnPendingDoesNotFlush(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User user = new User(null, null);
            session.add(user);
            user.addresses = new ArrayList<>();
            assertThat(user.addresses).isEmpty();
            assertThat(log.count()).isZero();
        }
    }

    /** test_load_on_pending_with_set: setting the relationship of a pending object takes no SQL. */
    @ParameterizedTest
    @MethodSource("cases")
    void loadOnPendingWithSet(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User jack = session.get(User.class, 7);
            Address address = new Address(20, "new@jack");
            session.add(address);
            address.userId = jack.id;
            log.clear();
            address.user = jack;
            assertThat(log.count()).isZero();
            assertThat(jack.addresses).extracting(a -> a.id).containsExactly(1, 20);
        }
    }

    /** test_backref_doesnt_double: setting the same parent again and again appends the child once. */
    @ParameterizedTest
    @MethodSource("cases")
    void backrefDoesntDouble(Style style, Database database) {
        Engine engine = fixture(style, database);
        try (Session session = new Session(engine)) {
            User jack = session.get(User.class, 7);
            Address address = new Address(20, "new@jack");
            session.add(address);
            address.user = jack;
            address.user = jack;
            address.user = jack;
            address.user = jack;
            assertThat(jack.addresses).hasSize(2);
        }
    }

    /** test_m2o_lazy_loader_on_pending, flushed: the object is persistent, and the relationship loads by its written key. */
    @ParameterizedTest
    @MethodSource("cases")
    void loadsAfterTheFlushByTheWrittenKey(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User fred = session.get(User.class, 9);
            Address address = new Address(20, "new@fred");
            session.add(address);
            address.userId = fred.id;
            session.flush();
            log.clear();
            assertThat(address.user).isSameAs(fred);
            assertThat(log.count()).isZero();
            session.commit();
        }
    }

    /** An object expunged while pending holds nothing again: reading it neither loads nor fails. */
    @ParameterizedTest
    @MethodSource("cases")
    void anExpungedPendingObjectReadsAsGiven(Style style, Database database) {
        Engine engine = fixture(style, database);
        try (Session session = new Session(engine)) {
            Address address = new Address(20, "new");
            address.userId = 9;
            session.add(address);
            session.expunge(address);
            assertThat(address.user).isNull();
        }
    }
}
