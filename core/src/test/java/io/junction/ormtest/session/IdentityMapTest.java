package io.junction.ormtest.session;

import io.junction.orm.session.Session;
import io.junction.ormtest.session.Model.Address;
import io.junction.ormtest.session.Model.User;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.junction.ormtest.session.Model.SELECT_USER;
import static io.junction.ormtest.session.Model.USERS;
import static io.junction.ormtest.support.OrmDatabase.row;
import static org.assertj.core.api.Assertions.assertThat;

/** One object per row in a session: {@code get} and queries return it, and only the first read costs a SELECT. */
class IdentityMapTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void edAndWendy() {
        db = OrmDatabase.fresh(Model.METADATA);
        db.execute(Model.edAndWendy());
        log = db.log();
        log.clear();
    }

    @Test
    void getTwiceSelectsOnceAndReturnsTheSameObject() {
        try (Session session = db.session()) {
            User first = session.get(User.class, 1);
            User second = session.get(User.class, 1);

            assertThat(second).isSameAs(first);
            assertThat(first.name).isEqualTo("ed");
            assertThat(log.sql()).containsExactly(SELECT_USER);
            assertThat(log.rows(0)).containsExactly(row(1));
        }
    }

    @Test
    void getOfAMissingRowSelectsAndReturnsNull() {
        try (Session session = db.session()) {
            assertThat(session.get(User.class, 99)).isNull();
            assertThat(log.sql()).containsExactly(SELECT_USER);
        }
    }

    @Test
    void aQueryReturnsTheObjectGetReturned() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            List<User> users = session.query(User.class).orderBy(USERS.c("id")).all();

            assertThat(users).hasSize(2);
            assertThat(users.get(0)).isSameAs(ed);
            assertThat(log.sql()).containsExactly(SELECT_USER, "SELECT users.id AS users_id, users.name AS users_name, "
                    + "users.fullname AS users_fullname FROM users ORDER BY users.id");
        }
    }

    @Test
    void getAfterAQueryLoadedTheRowRunsNoSql() {
        try (Session session = db.session()) {
            List<User> users = session.query(User.class).orderBy(USERS.c("id")).all();
            log.clear();
            assertThat(session.get(User.class, 2)).isSameAs(users.get(1));
            assertThat(log.count()).isZero();
            assertThat(session.identityMapObjects()).containsExactlyInAnyOrderElementsOf(users);
        }
    }

    @Test
    void aQueryDoesNotOverwriteAnUnflushedChange() {
        try (Session session = db.session().autoflush(false)) {
            User ed = session.get(User.class, 1);
            ed.name = "edward";
            User again = session.query(User.class).filterBy("name", "ed").one();

            assertThat(again).isSameAs(ed);
            assertThat(again.name).isEqualTo("edward");
            assertThat(session.dirtyObjects()).containsExactly(ed);
        }
    }

    @Test
    void aManyToOneOfAnObjectInTheSessionLoadsWithoutSql() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            Address address = session.get(Address.class, 2);
            log.clear();

            assertThat(address.user).isSameAs(ed);
            assertThat(log.count()).isZero();
        }
    }

    @Test
    void aManyToOneOfAnObjectNotInTheSessionLoadsItByPrimaryKey() {
        try (Session session = db.session()) {
            Address address = session.get(Address.class, 3);
            log.clear();

            assertThat(address.user.name).isEqualTo("wendy");
            assertThat(log.sql()).containsExactly(SELECT_USER);
            assertThat(log.rows(0)).containsExactly(row(2));
            assertThat(session.get(User.class, 2)).isSameAs(address.user);
            assertThat(log.count()).isEqualTo(1);
        }
    }
}
