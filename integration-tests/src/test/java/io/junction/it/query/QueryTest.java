package io.junction.it.query;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.model.Address;
import io.junction.it.model.Keyword;
import io.junction.it.model.Model;
import io.junction.it.model.Node;
import io.junction.it.model.User;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.Aliased;
import io.junction.orm.loading.MultipleResultsFoundException;
import io.junction.orm.loading.NoResultFoundException;
import io.junction.orm.loading.Query;
import io.junction.orm.loading.Tuple2;
import io.junction.orm.session.Session;
import io.junction.sql.expression.Alias;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.it.model.Model.ADDRESSES;
import static io.junction.it.model.Model.KEYWORDS;
import static io.junction.it.model.Model.METADATA;
import static io.junction.it.model.Model.NODES;
import static io.junction.it.model.Model.USERS;
import static io.junction.it.model.Model.USER_KEYWORDS;
import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.orm.loading.QueryOptions.fromJoinpoint;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed's "Self-Referential Query Strategies" through Session.query, and the rest of Query, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryTest {
    private static final String NODE_COLUMNS = "SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
            + "nodes.data AS nodes_data ";
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

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSeedsManualAliasQuery(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Alias nodealias = NODES.alias();
            List<Node> nodes = session.query(Node.class).filter(NODES.c("data").eq("subchild1"))
                    .filter(and(NODES.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq("child2"))).all();

            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild1");
            assertThat(log.sql()).containsExactly(NODE_COLUMNS + "FROM nodes, nodes AS nodes_1 "
                    + "WHERE nodes.data = ? AND nodes.parent_id = nodes_1.id AND nodes_1.data = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("subchild1", "child2");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSeedsAliasedJoinAppliesLaterFiltersToTheAlias(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Node> nodes = session.query(Node.class).filter(NODES.c("data").eq("subchild1"))
                    .join("parent", aliased()).filter(NODES.c("data").eq("child2")).all();

            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild1");
            assertThat(log.sql()).containsExactly(NODE_COLUMNS + "FROM nodes JOIN nodes AS nodes_1 "
                    + "ON nodes_1.id = nodes.parent_id WHERE nodes.data = ? AND nodes_1.data = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("subchild1", "child2");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSeedsGrandparentChainFromTheJoinpoint(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Node> nodes = session.query(Node.class).filter(NODES.c("data").eq("subchild1"))
                    .join("parent", aliased()).filter(NODES.c("data").eq("child2"))
                    .join("parent", aliased(), fromJoinpoint()).filter(NODES.c("data").eq("root")).all();

            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild1");
            assertThat(log.sql()).containsExactly(NODE_COLUMNS + "FROM nodes JOIN nodes AS nodes_1 "
                    + "ON nodes_1.id = nodes.parent_id JOIN nodes AS nodes_2 ON nodes_2.id = nodes_1.parent_id "
                    + "WHERE nodes.data = ? AND nodes_1.data = ? AND nodes_2.data = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("subchild1", "child2", "root");

            log.clear();
            assertThat(session.query(Node.class).filter(NODES.c("data").eq("subchild1"))
                    .join("parent", aliased()).filter(NODES.c("data").eq("child2"))
                    .join("parent", aliased(), fromJoinpoint()).filter(NODES.c("data").eq("child1")).all()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void filterByAfterAJoinComparesTheJoinpointsAttribute(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Node> nodes = session.query(Node.class).filterBy("data", "subchild2")
                    .join("parent", aliased()).filterBy("data", "child2").all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild2");
            assertThat(log.sql().get(0)).endsWith("FROM nodes JOIN nodes AS nodes_1 ON nodes_1.id = nodes.parent_id "
                    + "WHERE nodes.data = ? AND nodes_1.data = ?");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anExplicitEntityAliasIsJoinedAndFilteredByName(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Aliased<Node> parent = aliased(Node.class);
            Aliased<Node> grandparent = aliased(Node.class, "grandparent");
            List<Node> nodes = session.query(Node.class)
                    .join("parent", parent)
                    .join("parent", grandparent, fromJoinpoint())
                    .filter(grandparent.c("data").eq("root"))
                    .filter(parent.attr("data").eq("child2"))
                    .orderBy(NODES.c("id").desc())
                    .all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild2", "subchild1");
            assertThat(log.sql()).containsExactly(NODE_COLUMNS + "FROM nodes JOIN nodes AS nodes_1 "
                    + "ON nodes_1.id = nodes.parent_id JOIN nodes AS grandparent ON grandparent.id = nodes_1.parent_id "
                    + "WHERE grandparent.data = ? AND nodes_1.data = ? ORDER BY nodes.id DESC");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void joiningATableASecondTimeWithoutAnAliasIsRefused(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.query(Node.class).join("parent"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("join to an alias: join(\"parent\", aliased())");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void joinsAlongOneToManyAndThroughTheAssociationTableOfAManyToMany(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<User> withAddress = session.query(User.class).join("addresses")
                    .filter(ADDRESSES.c("email").like("%@b")).all();
            assertThat(withAddress).extracting(u -> u.name).containsExactly("ed");
            assertThat(log.sql().get(0)).isEqualTo("SELECT users.id AS users_id, users.name AS users_name FROM users "
                    + "JOIN addresses ON users.id = addresses.user_id WHERE addresses.email LIKE ?");

            log.clear();
            List<User> red = session.query(User.class).join("keywords").filter(KEYWORDS.c("name").eq("red"))
                    .orderBy(USERS.c("id")).all();
            assertThat(red).extracting(u -> u.name).containsExactly("ed", "wendy");
            assertThat(log.sql().get(0)).isEqualTo("SELECT users.id AS users_id, users.name AS users_name FROM users "
                    + "JOIN user_keywords ON users.id = user_keywords.user_id "
                    + "JOIN keywords ON keywords.id = user_keywords.keyword_id "
                    + "WHERE keywords.name = ? ORDER BY users.id");

            log.clear();
            List<User> outer = session.query(User.class).outerJoin("keywords", aliased())
                    .filter(KEYWORDS.c("id").isNull()).all();
            assertThat(outer).extracting(u -> u.name).containsExactly("mary");
            assertThat(log.sql().get(0)).isEqualTo("SELECT users.id AS users_id, users.name AS users_name FROM users "
                    + "LEFT OUTER JOIN user_keywords AS user_keywords_1 ON users.id = user_keywords_1.user_id "
                    + "LEFT OUTER JOIN keywords AS keywords_1 ON keywords_1.id = user_keywords_1.keyword_id "
                    + "WHERE keywords_1.id IS NULL");

            log.clear();
            List<Keyword> edsKeywords = session.query(Keyword.class).join("users").filter(USERS.c("name").eq("ed"))
                    .orderBy(KEYWORDS.c("name")).all();
            assertThat(edsKeywords).extracting(k -> k.name).containsExactly("blue", "red");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTableAliasJoinsOnAConditionAndAPathJoinsStepByStep(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Alias parent = NODES.alias();
            List<Node> nodes = session.query(Node.class).join(parent, parent.c("id").eq(NODES.c("parent_id")))
                    .filter(parent.c("data").eq("child2")).orderBy(NODES.c("id")).all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("subchild1", "subchild2");
            assertThat(log.sql().get(0)).isEqualTo(NODE_COLUMNS + "FROM nodes JOIN nodes AS nodes_1 "
                    + "ON nodes_1.id = nodes.parent_id WHERE nodes_1.data = ? ORDER BY nodes.id");

            log.clear();
            List<Keyword> withEdsAddress = session.query(Keyword.class).join("users", "addresses")
                    .filterBy("email", "ed@b").orderBy(KEYWORDS.c("id")).all();
            assertThat(withEdsAddress).extracting(k -> k.name).containsExactly("blue", "red");
            assertThat(log.sql().get(0)).isEqualTo("SELECT keywords.id AS keywords_id, keywords.name AS keywords_name "
                    + "FROM keywords JOIN user_keywords ON keywords.id = user_keywords.keyword_id "
                    + "JOIN users ON users.id = user_keywords.user_id JOIN addresses ON users.id = addresses.user_id "
                    + "WHERE addresses.email = ? ORDER BY keywords.id");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void withParentSelectsWhatARelationshipHolds(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User ed = session.get(User.class, 1);
            log.clear();
            List<Address> addresses = session.query(Address.class).withParent(ed, "addresses")
                    .orderBy(ADDRESSES.c("id")).all();
            assertThat(addresses).extracting(a -> a.email).containsExactly("ed@a", "ed@b");
            assertThat(log.sql()).containsExactly("SELECT addresses.id AS addresses_id, addresses.user_id AS "
                    + "addresses_user_id, addresses.email AS addresses_email FROM addresses WHERE addresses.user_id = ? "
                    + "ORDER BY addresses.id");
            assertThat(log.statements().get(0).parameters()).containsExactly(1);

            assertThat(session.query(Keyword.class).withParent(ed, "keywords").orderBy(KEYWORDS.c("id")).all())
                    .extracting(k -> k.name).containsExactly("blue", "red");
            assertThat(session.query(Address.class).withParent(ed, "addresses").filterBy("email", "ed@b").count())
                    .isEqualTo(1);

            Address wendys = session.get(Address.class, 3);
            assertThat(session.query(User.class).withParent(wendys, "user").one().name).isEqualTo("wendy");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void withParentOfAnUnflushedParentSelectsNothing(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            session.autoflush(false);
            User newcomer = new User("newcomer");
            session.add(newcomer);
            assertThat(session.query(Address.class).withParent(newcomer, "addresses").all()).isEmpty();
            assertThat(session.query(Keyword.class).withParent(newcomer, "keywords").count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aQueryCanReadItsClassThroughANamedAlias(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Aliased<Node> n = aliased(Node.class, "n");
            List<Node> nodes = session.query(n).filter(n.c("parent_id").eq(3)).orderBy(n.c("id")).all();
            assertThat(nodes).extracting(node -> node.data).containsExactly("subchild1", "subchild2");
            assertThat(log.sql()).containsExactly("SELECT n.id AS n_id, n.parent_id AS n_parent_id, n.data AS n_data "
                    + "FROM nodes AS n WHERE n.parent_id = ? ORDER BY n.id");
            assertThat(session.query(n).filterBy("data", "root").join("children", aliased()).filterBy("data", "child2")
                    .one().data).isEqualTo("root");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void resultsComeThroughTheIdentityMap(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Node root = session.get(Node.class, 1);
            List<Node> all = session.query(Node.class).orderBy(NODES.c("id")).all();
            assertThat(all).hasSize(6);
            assertThat(all.get(0)).isSameAs(root);
            assertThat(session.query(Node.class).filterBy("data", "child2").one().parent).isSameAs(root);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void orderLimitOffsetFirstOneCountExistsAndGet(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Query<Node> nodes = session.query(Node.class).orderBy(NODES.c("data").desc());
            assertThat(nodes.limit(2).offset(1).all()).extracting(n -> n.data).containsExactly("subchild1", "root");
            assertThat(nodes.first().data).isEqualTo("subchild2");
            assertThat(nodes.filterBy("data", "nothing").first()).isNull();

            Node loadedRoot = session.query(Node.class).filterBy("data", "root").one();
            assertThat(loadedRoot.id).isEqualTo(1);
            assertThatThrownBy(() -> session.query(Node.class).filterBy("data", "nothing").one())
                    .isInstanceOf(NoResultFoundException.class).hasMessageContaining("found none");
            assertThatThrownBy(() -> session.query(Node.class).filterBy("parentId", 3).one())
                    .isInstanceOf(MultipleResultsFoundException.class).hasMessageContaining("more than one");
            assertThat(session.query(Node.class).filterBy("data", "nothing").oneOrNull()).isNull();
            assertThatThrownBy(() -> session.query(Node.class).filterBy("parentId", 3).oneOrNull())
                    .isInstanceOf(MultipleResultsFoundException.class);

            log.clear();
            assertThat(session.query(Node.class).filterBy("parentId", 1).count()).isEqualTo(3);
            assertThat(log.sql()).as("no subquery without a limit")
                    .containsExactly("SELECT count(*) AS count_1 FROM nodes WHERE nodes.parent_id = ?");
            log.clear();
            assertThat(session.query(Node.class).orderBy(NODES.c("id")).limit(2).count()).isEqualTo(2);
            assertThat(log.sql()).singleElement().asString().as("the limit needs the subquery")
                    .startsWith("SELECT count(*) AS count_1 FROM (SELECT nodes.id, nodes.parent_id, nodes.data FROM nodes ")
                    .endsWith(") AS anon_1");
            assertThat(session.query(Node.class).filterBy("parentId", 1).exists()).isTrue();
            assertThat(session.query(Node.class).filterBy("parentId", 6).exists()).isFalse();

            log.clear();
            Node root = session.query(Node.class).get(1);
            assertThat(root).as("held above, so still in the (weak) identity map").isSameAs(loadedRoot);
            assertThat(root.data).isEqualTo("root");
            assertThat(session.query(Node.class).get(1)).isSameAs(root);
            assertThat(session.query(Node.class).get(99)).isNull();
            assertThat(log.count()).as("root is in the identity map already; only get(99) needs SQL").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStreamReadsRowsInBatchesAndRunsTheirSelectinLoadsPerBatch(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<String> seen = new ArrayList<>();
            try (Stream<Node> stream = session.query(Node.class).orderBy(NODES.c("id"))
                    .options(selectinLoad("children")).yieldPer(2).stream()) {
                var iterator = stream.iterator();
                Node first = iterator.next();
                seen.add(first.data + ":" + first.children.size());
                assertThat(log.count()).as("the query and the selectin load of the first two nodes").isEqualTo(2);
                while (iterator.hasNext()) {
                    Node node = iterator.next();
                    seen.add(node.data + ":" + node.children.size());
                }
            }
            assertThat(seen).containsExactly("root:3", "child1:0", "child2:2", "subchild1:0", "subchild2:0", "child3:0");
            assertThat(log.count()).as("1 + one selectin load per batch of two").isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void joiningAlongAnotherClassesRelationshipStartsTheFromAtThatClass(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Keyword> keywords = session.query(Keyword.class).join(User.class, "keywords")
                    .filter(USERS.c("name").eq("wendy")).all();
            assertThat(keywords).extracting(k -> k.name).containsExactly("red");
            assertThat(log.sql().get(0)).isEqualTo("SELECT keywords.id AS keywords_id, keywords.name AS keywords_name "
                    + "FROM users JOIN user_keywords ON users.id = user_keywords.user_id "
                    + "JOIN keywords ON keywords.id = user_keywords.keyword_id WHERE users.name = ?");

            log.clear();
            List<Address> addresses = session.query(Address.class).selectFrom(User.class).join("addresses")
                    .filter(USERS.c("name").eq("ed")).orderBy(ADDRESSES.c("id")).all();
            assertThat(addresses).extracting(a -> a.email).containsExactly("ed@a", "ed@b");
            assertThat(log.sql().get(0)).isEqualTo("SELECT addresses.id AS addresses_id, addresses.user_id AS "
                    + "addresses_user_id, addresses.email AS addresses_email FROM users JOIN addresses "
                    + "ON users.id = addresses.user_id WHERE users.name = ? ORDER BY addresses.id");
            assertThat(session.query(Address.class).join(User.class, "addresses").count()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void joiningAlongAClassAlreadyJoinedFollowsItsRelationship(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            List<User> users = session.query(User.class).join("addresses").join(Address.class, "user", aliased())
                    .filter(ADDRESSES.c("email").eq("wendy@a")).all();
            assertThat(users).extracting(u -> u.name).containsExactly("wendy");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aJoinToAClassFollowsItsOnlyRelationshipAndAmbiguityIsRefused(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            assertThat(session.query(User.class).join(Keyword.class).filter(KEYWORDS.c("name").eq("red"))
                    .orderBy(USERS.c("id")).all()).extracting(u -> u.name).containsExactly("ed", "wendy");
            assertThatThrownBy(() -> session.query(Node.class).join(User.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot tell how to join Node to User: no relationship of Node leads there")
                    .hasMessageContaining("join(table, on)");
            assertThatThrownBy(() -> session.query(Keyword.class).join(Node.class, "children"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("its table 'nodes' is not in the query")
                    .hasMessageContaining("selectFrom(Node.class)");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aQueryForTwoEntitiesGivesBothObjectsOfEachRow(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Tuple2<User, Address>> rows = session.query(User.class, Address.class).join("addresses")
                    .orderBy(ADDRESSES.c("id")).all();
            assertThat(log.sql()).containsExactly("SELECT users.id AS users_id, users.name AS users_name, "
                    + "addresses.id AS addresses_id, addresses.user_id AS addresses_user_id, addresses.email AS "
                    + "addresses_email FROM users JOIN addresses ON users.id = addresses.user_id ORDER BY addresses.id");
            assertThat(rows).extracting(r -> r.first().name + "/" + r.second().email)
                    .containsExactly("ed/ed@a", "ed/ed@b", "wendy/wendy@a");
            assertThat(rows.get(0).first()).as("one object per row of the identity map").isSameAs(rows.get(1).first());
            assertThat(rows.get(0).second().user).isSameAs(rows.get(0).first());

            List<Tuple2<User, Address>> outer = session.query(User.class, Address.class).outerJoin("addresses")
                    .orderBy(USERS.c("id"), ADDRESSES.c("id")).all();
            assertThat(outer).extracting(r -> r.first().name + "/" + (r.second() == null ? null : r.second().email))
                    .containsExactly("ed/ed@a", "ed/ed@b", "wendy/wendy@a", "mary/null");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aQueryForAnEntityAndItsAliasPairsChildrenWithParents(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Aliased<Node> parent = aliased(Node.class, "parent");
            List<Tuple2<Node, Node>> rows = session.query(Node.class, parent).join("parent", parent)
                    .filter(parent.c("data").eq("child2")).orderBy(NODES.c("id")).all();
            assertThat(rows).extracting(r -> r.first().data + "<" + r.second().data)
                    .containsExactly("subchild1<child2", "subchild2<child2");
            assertThat(rows.get(0).first().parent).isSameAs(rows.get(0).second());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aJoinAlongARelationshipCanStartFromAnAliasJoinedWithAnOnClause(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Aliased<Node> sibling = aliased(Node.class, "sibling");
            Aliased<Node> nephew = aliased(Node.class, "nephew");
            List<Node> nodes = session.query(Node.class)
                    .join(sibling, and(sibling.c("parent_id").eq(NODES.c("parent_id")), sibling.c("id").ne(NODES.c("id"))))
                    .join("children", nephew, fromJoinpoint())
                    .filter(nephew.c("data").eq("subchild1")).orderBy(NODES.c("id")).all();
            assertThat(nodes).extracting(n -> n.data).containsExactly("child1", "child3");
            assertThat(log.sql().get(0)).contains("FROM nodes JOIN nodes AS sibling ON sibling.parent_id = nodes.parent_id "
                    + "AND sibling.id != nodes.id JOIN nodes AS nephew ON sibling.id = nephew.parent_id");
        }
    }
}
