package io.junction.it.loading;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.model.Address;
import io.junction.it.model.Model;
import io.junction.it.model.Node;
import io.junction.it.model.User;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.LoaderOption;
import io.junction.orm.loading.RaiseLoadException;
import io.junction.orm.session.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.junction.it.model.Model.ADDRESSES;
import static io.junction.it.model.Model.KEYWORDS;
import static io.junction.it.model.Model.METADATA;
import static io.junction.it.model.Model.NODES;
import static io.junction.it.model.Model.ORDERS;
import static io.junction.it.model.Model.USERS;
import static io.junction.it.model.Model.USER_KEYWORDS;
import static io.junction.orm.loading.QueryOptions.containsEager;
import static io.junction.orm.loading.QueryOptions.joinedLoad;
import static io.junction.orm.loading.QueryOptions.lazyLoad;
import static io.junction.orm.loading.QueryOptions.noLoad;
import static io.junction.orm.loading.QueryOptions.raiseLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.orm.loading.QueryOptions.subqueryLoad;
import static io.junction.sql.expression.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every loader strategy, per query: the statements each emits, how many, and the same object graph from all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadingTest {
    private static final String USERS_GRAPH = "ed[a:ed@a,ed@b|o:o1,o2,o3|k:blue,red] wendy[a:wendy@a|o:o4|k:red] mary[a:|o:|k:]";
    private static final String NODES_GRAPH = "root(child1() child2(subchild1() subchild2()) child3())";
    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);

    static {
        Model.REGISTRY.configure();
    }

    private Engine fresh(Database database) {
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(NODES), List.of(
                    row("id", 1, "parent_id", null, "data", "root"),
                    row("id", 2, "parent_id", 1, "data", "child1"),
                    row("id", 3, "parent_id", 1, "data", "child2"),
                    row("id", 4, "parent_id", 3, "data", "subchild1"),
                    row("id", 5, "parent_id", 3, "data", "subchild2"),
                    row("id", 6, "parent_id", 1, "data", "child3")));
            connection.executeMany(insert(USERS), List.of(
                    row("id", 1, "name", "ed"), row("id", 2, "name", "wendy"), row("id", 3, "name", "mary")));
            connection.executeMany(insert(ADDRESSES), List.of(
                    row("id", 1, "user_id", 1, "email", "ed@a"),
                    row("id", 2, "user_id", 1, "email", "ed@b"),
                    row("id", 3, "user_id", 2, "email", "wendy@a"),
                    row("id", 4, "user_id", null, "email", "nobody@a")));
            connection.executeMany(insert(ORDERS), List.of(
                    row("id", 1, "user_id", 1, "description", "o1"),
                    row("id", 2, "user_id", 1, "description", "o2"),
                    row("id", 3, "user_id", 1, "description", "o3"),
                    row("id", 4, "user_id", 2, "description", "o4")));
            connection.executeMany(insert(KEYWORDS), List.of(
                    row("id", 1, "name", "blue"), row("id", 2, "name", "red"), row("id", 3, "name", "green")));
            connection.executeMany(insert(USER_KEYWORDS), List.of(
                    row("user_id", 1, "keyword_id", 1), row("user_id", 1, "keyword_id", 2),
                    row("user_id", 2, "keyword_id", 2)));
            connection.commit();
        }
        return engine;
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    @AfterAll
    void dropTables() {
        engines.values().forEach(METADATA::dropAll);
    }

    static String users(List<User> users) {
        return users.stream().map(u -> u.name
                + "[a:" + u.addresses.stream().map(a -> a.email).collect(Collectors.joining(","))
                + "|o:" + u.orders.stream().map(o -> o.description).collect(Collectors.joining(","))
                + "|k:" + u.keywords.stream().map(k -> k.name).collect(Collectors.joining(",")) + "]")
                .collect(Collectors.joining(" "));
    }

    static String tree(Node node) {
        return node.data + "(" + node.children.stream().map(LoadingTest::tree).collect(Collectors.joining(" ")) + ")";
    }

    /** Loads the users with {@code options}, counts the statements until the whole graph is read, and renders it. */
    private String usersWith(Engine engine, int expectedStatements, LoaderOption... options) {
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.query(User.class).options(options).orderBy(USERS.c("id")).all();
            String graph = users(users);
            assertThat(log.count()).as("statements for %s: %s", List.of(options), log.sql()).isEqualTo(expectedStatements);
            return graph;
        }
    }

    private String treeWith(Engine engine, int expectedStatements, LoaderOption... options) {
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node root = session.query(Node.class).options(options).filterBy("data", "root").one();
            String graph = tree(root);
            assertThat(log.count()).as("statements for %s: %s", List.of(options), log.sql()).isEqualTo(expectedStatements);
            return graph;
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyStrategyLoadsTheSameUsersWithItsOwnNumberOfStatements(Database database) {
        Engine engine = fresh(database);
        // lazy: 1 + one per accessed collection (3 users x 3 collections)
        assertThat(usersWith(engine, 1 + 9)).isEqualTo(USERS_GRAPH);
        assertThat(usersWith(engine, 1 + 9, lazyLoad("addresses"))).isEqualTo(USERS_GRAPH);
        // joined: 1, however many collections
        assertThat(usersWith(engine, 1, joinedLoad("addresses"), joinedLoad("orders"), joinedLoad("keywords")))
                .isEqualTo(USERS_GRAPH);
        // subquery: 1 + 1 per relationship
        assertThat(usersWith(engine, 1 + 3, subqueryLoad("addresses"), subqueryLoad("orders"), subqueryLoad("keywords")))
                .isEqualTo(USERS_GRAPH);
        // selectin: 1 + ceil(3 / 500) per relationship, and 1 + ceil(3 / 2) with chunks of two
        assertThat(usersWith(engine, 1 + 3, selectinLoad("addresses"), selectinLoad("orders"), selectinLoad("keywords")))
                .isEqualTo(USERS_GRAPH);
        assertThat(usersWith(engine, 1 + 2 + 3 + 3, selectinLoad("addresses").chunkSize(2)))
                .isEqualTo(USERS_GRAPH);
        // mixed
        assertThat(usersWith(engine, 1 + 1 + 1, joinedLoad("addresses"), selectinLoad("orders"), subqueryLoad("keywords")))
                .isEqualTo(USERS_GRAPH);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyStrategyLoadsTheSameTreeWithOneStatementPerLevelOrOneInAll(Database database) {
        Engine engine = fresh(database);
        assertThat(treeWith(engine, 1 + 6)).isEqualTo(NODES_GRAPH);
        assertThat(treeWith(engine, 1, joinedLoad("children", "children", "children"))).isEqualTo(NODES_GRAPH);
        assertThat(treeWith(engine, 1 + 3, selectinLoad("children", "children", "children"))).isEqualTo(NODES_GRAPH);
        assertThat(treeWith(engine, 1 + 3, subqueryLoad("children", "children", "children"))).isEqualTo(NODES_GRAPH);
        // two levels eager, the third lazy: one SELECT per node of the second level
        assertThat(treeWith(engine, 1 + 1 + 1 + 2, selectinLoad("children", "children"))).isEqualTo(NODES_GRAPH);
        assertThat(treeWith(engine, 1 + 2, joinedLoad("children", "children"))).isEqualTo(NODES_GRAPH);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void joinedLoadingIsOneLeftOuterJoinThatDeduplicatesParents(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.query(User.class).options(joinedLoad("addresses")).orderBy(USERS.c("id")).all();
            assertThat(users).extracting(u -> u.name).containsExactly("ed", "wendy", "mary");
            assertThat(log.sql()).containsExactly("SELECT users.id AS users_id, users.name AS users_name, "
                    + "addresses_1.id AS addresses_1_id, addresses_1.user_id AS addresses_1_user_id, "
                    + "addresses_1.email AS addresses_1_email FROM users "
                    + "LEFT OUTER JOIN addresses AS addresses_1 ON users.id = addresses_1.user_id "
                    + "ORDER BY users.id, addresses_1.id");
            assertThat(users.get(0).addresses).extracting(a -> a.email).containsExactly("ed@a", "ed@b");
            assertThat(users.get(0).addresses.get(0).user).isSameAs(users.get(0));
            assertThat(users.get(2).addresses).isEmpty();
            assertThat(log.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void joinedLoadingWithALimitLimitsParentsInASubquery(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.query(User.class).options(joinedLoad("orders"), joinedLoad("addresses"))
                    .orderBy(USERS.c("id")).limit(2).all();
            assertThat(users(users)).isEqualTo("ed[a:ed@a,ed@b|o:o1,o2,o3|k:blue,red] wendy[a:wendy@a|o:o4|k:red]");
            assertThat(log.sql().get(0).replace("FETCH FIRST ? ROWS ONLY", "LIMIT ?")).isEqualTo(
                    "SELECT anon_1.id AS anon_1_id, anon_1.name AS anon_1_name, "
                    + "addresses_1.id AS addresses_1_id, addresses_1.user_id AS addresses_1_user_id, "
                    + "addresses_1.email AS addresses_1_email, orders_1.id AS orders_1_id, "
                    + "orders_1.user_id AS orders_1_user_id, orders_1.description AS orders_1_description "
                    + "FROM (SELECT users.id, users.name FROM users ORDER BY users.id LIMIT ?) AS anon_1 "
                    + "LEFT OUTER JOIN addresses AS addresses_1 ON anon_1.id = addresses_1.user_id "
                    + "LEFT OUTER JOIN orders AS orders_1 ON anon_1.id = orders_1.user_id "
                    + "ORDER BY anon_1.id, addresses_1.id, orders_1.id");
            assertThat(log.statements().get(0).parameters()).containsExactly(2);

            User ed = session.query(User.class).options(joinedLoad("orders")).orderBy(USERS.c("id")).first();
            assertThat(ed.orders).hasSize(3);
            assertThat(session.query(User.class).options(joinedLoad("orders")).orderBy(USERS.c("id")).offset(1).all())
                    .extracting(u -> u.name).containsExactly("wendy", "mary");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void selectinLoadingIsOneInListPerChunk(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.query(User.class).options(selectinLoad("addresses")).orderBy(USERS.c("id")).all();
            assertThat(log.sql().get(1)).as("the key column is selected once, as the entity's")
                    .isEqualTo("SELECT addresses.id AS addresses_id, addresses.user_id AS addresses_user_id, "
                    + "addresses.email AS addresses_email FROM addresses WHERE addresses.user_id IN (?, ?, ?) "
                    + "ORDER BY addresses.id");
            assertThat(log.statements().get(1).parameters()).containsExactly(1, 2, 3);

            log.clear();
            session.query(User.class).options(selectinLoad("keywords")).orderBy(USERS.c("id")).all();
            assertThat(log.sql().get(1)).isEqualTo("SELECT user_keywords.user_id AS user_keywords_user_id, "
                    + "keywords.id AS keywords_id, keywords.name AS keywords_name FROM keywords "
                    + "JOIN user_keywords ON keywords.id = user_keywords.keyword_id "
                    + "WHERE user_keywords.user_id IN (?, ?, ?) ORDER BY keywords.id");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void subqueryLoadingRepeatsTheQueryAsASubquery(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.query(User.class).options(subqueryLoad("addresses"))
                    .filter(USERS.c("name").ne("mary")).all();
            assertThat(users).hasSize(2);
            assertThat(log.sql().get(1)).isEqualTo("SELECT anon_1.id AS anon_1_id, addresses.id AS addresses_id, "
                    + "addresses.user_id AS addresses_user_id, addresses.email AS addresses_email "
                    + "FROM (SELECT DISTINCT users.id FROM users WHERE users.name != ?) AS anon_1 "
                    + "JOIN addresses ON anon_1.id = addresses.user_id ORDER BY anon_1.id, addresses.id");
            assertThat(log.statements().get(1).parameters()).containsExactly("mary");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneLoadsJoinedOrFromTheIdentityMap(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Address> addresses = session.query(Address.class).options(joinedLoad("user"))
                    .orderBy(ADDRESSES.c("id")).all();
            assertThat(addresses).extracting(a -> a.user == null ? null : a.user.name)
                    .containsExactly("ed", "ed", "wendy", null);
            assertThat(addresses.get(0).user).isSameAs(addresses.get(1).user);
            assertThat(log.sql().get(0)).contains("FROM addresses LEFT OUTER JOIN users AS users_1 "
                    + "ON users_1.id = addresses.user_id");
            assertThat(log.count()).isEqualTo(1);
        }
        log.clear();
        try (Session session = new Session(engine)) {
            List<Address> addresses = session.query(Address.class).options(selectinLoad("user"))
                    .orderBy(ADDRESSES.c("id")).all();
            assertThat(addresses).extracting(a -> a.user == null ? null : a.user.name)
                    .containsExactly("ed", "ed", "wendy", null);
            assertThat(log.count()).isEqualTo(2);
            assertThat(log.statements().get(1).parameters()).containsExactly(1, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void raiseLoadIsTheGuardAgainstNPlusOne(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.query(User.class).options(joinedLoad("addresses"), raiseLoad("*"))
                    .orderBy(USERS.c("id")).all();
            assertThat(users.get(0).addresses).hasSize(2);
            assertThat(users.get(0).addresses.get(0).user).isSameAs(users.get(0));
            assertThatThrownBy(() -> users.get(0).orders.size())
                    .isInstanceOf(RaiseLoadException.class)
                    .hasMessageContaining("User.orders is not loaded")
                    .hasMessageContaining("RAISE");
            assertThat(log.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void noLoadReadsAsEmptyWithoutSql(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User ed = session.query(User.class).options(noLoad("addresses")).filterBy("name", "ed").one();
            assertThat(ed.addresses).isEmpty();
            assertThat(log.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void containsEagerTakesTheCollectionFromTheQuerysOwnJoin(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.query(User.class).join("addresses")
                    .filter(ADDRESSES.c("email").like("%@a")).options(containsEager("addresses"))
                    .orderBy(USERS.c("id")).all();
            assertThat(users).extracting(u -> u.name + ":" + u.addresses.size()).containsExactly("ed:1", "wendy:1");
            assertThat(log.sql()).containsExactly("SELECT users.id AS users_id, users.name AS users_name, "
                    + "addresses.id AS addresses_id, addresses.user_id AS addresses_user_id, "
                    + "addresses.email AS addresses_email FROM users JOIN addresses ON users.id = addresses.user_id "
                    + "WHERE addresses.email LIKE ? ORDER BY users.id");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void eagerLoadingNeverOverwritesACollectionTheSessionAlreadyChanged(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            session.autoflush(false);
            User ed = session.get(User.class, 1);
            List<Address> loaded = new ArrayList<>(ed.addresses);
            Address added = new Address("ed@new");
            ed.addresses.add(added);

            User wendy = session.get(User.class, 2);
            Address pending = new Address("wendy@new");
            pending.user = wendy;   // wendy.addresses is not loaded: a pending append

            List<User> users = session.query(User.class).options(joinedLoad("addresses")).orderBy(USERS.c("id")).all();
            assertThat(users.get(0)).isSameAs(ed);
            assertThat(ed.addresses).containsExactly(loaded.get(0), loaded.get(1), added);
            assertThat(wendy.addresses).extracting(a -> a.email).containsExactly("wendy@a", "wendy@new");

            session.query(User.class).options(selectinLoad("addresses")).all();
            assertThat(ed.addresses).hasSize(3);
            assertThat(wendy.addresses).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void optionsFollowTheObjectsIntoTheirLazyLoads(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Node root = session.query(Node.class).options(lazyLoad("children"), joinedLoad("children", "children"))
                    .filterBy("data", "root").one();
            assertThat(log.count()).isEqualTo(1);
            Node child2 = root.children.get(1);   // one SELECT of the children, joined with theirs
            assertThat(log.count()).isEqualTo(2);
            assertThat(log.sql().get(1)).contains("LEFT OUTER JOIN nodes AS nodes_1");
            assertThat(child2.children).extracting(n -> n.data).containsExactly("subchild1", "subchild2");
            assertThat(log.count()).isEqualTo(2);
        }
    }
}
