package io.junction.it.arguments;

import io.junction.engine.Engine;
import io.junction.it.arguments.model.Album;
import io.junction.it.arguments.model.Customer;
import io.junction.it.arguments.model.Order;
import io.junction.it.arguments.model.OrderLine;
import io.junction.it.arguments.model.Product;
import io.junction.it.arguments.model.Track;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.inspect.AttributeHistory;
import io.junction.orm.inspect.Junction;
import io.junction.orm.inspect.RelationshipView;
import io.junction.orm.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * backPopulates with syncBackref, innerJoin, distinctTargetKey, activeHistory, info and doc, each
 * asserted through the SQL it sends, the rows, and the objects, in both mapping styles.
 */
class RelationshipArgumentsTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return Mapping.MAPPING;
    }

    /** Two explicitly declared sides: Order.customer mirrors its changes on Customer.orders, Customer.orders (syncBackref false) does not. */
    @ParameterizedTest
    @MethodSource("cases")
    void backPopulatesWithOneSideNotSyncing(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Customer ann = new Customer("ann");
            Customer bob = new Customer("bob");
            Order first = new Order();
            ann.orders.add(first);
            assertThat(first.customer).as("Customer.orders does not sync its backref").isNull();
            Order second = new Order();
            second.customer = bob;
            assertThat(bob.orders).as("Order.customer syncs its backref").containsExactly(second);
            session.addAll(List.of(ann, bob));
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT customers", "INSERT orders");
        }
        assertThat(strings(rows(engine, select(table("orders").c("customer_id")).orderBy(table("orders").c("id")))))
                .containsExactly("1", "2");
        assertThat(Junction.inspect(Customer.class).relationship("orders").backPopulates()).isEqualTo("customer");
        assertThat(Junction.inspect(Order.class).relationship("customer").backPopulates()).isEqualTo("orders");
    }

    private static void placeOrders(Engine engine) {
        try (Session session = new Session(engine)) {
            Customer ann = new Customer("ann");
            Product pen = new Product("pen");
            Order withLine = new Order();
            withLine.customer = ann;
            OrderLine line = new OrderLine();
            line.product = pen;
            withLine.lines.add(line);
            Order empty = new Order();
            empty.customer = ann;
            session.addAll(List.of(ann, withLine, empty));
            session.commit();
        }
    }

    /**
     * Order.customer loads by an INNER JOIN; Order.lines by a LEFT OUTER JOIN whose right side
     * nests the lines' INNER JOIN to their product, so the order without lines is still loaded.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void innerJoinAndItsNestingUnderAnOuterJoin(Style style, Database database) {
        Engine engine = fresh(style, database);
        placeOrders(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Order> orders = session.query(Order.class).orderBy(table("orders").c("id")).all();
            assertThat(log.sql()).containsExactly("SELECT orders.id AS orders_id, orders.customer_id AS orders_customer_id, "
                    + "customers_1.id AS customers_1_id, customers_1.name AS customers_1_name, "
                    + "products_1.id AS products_1_id, products_1.name AS products_1_name, "
                    + "order_lines_1.id AS order_lines_1_id, order_lines_1.order_id AS order_lines_1_order_id, "
                    + "order_lines_1.product_id AS order_lines_1_product_id "
                    + "FROM orders JOIN customers AS customers_1 ON customers_1.id = orders.customer_id "
                    + "LEFT OUTER JOIN (order_lines AS order_lines_1 JOIN products AS products_1 "
                    + "ON products_1.id = order_lines_1.product_id) ON orders.id = order_lines_1.order_id "
                    + "ORDER BY orders.id, order_lines_1.id");
            assertThat(orders).hasSize(2);
            assertThat(orders.get(0).customer.name).isEqualTo("ann");
            assertThat(orders.get(0).lines).hasSize(1);
            assertThat(orders.get(0).lines.get(0).product.name).isEqualTo("pen");
            assertThat(orders.get(1).lines).isEmpty();
            assertThat(log.count()).as("everything came from the one statement").isEqualTo(1);
        }
    }

    /** Album.tracks loads by a subquery without DISTINCT: the albums' keys are their primary key, unique already. */
    @ParameterizedTest
    @MethodSource("cases")
    void distinctTargetKeyFalseLeavesDistinctOut(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            Album first = new Album("first");
            first.tracks.add(new Track("a"));
            first.tracks.add(new Track("b"));
            Album second = new Album("second");
            second.tracks.add(new Track("c"));
            session.addAll(List.of(first, second));
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Album> albums = session.query(Album.class).filter(table("albums").c("title").ne("none")).all();
            assertThat(log.sql()).containsExactly(
                    "SELECT albums.id AS albums_id, albums.title AS albums_title FROM albums WHERE albums.title != ?",
                    "SELECT anon_1.id AS anon_1_id, tracks.id AS tracks_id, tracks.album_id AS tracks_album_id, "
                            + "tracks.title AS tracks_title FROM (SELECT albums.id FROM albums "
                            + "WHERE albums.title != ?) AS anon_1 JOIN tracks ON anon_1.id = tracks.album_id "
                            + "ORDER BY anon_1.id, tracks.id");
            assertThat(albums).extracting(a -> a.tracks.size()).containsExactlyInAnyOrder(2, 1);
        }
    }

    /** Track.album (activeHistory) loads the album it replaces when that is not loaded, so the history holds it. */
    @ParameterizedTest
    @MethodSource("cases")
    void activeHistoryLoadsTheReplacedReference(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer trackId;
        Integer firstId;
        Integer secondId;
        try (Session session = new Session(engine)) {
            Album first = new Album("first");
            Track track = new Track("a");
            first.tracks.add(track);
            Album second = new Album("second");
            session.addAll(List.of(first, second));
            session.commit();
            trackId = track.id;
            firstId = first.id;
            secondId = second.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Album second = session.query(Album.class).filter(table("albums").c("title").eq("second")).one();
            Track track = session.get(Track.class, trackId);
            log.clear();
            track.album = second;
            assertThat(log.sql()).containsExactly(
                    "SELECT albums.id AS albums_id, albums.title AS albums_title FROM albums WHERE albums.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(firstId);
            AttributeHistory history = Junction.inspect(track).history("album");
            assertThat(history.added()).containsExactly(second);
            assertThat(history.deleted()).hasSize(1);
            assertThat(((Album) history.deleted().get(0)).title).isEqualTo("first");
            session.commit();
        }
        assertThat(strings(rows(engine, select(table("tracks").c("album_id"))))).containsExactly(String.valueOf(secondId));
    }

    /** info and doc, given to Customer.orders, read back from the inspection API; unset elsewhere. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void infoAndDocReadFromTheInspectionView(Style style) {
        mapping().activate(style);
        RelationshipView orders = Junction.inspect(Customer.class).relationship("orders");
        assertThat(orders.info()).isEqualTo(Map.of("owner", "sales", "audited", "yes"));
        assertThat(orders.doc()).isEqualTo("the orders the customer placed");
        RelationshipView customer = Junction.inspect(Order.class).relationship("customer");
        assertThat(customer.info()).isEmpty();
        assertThat(customer.doc()).isNull();
    }
}
