package io.junction.it.sqla.query;

import io.junction.engine.Engine;
import io.junction.it.sqla.query.Fixtures.Address;
import io.junction.it.sqla.query.Fixtures.Dingaling;
import io.junction.it.sqla.query.Fixtures.Item;
import io.junction.it.sqla.query.Fixtures.Order;
import io.junction.it.sqla.query.Fixtures.User;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.Aliased;
import io.junction.orm.loading.Rel;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.it.sqla.query.Fixtures.ADDRESSES;
import static io.junction.it.sqla.query.Fixtures.DINGALINGS;
import static io.junction.it.sqla.query.Fixtures.ORDERS;
import static io.junction.it.sqla.query.Fixtures.USERS;
import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.expression.Sql.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_query.py: the relationship parts of class OperatorTest
 * (test_m2o_compare_to_null[_aliased], test_o2m_any[_aliased], test_m2o_compare_instance[_negated,
 * _aliased], test_multilevel_any) and the relationship tests of class FilterTest (test_contains,
 * test_contains_m2m, test_any, test_any_doesnt_overcorrelate, test_has), on FixtureTest's data,
 * asserting the SQL as Junction compiles it and the rows; plus custom join conditions (a
 * primaryJoin with a constant criterion, a primaryJoin with foreignKeys) and {@code or}.
 */
class OperatorTest extends DatabaseSuite {
    private static final String USERS_FROM = "SELECT users.id AS users_id, users.name AS users_name FROM users WHERE ";
    private static final String ADDRESSES_FROM = "SELECT addresses.id AS addresses_id, addresses.user_id AS "
            + "addresses_user_id, addresses.email_address AS addresses_email_address FROM addresses WHERE ";
    private static final String ORDERS_FROM = "SELECT orders.id AS orders_id, orders.user_id AS orders_user_id, "
            + "orders.address_id AS orders_address_id, orders.description AS orders_description, "
            + "orders.isopen AS orders_isopen FROM orders WHERE ";

    static {
        Fixtures.REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return Fixtures.METADATA;
    }

    private Engine data(Database database) {
        Engine engine = fresh(database);
        Fixtures.insertData(engine);
        return engine;
    }

    private static List<Integer> userIds(List<User> users) {
        return users.stream().map(u -> u.id).toList();
    }

    private static List<Integer> addressIds(List<Address> addresses) {
        return addresses.stream().map(a -> a.id).toList();
    }

    private static List<Integer> orderIds(List<Order> orders) {
        return orders.stream().map(o -> o.id).toList();
    }

    /** test_m2o_compare_to_null, test_m2o_compare_to_null_aliased */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneComparedToNull(Database database) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Rel user = Rel.of(Address.class, "user");
            assertThat(session.query(Address.class).filter(user.eq(null)).all()).isEmpty();
            assertThat(session.query(Address.class).filter(user.isNull()).all()).isEmpty();
            assertThat(session.query(Address.class).filter(user.ne(null)).count()).isEqualTo(5);
            Aliased<Address> a1 = aliased(Address.class);
            assertThat(session.query(a1).filter(a1.rel("user").isNotNull()).count()).isEqualTo(5);

