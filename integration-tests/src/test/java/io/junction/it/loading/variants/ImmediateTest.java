package io.junction.it.loading.variants;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.it.loading.variants.Fixture.ADDRESS_COLUMNS;
import static io.junction.it.loading.variants.Fixture.ORDER_COLUMNS;
import static io.junction.it.loading.variants.Fixture.USER_COLUMNS;
import static io.junction.orm.loading.QueryOptions.immediateLoad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Lazy.IMMEDIATE} and {@code immediateLoad}: the relationship loads right after its parents'
 * statement, by one SELECT per parent; a many-to-one whose target the session holds takes none.
 * Ported from SQLAlchemy test/orm/test_immediate_load.py, class ImmediateTest.
 */
class ImmediateTest extends StyledSuite {
    private static final String ADDRESSES_OF_USER = "SELECT " + ADDRESS_COLUMNS
            + " FROM addresses WHERE addresses.user_id = ? ORDER BY addresses.id";
    private static final String USER_BY_KEY = "SELECT " + USER_COLUMNS + " FROM users WHERE users.id = ?";

    @Override
    protected StyledMapping mapping() {
        return Variants.MAPPING;
    }

    private Engine fixture(Style style, Database database) {
        Engine engine = fresh(style, database);
        Fixture.usersAddressesOrders(engine, metadata());
        return engine;
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(Variants.MAPPING.describe(Style.DECLARATIVE)).isEqualTo(Variants.MAPPING.describe(Style.CLASSICAL));
    }

    /** test_basic */
    @ParameterizedTest
    @MethodSource("cases")
    void basic(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        List<User> result;
        try (Session session = new Session(engine)) {
            result = session.query(User.class).filterBy("id", 7).all();
            assertThat(log.sql()).containsExactly(
                    "SELECT " + USER_COLUMNS + " FROM users WHERE users.id = ?",
                    ADDRESSES_OF_USER);
            assertThat(log.statements().get(1).parameters()).containsExactly(7);
        }
        assertThat(result).hasSize(1);
        assertThat(result.get(0).addresses).as("loaded before the session closed")
                .extracting(a -> a.id + " " + a.emailAddress).containsExactly("1 jack@bean.com");
    }

    /** One SELECT per parent, in the order the parents loaded. */
    @ParameterizedTest
    @MethodSource("cases")
    void eachParentTakesOneSelect(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        List<User> users;
        try (Session session = new Session(engine)) {
            users = session.query(User.class).orderBy(table("users").c("id")).all();
            assertThat(log.sql()).containsExactly(
                    "SELECT " + USER_COLUMNS + " FROM users ORDER BY users.id",
                    ADDRESSES_OF_USER, ADDRESSES_OF_USER, ADDRESSES_OF_USER, ADDRESSES_OF_USER);
            assertThat(log.statements().subList(1, 5)).extracting(s -> s.parameters().get(0))
                    .containsExactly(7, 8, 9, 10);
        }
        assertThat(users).extracting(u -> u.addresses.size()).containsExactly(1, 3, 1, 0);
        assertThat(users.get(1).addresses.get(0).user).as("the backref is set from the one-to-many").isSameAs(users.get(1));
    }

    /**
     * A many-to-one loads by key, and not at all when the session holds its target: the orders of
     * users 7 and 9 take two SELECTs of users (each loading that user's IMMEDIATE addresses), not five.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aHeldManyToOneTakesNoSelect(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        List<Order> orders;
        try (Session session = new Session(engine)) {
            orders = session.query(Order.class).orderBy(table("orders").c("id")).all();
            assertThat(log.sql()).containsExactly(
                    "SELECT " + ORDER_COLUMNS + " FROM orders ORDER BY orders.id",
                    USER_BY_KEY, ADDRESSES_OF_USER, USER_BY_KEY, ADDRESSES_OF_USER);
            assertThat(log.statements()).extracting(s -> s.parameters().isEmpty() ? null : s.parameters().get(0))
                    .containsExactly(null, 7, 7, 9, 9);
        }
        assertThat(orders).extracting(o -> o.user.id).containsExactly(7, 9, 7, 9, 7);
        assertThat(orders.get(0).user).isSameAs(orders.get(2).user);
    }

    /** test_basic_option: {@code immediateLoad} on a relationship configured lazy. */
    @ParameterizedTest
    @MethodSource("cases")
    void basicOption(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        User jack;
        try (Session session = new Session(engine)) {
            jack = session.query(User.class).options(immediateLoad("orders")).filterBy("id", 7).all().get(0);
            assertThat(log.sql()).containsExactly(
                    "SELECT " + USER_COLUMNS + " FROM users WHERE users.id = ?",
                    ADDRESSES_OF_USER,
                    "SELECT " + ORDER_COLUMNS + " FROM orders WHERE orders.user_id = ? ORDER BY orders.id");
        }
        assertThat(jack.orders).extracting(o -> o.id).containsExactly(1, 3, 5);
        assertThat(jack.orders.get(0).user).as("the order's own IMMEDIATE user is the held one").isSameAs(jack);
    }

    /** Without the option, the same relationship loads on access (one SELECT then). */
    @ParameterizedTest
    @MethodSource("cases")
    void withoutTheOptionTheRelationshipLoadsOnAccess(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User jack = session.query(User.class).filterBy("id", 7).all().get(0);
            assertThat(log.count()).isEqualTo(2);
            log.clear();
            assertThat(jack.orders).extracting(o -> o.id).containsExactly(1, 3, 5);
            assertThat(log.verbs()).containsExactly("SELECT orders");
        }
    }

    /** test_m2one_side: the many-to-one IMMEDIATE, its other side loaded by the query's option; both end loaded. */
    @ParameterizedTest
    @MethodSource("cases")
    void manyToOneSide(Style style, Database database) {
        Engine engine = fixture(style, database);
        User jack;
        try (Session session = new Session(engine)) {
            jack = session.query(User.class).options(immediateLoad("orders")).filterBy("id", 7).all().get(0);
        }
        assertThat(jack.orders).hasSize(3);
        assertThat(jack.orders).allSatisfy(order -> assertThat(order.user).isSameAs(jack));
    }

    /** {@code session.get} runs the configured IMMEDIATE loads too. */
    @ParameterizedTest
    @MethodSource("cases")
    void getLoadsImmediateRelationships(Style style, Database database) {
        Engine engine = fixture(style, database);
        SqlLog log = new SqlLog(engine);
        User ed;
        try (Session session = new Session(engine)) {
            ed = session.get(User.class, 8);
            assertThat(log.sql()).containsExactly(USER_BY_KEY, ADDRESSES_OF_USER);
        }
        assertThat(ed.addresses).extracting(a -> a.id).containsExactly(2, 3, 4);
    }
}
