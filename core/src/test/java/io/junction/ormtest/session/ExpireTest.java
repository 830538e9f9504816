package io.junction.ormtest.session;

import io.junction.orm.inspect.Junction;
import io.junction.orm.session.Session;
import io.junction.ormtest.session.Model.User;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.session.Model.SELECT_USER;
import static io.junction.ormtest.session.Model.USERS;
import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;

/** When loaded values are forgotten — at commit, by {@code expire}, {@code expireAll}, {@code refresh} — and what reloads them. */
class ExpireTest {
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
    void commitExpiresEveryObjectSoItsNextReadSelectsItAgain() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            ed.fullname = "Edward";
            session.commit();
            assertThat(Junction.inspect(ed).unloadedAttributes()).contains("name", "fullname", "addresses");
            log.clear();

            assertThat(ed.fullname).isEqualTo("Edward");
            assertThat(log.sql()).containsExactly(SELECT_USER);
            assertThat(log.rows(0)).containsExactly(row(1));
        }
    }

    @Test
    void withoutExpireOnCommitObjectsKeepTheirValuesAndReadWithoutSql() {
        try (Session session = db.session().expireOnCommit(false)) {
            User ed = session.get(User.class, 1);
            ed.fullname = "Edward";
            session.commit();
            log.clear();

            assertThat(ed.name).isEqualTo("ed");
            assertThat(ed.fullname).isEqualTo("Edward");
            assertThat(Junction.inspect(ed).unloadedAttributes()).containsExactly("addresses");
            assertThat(Junction.inspect(ed).modified()).isFalse();
            assertThat(log.count()).isZero();
        }
        assertThat(db.rows(select(USERS.c("id"), USERS.c("name"), USERS.c("fullname")).where(USERS.c("id").eq(1)))).containsExactly("1/ed/Edward");
    }

    @Test
    void withoutExpireOnCommitAValueChangedByAnotherProgramIsNotSeen() {
        try (Session session = db.session().expireOnCommit(false)) {
            User ed = session.get(User.class, 1);
            session.commit();
            db.execute(update(USERS).set("name", "eddie"));
            log.clear();

            assertThat(ed.name).isEqualTo("ed");
            assertThat(log.count()).isZero();
            session.refresh(ed);
            assertThat(ed.name).isEqualTo("eddie");
            assertThat(log.sql()).containsExactly(SELECT_USER);
        }
    }

    @Test
    void expireAllDiscardsUnflushedChangesAndReloadsEachObjectOnItsNextRead() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            User wendy = session.get(User.class, 2);
            ed.name = "edward";
            assertThat(session.dirtyObjects()).containsExactly(ed);
            log.clear();

            session.expireAll();
            assertThat(session.dirtyObjects()).isEmpty();
            assertThat(log.count()).isZero();
            assertThat(ed.name).isEqualTo("ed");
            assertThat(wendy.name).isEqualTo("wendy");
            assertThat(log.sql()).containsExactly(SELECT_USER, SELECT_USER);
            assertThat(log.rows(0)).containsExactly(row(1));
            assertThat(log.rows(1)).containsExactly(row(2));
            session.flush();
            assertThat(log.count()).isEqualTo(2);
        }
    }

    @Test
    void expiringOneAttributeReloadsOnlyItAndKeepsTheOtherChanges() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            ed.fullname = "Edward";
            session.expire(ed, "name");
            log.clear();

            assertThat(Junction.inspect(ed).unloadedAttributes()).containsExactly("name", "addresses");
            assertThat(ed.fullname).isEqualTo("Edward");
            assertThat(log.count()).isZero();
            assertThat(ed.name).isEqualTo("ed");
            assertThat(log.sql()).containsExactly("UPDATE users SET fullname=? WHERE users.id = ?", SELECT_USER);
            assertThat(ed.fullname).isEqualTo("Edward");
            assertThat(session.dirtyObjects()).isEmpty();
        }
    }

    @Test
    void refreshSelectsAtOnceAndDiscardsChanges() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            ed.name = "edward";
            log.clear();
            session.refresh(ed);

            assertThat(log.sql()).containsExactly(SELECT_USER);
            assertThat(ed.name).isEqualTo("ed");
            assertThat(session.dirtyObjects()).isEmpty();
        }
    }
}