            assertThat(log.sql().subList(0, 2)).containsOnly(ADDRESSES_FROM + "addresses.user_id IS NULL");
            assertThat(log.sql().get(2)).contains("WHERE addresses.user_id IS NOT NULL");
            assertThat(log.sql().get(3)).contains("FROM addresses AS addresses_1 WHERE addresses_1.user_id IS NOT NULL");
        }
    }

    /** test_o2m_any, test_o2m_any_aliased (the alias is the parent; Junction has no of_type, so the target is the table) */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyAny(Database database) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            assertThat(session.query(User.class).filter(Rel.of(User.class, "addresses")
                    .any(ADDRESSES.c("id").eq(17))).all()).isEmpty();
            Aliased<User> u1 = aliased(User.class);
            assertThat(userIds(session.query(u1).filter(u1.rel("addresses").any(ADDRESSES.c("id").eq(3))).all()))
                    .containsExactly(8);

            assertThat(log.sql()).containsExactly(
                    USERS_FROM + "EXISTS (SELECT 1 FROM addresses WHERE users.id = addresses.user_id AND addresses.id = ?)",
                    "SELECT users_1.id AS users_1_id, users_1.name AS users_1_name FROM users AS users_1 WHERE "
                            + "EXISTS (SELECT 1 FROM addresses WHERE users_1.id = addresses.user_id AND addresses.id = ?)");
        }
    }

    /** test_m2o_compare_instance, test_m2o_compare_instance_negated, test_m2o_compare_instance_aliased (transient user 7) */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneComparedToInstance(Database database) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u7 = new User();
            u7.id = 7;
            Rel user = Rel.of(Address.class, "user");
            assertThat(addressIds(session.query(Address.class).filter(user.eq(u7)).all())).containsExactly(1);
            assertThat(addressIds(session.query(Address.class).filter(user.ne(u7)).orderBy(ADDRESSES.c("id")).all()))
                    .containsExactly(2, 3, 4, 5);
            Aliased<Address> a1 = aliased(Address.class);
            assertThat(addressIds(session.query(a1).filter(a1.rel("user").eq(u7)).all())).containsExactly(1);
            assertThat(session.query(a1).filter(a1.rel("user").ne(u7)).count()).isEqualTo(4);

            assertThat(log.sql().subList(0, 2)).containsExactly(ADDRESSES_FROM + "? = addresses.user_id",
                    ADDRESSES_FROM + "addresses.user_id != ? OR addresses.user_id IS NULL ORDER BY addresses.id");
            assertThat(log.sql().get(2)).endsWith("FROM addresses AS addresses_1 WHERE ? = addresses_1.user_id");
            assertThat(log.sql().get(3)).contains(
                    "FROM addresses AS addresses_1 WHERE addresses_1.user_id != ? OR addresses_1.user_id IS NULL");
            assertThat(log.statements().get(1).parameters()).containsExactly(7);
        }
    }

    /** test_multilevel_any: the criterion brings a second table into the subquery, which stays uncorrelated. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void multilevelAny(Database database) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            assertThat(session.query(User.class).filter(Rel.of(User.class, "addresses").any(
                    and(ADDRESSES.c("id").eq(DINGALINGS.c("address_id")), DINGALINGS.c("data").eq("x")))).all()).isEmpty();
            assertThat(userIds(session.query(User.class).filter(Rel.of(User.class, "addresses").any(
                    and(ADDRESSES.c("id").eq(DINGALINGS.c("address_id")), DINGALINGS.c("data").eq("ding 2/5")))).all()))
                    .containsExactly(9);

            assertThat(log.sql().get(0)).isEqualTo(USERS_FROM + "EXISTS (SELECT 1 FROM addresses, dingalings "
                    + "WHERE users.id = addresses.user_id AND addresses.id = dingalings.address_id AND dingalings.data = ?)");
        }
    }

    /** FilterTest.test_contains: a one-to-many contains, {@code ==} refused on a collection, {@code == None} as NOT EXISTS. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyContains(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            Rel addresses = Rel.of(User.class, "addresses");
            Address address = session.get(Address.class, 3);
            SqlLog log = new SqlLog(engine);

            assertThat(userIds(session.query(User.class).filter(addresses.contains(address)).all())).containsExactly(8);
            assertThatThrownBy(() -> addresses.eq(address)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is a collection").hasMessageContaining("contains(object)");
            assertThatThrownBy(() -> addresses.ne(address)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not(contains(object))");
            assertThat(userIds(session.query(User.class).filter(addresses.eq(null)).all())).containsExactly(10);

            assertThat(log.sql()).containsExactly(USERS_FROM + "users.id = ?",
                    USERS_FROM + "NOT EXISTS (SELECT 1 FROM addresses WHERE users.id = addresses.user_id)");
            assertThat(log.statements().get(0).parameters()).containsExactly(8);
        }
    }

    /** FilterTest.test_contains_m2m: contains through the association table, negated, and twice. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToManyContains(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            Rel items = Rel.of(Order.class, "items");
            Item item = session.get(Item.class, 3);
            Item item2 = session.get(Item.class, 5);
            SqlLog log = new SqlLog(engine);

            assertThat(orderIds(session.query(Order.class).filter(items.contains(item)).orderBy(ORDERS.c("id")).all()))
                    .containsExactly(1, 2, 3);
            assertThat(orderIds(session.query(Order.class).filter(not(items.contains(item))).orderBy(ORDERS.c("id")).all()))
                    .containsExactly(4, 5);
            assertThat(orderIds(session.query(Order.class).filter(items.contains(item)).filter(items.contains(item2)).all()))
                    .containsExactly(3);

            String exists = "EXISTS (SELECT 1 FROM order_items WHERE orders.id = order_items.order_id AND order_items.item_id = ?)";
            assertThat(log.sql()).containsExactly(ORDERS_FROM + exists + " ORDER BY orders.id",
                    ORDERS_FROM + "NOT " + exists + " ORDER BY orders.id", ORDERS_FROM + exists + " AND " + exists);
            assertThat(log.statements().get(2).parameters()).containsExactly(3, 5);
        }
    }

    /** FilterTest.test_any and test_any_doesnt_overcorrelate */
    @ParameterizedTest
    @EnumSource(Database.class)
    void any(Database database) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Rel addresses = Rel.of(User.class, "addresses");
            assertThat(userIds(session.query(User.class).filter(addresses.any(ADDRESSES.c("email_address").like("%ed%")))
                    .orderBy(USERS.c("id")).all())).containsExactly(8, 9);
            assertThat(userIds(session.query(User.class).filter(addresses.any(
                    and(ADDRESSES.c("email_address").like("%ed%"), ADDRESSES.c("id").eq(4)))).all())).containsExactly(8);
            assertThat(userIds(session.query(User.class).filter(addresses.any(ADDRESSES.c("email_address").like("%ed%")))
                    .filter(addresses.any(ADDRESSES.c("id").eq(4))).all())).containsExactly(8);
            assertThat(userIds(session.query(User.class)
                    .filter(addresses.any(ADDRESSES.c("email_address").eq("fred@fred.com"))).all())).containsExactly(9);
            log.clear();

            // the contents are not adapted by a join to an alias, and not correlated to a plain join
            Aliased<Address> ua = aliased(Address.class);
            assertThat(userIds(session.query(User.class).join("addresses", ua)
                    .filter(not(addresses.any(ADDRESSES.c("email_address").eq("fred@fred.com"))))
                    .orderBy(USERS.c("id")).all())).containsExactly(7, 8);
            assertThat(userIds(session.query(User.class).outerJoin("addresses", ua).filter(not(addresses.any())).all()))
                    .containsExactly(10);
            assertThat(userIds(session.query(User.class).join("addresses")
                    .filter(not(addresses.any(ADDRESSES.c("email_address").eq("fred@fred.com"))))
                    .orderBy(USERS.c("id")).all())).containsExactly(7, 8);

            String users = "SELECT users.id AS users_id, users.name AS users_name FROM users ";
            assertThat(log.sql()).containsExactly(
                    users + "JOIN addresses AS addresses_1 ON users.id = addresses_1.user_id WHERE NOT EXISTS (SELECT 1 "
                            + "FROM addresses WHERE users.id = addresses.user_id AND addresses.email_address = ?) ORDER BY users.id",
                    users + "LEFT OUTER JOIN addresses AS addresses_1 ON users.id = addresses_1.user_id WHERE NOT EXISTS "
                            + "(SELECT 1 FROM addresses WHERE users.id = addresses.user_id)",
                    users + "JOIN addresses ON users.id = addresses.user_id WHERE NOT EXISTS (SELECT 1 "
                            + "FROM addresses WHERE users.id = addresses.user_id AND addresses.email_address = ?) ORDER BY users.id");
        }
    }

    /** FilterTest.test_has, with the nested one-to-one comparison of its last query. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void has(Database database) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Rel user = Rel.of(Address.class, "user");
            assertThat(addressIds(session.query(Address.class).filter(user.has(USERS.c("name").eq("fred"))).all()))
                    .containsExactly(5);
            assertThat(addressIds(session.query(Address.class).filter(user.has(USERS.c("name").like("%ed%")))
                    .orderBy(ADDRESSES.c("id")).all())).containsExactly(2, 3, 4, 5);
            assertThat(addressIds(session.query(Address.class).filter(user.has(
                    and(USERS.c("name").like("%ed%"), USERS.c("id").eq(8)))).orderBy(ADDRESSES.c("id")).all()))
                    .containsExactly(2, 3, 4);
            assertThat(addressIds(session.query(Address.class).join("user").filter(user.has(
                    and(USERS.c("name").like("%ed%"), USERS.c("id").eq(8)))).orderBy(ADDRESSES.c("id")).all()))
                    .containsExactly(2, 3, 4);
            assertThat(addressIds(session.query(Address.class).join("user", aliased(User.class)).filter(user.has(
                    and(USERS.c("name").like("%ed%"), USERS.c("id").eq(8)))).orderBy(ADDRESSES.c("id")).all()))
                    .containsExactly(2, 3, 4);
            Dingaling dingaling = session.get(Dingaling.class, 2);
            assertThat(userIds(session.query(User.class).filter(Rel.of(User.class, "addresses")
                    .any(Rel.of(Address.class, "dingaling").eq(dingaling))).all())).containsExactly(9);

            assertThat(log.sql().get(0)).isEqualTo(ADDRESSES_FROM
                    + "EXISTS (SELECT 1 FROM users WHERE users.id = addresses.user_id AND users.name = ?)");
            assertThat(log.sql().get(3)).contains("FROM addresses JOIN users ON users.id = addresses.user_id WHERE "
                    + "EXISTS (SELECT 1 FROM users WHERE users.id = addresses.user_id AND users.name LIKE ? AND users.id = ?)");
            assertThat(log.sql().get(4)).contains("FROM addresses JOIN users AS users_1 ON users_1.id = addresses.user_id "
                    + "WHERE EXISTS (SELECT 1 FROM users WHERE users.id = addresses.user_id AND users.name LIKE ?");
            assertThat(log.sql().get(log.count() - 1)).isEqualTo(USERS_FROM
                    + "EXISTS (SELECT 1 FROM addresses WHERE users.id = addresses.user_id AND addresses.id = ?)");
            assertThat(log.statements().get(log.count() - 1).parameters()).containsExactly(5);

            // != of a one-to-one held on the other side: NOT EXISTS of that row
            log.clear();
            assertThat(addressIds(session.query(Address.class).filter(Rel.of(Address.class, "dingaling").ne(dingaling))
                    .orderBy(ADDRESSES.c("id")).all())).containsExactly(1, 2, 3, 4);
            assertThat(log.sql()).containsExactly(ADDRESSES_FROM + "NOT EXISTS (SELECT 1 FROM dingalings WHERE "
                    + "addresses.id = dingalings.address_id AND dingalings.id = ?) ORDER BY addresses.id");
        }
    }

    /**
     * Custom join conditions: a primaryJoin with a constant criterion ({@code openOrders}) keeps it
     * in any() and in contains(), and a primaryJoin with foreignKeys ({@code shippingAddress}) is a
     * many-to-one like any other; the operators combine with {@code or}.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void customJoinConditions(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            Order order1 = session.get(Order.class, 1);
            Order order3 = session.get(Order.class, 3);
            Address address4 = session.get(Address.class, 4);
            SqlLog log = new SqlLog(engine);
            Rel openOrders = Rel.of(User.class, "openOrders");
            Rel shipping = Rel.of(Order.class, "shippingAddress");

            assertThat(userIds(session.query(User.class).filter(openOrders.any()).orderBy(USERS.c("id")).all()))
                    .containsExactly(7, 9);
            assertThat(userIds(session.query(User.class).filter(openOrders.contains(order3)).all())).containsExactly(7);
            assertThat(session.query(User.class).filter(openOrders.contains(order1)).all()).isEmpty();
            assertThat(orderIds(session.query(Order.class).filter(shipping.eq(address4)).orderBy(ORDERS.c("id")).all()))
                    .containsExactly(2, 4);
            assertThat(orderIds(session.query(Order.class)
                    .filter(or(shipping.eq(address4), shipping.has(ADDRESSES.c("email_address").like("jack%"))))
                    .orderBy(ORDERS.c("id")).all())).containsExactly(1, 2, 3, 4, 5);

            assertThat(log.sql()).containsExactly(
                    USERS_FROM + "EXISTS (SELECT 1 FROM orders WHERE users.id = orders.user_id AND orders.isopen = ?) "
                            + "ORDER BY users.id",
                    USERS_FROM + "EXISTS (SELECT 1 FROM orders WHERE users.id = orders.user_id AND orders.isopen = ? "
                            + "AND orders.id = ?)",
                    USERS_FROM + "EXISTS (SELECT 1 FROM orders WHERE users.id = orders.user_id AND orders.isopen = ? "
                            + "AND orders.id = ?)",
                    ORDERS_FROM + "? = orders.address_id ORDER BY orders.id",
                    ORDERS_FROM + "? = orders.address_id OR EXISTS (SELECT 1 FROM addresses WHERE addresses.id = "
                            + "orders.address_id AND addresses.email_address LIKE ?) ORDER BY orders.id");
        }
    }
}
