package io.junction.ormtest.loading;

import io.junction.orm.inspect.Junction;
import io.junction.orm.loading.RaiseLoadException;
import io.junction.orm.session.Session;
import io.junction.ormtest.loading.Model.Address;
import io.junction.ormtest.loading.Model.Node;
import io.junction.ormtest.loading.Model.User;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.junction.orm.loading.QueryOptions.joinedLoad;
import static io.junction.orm.loading.QueryOptions.lazyLoad;
import static io.junction.orm.loading.QueryOptions.noLoad;
import static io.junction.orm.loading.QueryOptions.raiseLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.orm.loading.QueryOptions.subqueryLoad;
import static io.junction.ormtest.loading.Model.ADDRESS_COLUMNS;
import static io.junction.ormtest.loading.Model.USERS;
import static io.junction.ormtest.loading.Model.USER_COLUMNS;
import static io.junction.ormtest.support.OrmDatabase.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each loader strategy: which statements it runs, when, and their text. */
class LoaderStrategyTest {
    private static final String SELECT_USERS = "SELECT " + USER_COLUMNS + " FROM users ORDER BY users.id";

    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void rows() {
        db = OrmDatabase.fresh(Model.METADATA);
        db.execute(Model.rows());
        log = db.log();
        log.clear();
    }

    private static String emails(List<User> users) {
        return String.join(" ", users.stream()
                .map(u -> u.name + u.addresses.stream().map(a -> a.email).toList()).toList());
    }

    @Test
    void aLazyCollectionLoadsOnItsFirstReadWithOneSelect() {
        try (Session session = db.session()) {
            User ed = session.query(User.class).filterBy("name", "ed").one();
            assertThat(Junction.inspect(ed).unloadedAttributes()).containsExactlyInAnyOrder("addresses", "keywords");
            log.clear();

            assertThat(ed.addresses).extracting(a -> a.email).containsExactly("ed@a", "ed@b");
            assertThat(log.sql()).containsExactly(
                    "SELECT " + ADDRESS_COLUMNS + " FROM addresses WHERE addresses.user_id = ? ORDER BY addresses.id");
            assertThat(log.rows(0)).containsExactly(row(1));
            assertThat(ed.addresses).hasSize(2);
            assertThat(log.count()).isEqualTo(1);
        }
    }

    @Test
    void lazyLoadingEveryUsersCollectionIsOneSelectPerUser() {
        try (Session session = db.session()) {
            List<User> users = session.query(User.class).orderBy(USERS.c("id")).all();
            assertThat(emails(users)).isEqualTo("ed[ed@a, ed@b] wendy[wendy@a] mary[]");
            assertThat(log.kinds()).containsExactly("SELECT users", "SELECT addresses", "SELECT addresses", "SELECT addresses");
        }
    }

