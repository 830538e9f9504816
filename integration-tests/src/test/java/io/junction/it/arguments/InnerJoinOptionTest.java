package io.junction.it.arguments;

import io.junction.engine.Engine;
import io.junction.it.arguments.model.Customer;
import io.junction.it.arguments.model.Order;
import io.junction.it.arguments.model.OrderLine;
import io.junction.it.arguments.model.Product;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Comparator;
import java.util.List;

import static io.junction.orm.loading.QueryOptions.joinedLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The per-query {@code innerJoin} of a joined load, SQLAlchemy's {@code joinedload(..., innerjoin=...)},
 * over Customer.orders (configured outer), Order.customer (configured inner), Order.lines (configured
 * outer) and OrderLine.product (configured inner). Ported from SQLAlchemy
 * test/orm/test_eager_relations.py EagerTest: test_inner_join_options,
 * test_inner_join_nested_chaining_negative_options_*, test_inner_join_nested_chaining_positive_options,
 * test_inner_join_unnested_chaining_options and test_unnested_outerjoin_propagation_only_on_correct_path,
 * each asserting the statement and the objects it loads.
 */
class InnerJoinOptionTest extends StyledSuite {
    private static final String CUSTOMER = "customers.id AS customers_id, customers.name AS customers_name";
    private static final String ORDER = "orders.id AS orders_id, orders.customer_id AS orders_customer_id";
    private static final String ORDERS_1 = "orders_1.id AS orders_1_id, orders_1.customer_id AS orders_1_customer_id";
    private static final String CUSTOMERS_1 = "customers_1.id AS customers_1_id, customers_1.name AS customers_1_name";
    private static final String LINES_1 = "order_lines_1.id AS order_lines_1_id, order_lines_1.order_id AS order_lines_1_order_id, "
            + "order_lines_1.product_id AS order_lines_1_product_id";
    private static final String PRODUCTS_1 = "products_1.id AS products_1_id, products_1.name AS products_1_name";
    private static final String NESTED_PRODUCT = "(order_lines AS order_lines_1 JOIN products AS products_1 "
            + "ON products_1.id = order_lines_1.product_id)";

    @Override
    protected StyledMapping mapping() {
        return Mapping.MAPPING;
    }

    /** ann (1) with order 1 (one line, of pen) and order 2 (no lines); bob (2) without orders. */
    private static void placeOrders(Engine engine) {
        try (Session session = new Session(engine)) {
            Customer ann = new Customer("ann");
            Customer bob = new Customer("bob");
            Order withLine = new Order();
            withLine.customer = ann;
            OrderLine line = new OrderLine();
            line.product = new Product("pen");
            withLine.lines.add(line);
            Order empty = new Order();
            empty.customer = ann;
            session.addAll(List.of(ann, bob, withLine, empty));
            session.commit();
        }
    }

    /** Each customer's name and orders (Customer.orders has no order: sorted by id here) with their line counts. */
    private static List<String> ordersOf(List<Customer> customers) {
        return customers.stream().map(c -> c.name + ":" + c.orders.stream().sorted(Comparator.comparing(o -> o.id))
                .map(o -> o.id + "/" + o.lines.size()).toList()).toList();
    }

    /** test_inner_join_options: innerJoin(true) on an outer relationship; the customer without orders is not loaded. */
    @ParameterizedTest
    @MethodSource("cases")
    void innerJoinTrueOnAnOuterRelationship(Style style, Database database) {
        Engine engine = fresh(style, database);
        placeOrders(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Customer> customers = session.query(Customer.class).options(joinedLoad("orders").innerJoin(true))
                    .orderBy(table("customers").c("id")).all();
            assertThat(log.sql()).containsExactly("SELECT " + CUSTOMER + ", " + PRODUCTS_1 + ", " + LINES_1 + ", " + ORDERS_1
                    + " FROM customers JOIN orders AS orders_1 ON customers.id = orders_1.customer_id "
                    + "LEFT OUTER JOIN " + NESTED_PRODUCT + " ON orders_1.id = order_lines_1.order_id "
                    + "ORDER BY customers.id, order_lines_1.id");
            assertThat(ordersOf(customers)).containsExactly("ann:[1/1, 2/0]");
            assertThat(log.count()).isEqualTo(1);
        }
    }

