package io.junction.it.sqla.query;

import io.junction.engine.Engine;
import io.junction.it.sqla.query.Fixtures.Address;
import io.junction.it.sqla.query.Fixtures.Item;
import io.junction.it.sqla.query.Fixtures.Keyword;
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
import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.sql.expression.Sql.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_query.py, class ParentTest: SQLAlchemy's {@code with_parent}
 * is Junction's {@code Query.withParent(instance, attribute)} (one-to-many, many-to-many, a
 * transient or pending parent, an aliased query, a non-relationship refused, a query of the wrong
 * class refused where SQLAlchemy renders a cartesian product), and, as an expression combinable
 * with {@code or}, the many-to-one comparison of the other side ({@code Rel.of(Address.class, "user").eq(u)}).
 */
class ParentTest extends DatabaseSuite {

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

    private static List<String> descriptions(List<Order> orders) {
        return orders.stream().map(o -> o.description).toList();
    }

    /** test_o2m, test_with_transient */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToMany(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            User u1 = session.query(User.class).filterBy("name", "jack").one();
            User utrans = new User();
            utrans.id = u1.id;
            SqlLog log = new SqlLog(engine);

            assertThat(descriptions(session.query(Order.class).withParent(u1, "orders").all()))
                    .containsExactly("order 1", "order 3", "order 5");
            assertThat(descriptions(session.query(Order.class).withParent(utrans, "orders").all()))
                    .containsExactly("order 1", "order 3", "order 5");

            assertThat(log.sql().get(0)).endsWith("FROM orders WHERE orders.user_id = ?");
            assertThat(log.statements().get(1).parameters()).containsExactly(7);
        }
    }

    /** test_m2m */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToMany(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            Item i1 = session.query(Item.class).filterBy("id", 2).one();
            SqlLog log = new SqlLog(engine);

            assertThat(session.query(Keyword.class).withParent(i1, "keywords").all()).extracting(k -> k.name)
                    .containsExactlyInAnyOrder("red", "small", "square");
            assertThat(log.sql()).containsExactly("SELECT keywords.id AS keywords_id, keywords.name AS keywords_name "
                    + "FROM keywords, item_keywords WHERE item_keywords.item_id = ? AND item_keywords.keyword_id = keywords.id");
        }
    }

    /** test_with_pending_autoflush: the pending order's foreign key, flushed first by autoflush. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void withPendingAutoflush(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            Order o1 = session.query(Order.class).first();
            Order opending = new Order();
            opending.id = 20;
            opending.userId = o1.userId;
            session.add(opending);
            SqlLog log = new SqlLog(engine);

            assertThat(session.query(User.class).withParent(opending, "user").one().id).isEqualTo(o1.userId);
            assertThat(log.verbs()).containsExactly("INSERT orders", "SELECT users");
            assertThat(log.sql().get(1)).contains("FROM users WHERE users.id = ?");
        }
    }

    /** test_select_from_alias: the criterion is read through the query's alias. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void selectFromAlias(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            User u1 = session.get(User.class, 8);
            Aliased<Address> a1 = aliased(Address.class);
            SqlLog log = new SqlLog(engine);

            assertThat(session.query(a1).withParent(u1, "addresses").all()).extracting(a -> a.id).containsExactly(2, 3, 4);
            assertThat(log.sql().get(0)).endsWith("FROM addresses AS addresses_1 WHERE addresses_1.user_id = ?");
        }
    }

    /** test_unique_binds_or, as the many-to-one comparison of the other side, which is an expression. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void twoParentsWithOr(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            User u1 = session.get(User.class, 7);
            User u2 = session.get(User.class, 9);
            SqlLog log = new SqlLog(engine);
            Rel user = Rel.of(Address.class, "user");

            assertThat(session.query(Address.class).filter(or(user.eq(u1), user.eq(u2))).orderBy(ADDRESSES.c("id")).all())
                    .extracting(a -> a.id).containsExactly(1, 5);
            assertThat(log.sql().get(0)).endsWith("FROM addresses WHERE ? = addresses.user_id OR ? = addresses.user_id "
                    + "ORDER BY addresses.id");
            assertThat(log.statements().get(0).parameters()).containsExactly(7, 9);
        }
    }

    /** test_invalid_property, test_noparent (refused here: the query's class is not the relationship's target) */
    @ParameterizedTest
    @EnumSource(Database.class)
    void refusals(Database database) {
        Engine engine = data(database);
        try (Session session = new Session(engine)) {
            User u1 = session.get(User.class, 7);
            assertThatThrownBy(() -> session.query(Order.class).withParent(u1, "name"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a relationship");
            assertThatThrownBy(() -> session.query(Item.class).withParent(u1, "orders"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this query is for Item");
            assertThatThrownBy(() -> Rel.of(User.class, "name"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("User.name is a column");
            assertThatThrownBy(() -> Rel.of(Address.class, "user").eq(u1.orders.get(0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot compare");
            assertThatThrownBy(() -> Rel.of(Address.class, "user").any())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single reference");
            assertThatThrownBy(() -> Rel.of(User.class, "addresses").has())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a collection");
        }
    }
}