    @Test
    void aLazyManyToManyLoadsThroughTheAssociationTable() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            log.clear();
            assertThat(ed.keywords).extracting(k -> k.name).containsExactly("blue", "red");
            assertThat(log.sql()).containsExactly("SELECT keywords.id AS keywords_id, keywords.name AS keywords_name "
                    + "FROM keywords, user_keywords WHERE user_keywords.user_id = ? "
                    + "AND user_keywords.keyword_id = keywords.id ORDER BY keywords.id");
        }
    }

    @Test
    void aLazyManyToOneOfAnObjectInTheSessionRunsNoSql() {
        try (Session session = db.session()) {
            List<User> users = session.query(User.class).all();
            List<Address> addresses = session.query(Address.class).orderBy(Model.ADDRESSES.c("id")).all();
            log.clear();
            assertThat(addresses).extracting(a -> a.user).containsExactly(users.get(0), users.get(0), users.get(1), null);
            assertThat(log.count()).isZero();
        }
    }

    @Test
    void joinedLoadingIsOneLeftOuterJoin() {
        try (Session session = db.session()) {
            List<User> users = session.query(User.class).options(joinedLoad("addresses")).orderBy(USERS.c("id")).all();
            assertThat(emails(users)).isEqualTo("ed[ed@a, ed@b] wendy[wendy@a] mary[]");
            assertThat(log.sql()).containsExactly("SELECT " + USER_COLUMNS + ", "
                    + "addresses_1.id AS addresses_1_id, addresses_1.user_id AS addresses_1_user_id, "
                    + "addresses_1.email AS addresses_1_email FROM users "
                    + "LEFT OUTER JOIN addresses AS addresses_1 ON users.id = addresses_1.user_id "
                    + "ORDER BY users.id, addresses_1.id");
            assertThat(users.get(0).addresses.get(0).user).isSameAs(users.get(0));
            assertThat(log.count()).isEqualTo(1);
        }
    }

    @Test
    void selectinLoadingIsOneInListForAllParents() {
        try (Session session = db.session()) {
            List<User> users = session.query(User.class).options(selectinLoad("addresses")).orderBy(USERS.c("id")).all();
            assertThat(emails(users)).isEqualTo("ed[ed@a, ed@b] wendy[wendy@a] mary[]");
            assertThat(log.sql()).containsExactly(SELECT_USERS, "SELECT " + ADDRESS_COLUMNS
                    + " FROM addresses WHERE addresses.user_id IN (?, ?, ?) ORDER BY addresses.id");
            assertThat(log.rows(1)).containsExactly(row(1, 2, 3));
        }
    }

    @Test
    void selectinLoadingOfAManyToManyJoinsTheAssociationTable() {
        try (Session session = db.session()) {
            List<User> users = session.query(User.class).options(selectinLoad("keywords")).orderBy(USERS.c("id")).all();
            assertThat(users).extracting(u -> u.keywords.size()).containsExactly(2, 1, 0);
            assertThat(log.sql(1)).isEqualTo("SELECT user_keywords.user_id AS user_keywords_user_id, "
                    + "keywords.id AS keywords_id, keywords.name AS keywords_name FROM keywords "
                    + "JOIN user_keywords ON keywords.id = user_keywords.keyword_id "
                    + "WHERE user_keywords.user_id IN (?, ?, ?) ORDER BY keywords.id");
            assertThat(users.get(0).keywords.get(1)).isSameAs(users.get(1).keywords.get(0));
            assertThat(log.count()).isEqualTo(2);
        }
    }

    @Test
    void subqueryLoadingRepeatsTheParentQueryAsASubquery() {
        try (Session session = db.session()) {
            List<User> users = session.query(User.class).options(subqueryLoad("addresses"))
                    .filter(USERS.c("name").ne("mary")).orderBy(USERS.c("id")).all();
            assertThat(emails(users)).isEqualTo("ed[ed@a, ed@b] wendy[wendy@a]");
            assertThat(log.count()).isEqualTo(2);
            assertThat(log.sql(1)).isEqualTo("SELECT anon_1.id AS anon_1_id, " + ADDRESS_COLUMNS
                    + " FROM (SELECT DISTINCT users.id FROM users WHERE users.name != ?) AS anon_1 "
                    + "JOIN addresses ON anon_1.id = addresses.user_id ORDER BY anon_1.id, addresses.id");
            assertThat(log.rows(1)).containsExactly(row("mary"));
        }
    }

    @Test
    void raiseLoadingRefusesToLoadOnRead() {
        try (Session session = db.session()) {
            User ed = session.query(User.class).options(raiseLoad("addresses")).filterBy("name", "ed").one();
            assertThatThrownBy(() -> ed.addresses.size()).isInstanceOf(RaiseLoadException.class)
                    .hasMessageContaining("User.addresses is not loaded");
            assertThat(ed.keywords).hasSize(2);
            assertThat(log.kinds()).containsExactly("SELECT users", "SELECT keywords");
        }
    }

    @Test
    void noLoadReadsAsEmptyWithoutSql() {
        try (Session session = db.session()) {
            User ed = session.query(User.class).options(noLoad("addresses")).filterBy("name", "ed").one();
            assertThat(ed.addresses).isEmpty();
            assertThat(log.sql()).containsExactly(
                    "SELECT " + USER_COLUMNS + " FROM users WHERE users.name = ? FETCH FIRST ? ROWS ONLY");
            assertThat(log.rows(0)).containsExactly(row("ed", 2));
        }
    }

    @Test
    void aMappedJoinedStrategyLoadsTwoLevelsInTheParentQueryLimitedInASubquery() {
        try (Session session = db.session()) {
            Node root = session.query(Node.class).filterBy("data", "root").one();
            assertThat(log.count()).isEqualTo(1);
            assertThat(log.sql(0)).isEqualTo("SELECT anon_1.id AS anon_1_id, anon_1.parent_id AS anon_1_parent_id, "
                    + "anon_1.data AS anon_1_data, nodes_1.id AS nodes_1_id, nodes_1.parent_id AS nodes_1_parent_id, "
                    + "nodes_1.data AS nodes_1_data, nodes_2.id AS nodes_2_id, nodes_2.parent_id AS nodes_2_parent_id, "
                    + "nodes_2.data AS nodes_2_data FROM (SELECT nodes.id, nodes.parent_id, nodes.data FROM nodes "
                    + "WHERE nodes.data = ? FETCH FIRST ? ROWS ONLY) AS anon_1 "
                    + "LEFT OUTER JOIN nodes AS nodes_2 ON anon_1.id = nodes_2.parent_id "
                    + "LEFT OUTER JOIN nodes AS nodes_1 ON nodes_2.id = nodes_1.parent_id ORDER BY nodes_2.id, nodes_1.id");
            assertThat(log.rows(0)).containsExactly(row("root", 2));
            Node child2 = root.children.get(1);
            assertThat(child2.children).extracting(n -> n.data).containsExactly("subchild");
            assertThat(child2.parent).isSameAs(root);
            assertThat(log.count()).isEqualTo(1);

            assertThat(child2.children.get(0).children).extracting(n -> n.data).containsExactly("leaf");
            assertThat(log.count()).isEqualTo(2);
        }
    }

    @Test
    void aLazyOptionOverridesTheMappedJoinedStrategy() {
        try (Session session = db.session()) {
            Node root = session.query(Node.class).options(lazyLoad("children")).filterBy("data", "root").one();
            assertThat(log.sql()).containsExactly("SELECT nodes.id AS nodes_id, nodes.parent_id AS nodes_parent_id, "
                    + "nodes.data AS nodes_data FROM nodes WHERE nodes.data = ? FETCH FIRST ? ROWS ONLY");
            assertThat(root.children).extracting(n -> n.data).containsExactly("child1", "child2");
            assertThat(log.count()).isEqualTo(2);
        }
    }
}