    /**
     * test_inner_join_nested_chaining_positive_options: an outer join whose inner joins below are
     * nested into its right side, so that bob is loaded with no orders and ann with only the order that has lines.
     * The same statement comes from innerJoin on the last step of a two-step path.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void innerJoinsNestedUnderAnOuterOption(Style style, Database database) {
        Engine engine = fresh(style, database);
        placeOrders(engine);
        SqlLog log = new SqlLog(engine);
        String expected = "SELECT " + CUSTOMER + ", " + PRODUCTS_1 + ", " + LINES_1 + ", " + ORDERS_1
                + " FROM customers LEFT OUTER JOIN (orders AS orders_1 JOIN order_lines AS order_lines_1 "
                + "ON orders_1.id = order_lines_1.order_id JOIN products AS products_1 ON products_1.id = order_lines_1.product_id) "
                + "ON customers.id = orders_1.customer_id ORDER BY customers.id, order_lines_1.id";
        try (Session session = new Session(engine)) {
            List<Customer> customers = session.query(Customer.class)
                    .options(joinedLoad("orders").innerJoin(false).joinedLoad("lines").innerJoin(true))
                    .orderBy(table("customers").c("id")).all();
            assertThat(log.sql()).containsExactly(expected);
            assertThat(ordersOf(customers)).containsExactly("ann:[1/1]", "bob:[]");
            assertThat(customers.get(0).orders.get(0).lines.get(0).product.name).isEqualTo("pen");
            assertThat(log.count()).isEqualTo(1);
        }
        log.clear();
        try (Session session = new Session(engine)) {
            session.query(Customer.class).options(joinedLoad("orders", "lines").innerJoin(true))
                    .orderBy(table("customers").c("id")).all();
            assertThat(log.sql()).containsExactly(expected);
        }
    }

    /** test_inner_join_nested_chaining_negative_options_two/three: innerJoin(false) makes a configured inner join outer. */
    @ParameterizedTest
    @MethodSource("cases")
    void innerJoinFalseOnAnInnerRelationship(Style style, Database database) {
        Engine engine = fresh(style, database);
        placeOrders(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Order> orders = session.query(Order.class).options(joinedLoad("customer").innerJoin(false))
                    .orderBy(table("orders").c("id")).all();
            assertThat(log.sql()).containsExactly("SELECT " + ORDER + ", " + CUSTOMERS_1 + ", " + PRODUCTS_1 + ", " + LINES_1
                    + " FROM orders LEFT OUTER JOIN customers AS customers_1 ON customers_1.id = orders.customer_id "
                    + "LEFT OUTER JOIN " + NESTED_PRODUCT + " ON orders.id = order_lines_1.order_id "
                    + "ORDER BY orders.id, order_lines_1.id");
            assertThat(orders).extracting(o -> o.customer.name + "/" + o.lines.size()).containsExactly("ann/1", "ann/0");
        }
        log.clear();
        try (Session session = new Session(engine)) {
            List<Order> orders = session.query(Order.class).options(joinedLoad("lines").joinedLoad("product").innerJoin(false))
                    .orderBy(table("orders").c("id")).all();
            assertThat(log.sql()).containsExactly("SELECT " + ORDER + ", " + CUSTOMERS_1 + ", " + PRODUCTS_1 + ", " + LINES_1
                    + " FROM orders JOIN customers AS customers_1 ON customers_1.id = orders.customer_id "
                    + "LEFT OUTER JOIN order_lines AS order_lines_1 ON orders.id = order_lines_1.order_id "
                    + "LEFT OUTER JOIN products AS products_1 ON products_1.id = order_lines_1.product_id "
                    + "ORDER BY orders.id, order_lines_1.id");
            assertThat(orders).extracting(o -> o.lines.size()).containsExactly(1, 0);
        }
    }

    /**
     * test_unnested_outerjoin_propagation_only_on_correct_path: an unnested inner join beside an outer
     * one (not below it) stays inner and is chained on; the order without lines is not loaded.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void unnestedBesideAnOuterJoin(Style style, Database database) {
        Engine engine = fresh(style, database);
        placeOrders(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Order> orders = session.query(Order.class)
                    .options(joinedLoad("customer").innerJoin(false), joinedLoad("lines").innerJoinUnnested())
                    .orderBy(table("orders").c("id")).all();
            assertThat(log.sql()).containsExactly("SELECT " + ORDER + ", " + CUSTOMERS_1 + ", " + PRODUCTS_1 + ", " + LINES_1
                    + " FROM orders LEFT OUTER JOIN customers AS customers_1 ON customers_1.id = orders.customer_id "
                    + "JOIN order_lines AS order_lines_1 ON orders.id = order_lines_1.order_id "
                    + "JOIN products AS products_1 ON products_1.id = order_lines_1.product_id "
                    + "ORDER BY orders.id, order_lines_1.id");
            assertThat(orders).extracting(o -> o.id + "/" + o.lines.size()).containsExactly("1/1");
        }
    }

    /**
     * test_inner_join_unnested_chaining_options: an unnested inner join below an outer one is made
     * outer and chained on (where innerJoin(true) would be nested); its product's configured inner
     * join is nested into it.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void unnestedBelowAnOuterJoinBecomesOuter(Style style, Database database) {
        Engine engine = fresh(style, database);
        placeOrders(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Customer> customers = session.query(Customer.class)
                    .options(joinedLoad("orders").joinedLoad("lines").innerJoinUnnested())
                    .orderBy(table("customers").c("id")).all();
            assertThat(log.sql()).containsExactly("SELECT " + CUSTOMER + ", " + PRODUCTS_1 + ", " + LINES_1 + ", " + ORDERS_1
                    + " FROM customers LEFT OUTER JOIN orders AS orders_1 ON customers.id = orders_1.customer_id "
                    + "LEFT OUTER JOIN " + NESTED_PRODUCT + " ON orders_1.id = order_lines_1.order_id "
                    + "ORDER BY customers.id, order_lines_1.id");
            assertThat(ordersOf(customers)).containsExactly("ann:[1/1, 2/0]", "bob:[]");
        }
    }

    /** innerJoin belongs to a joined load: on another strategy it is refused when the option is made. */
    @Test
    void innerJoinOnAnotherStrategyIsRefused() {
        assertThatThrownBy(() -> selectinLoad("orders").innerJoin(true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("innerJoin applies to a joinedLoad, whose relationship is loaded by a join, not to "
                        + "selectinLoad[orders]; make the last link joinedLoad(...), or drop innerJoin");
        assertThat(joinedLoad("orders").innerJoin(false).joinedLoad("lines").innerJoinUnnested())
                .hasToString("joinedLoad[orders].innerJoin(false).joinedLoad[lines].innerJoinUnnested()");
    }
}
