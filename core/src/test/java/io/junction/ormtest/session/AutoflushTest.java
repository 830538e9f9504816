package io.junction.ormtest.session;

import io.junction.orm.session.Session;
import io.junction.ormtest.session.Model.User;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.session.Model.USERS;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** Queries, lazy loads and statements flush pending changes first, unless autoflush is off. */
class AutoflushTest {
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
    void aQueryFlushesAPendingObjectAndFindsTheSameInstance() {
        try (Session session = db.session()) {
            User jack = new User("jack");
            session.add(jack);
            User found = session.query(User.class).filterBy("name", "jack").first();

            assertThat(found).isSameAs(jack);
            assertThat(log.kinds()).containsExactly("INSERT users", "SELECT users");
        }
    }

    @Test
    void withoutAutoflushAQueryDoesNotSeeThePendingObject() {
        try (Session session = db.session().autoflush(false)) {
            session.add(new User("jack"));
            assertThat(session.query(User.class).filterBy("name", "jack").first()).isNull();
            assertThat(log.kinds()).containsExactly("SELECT users");
        }
    }

    @Test
    void aCoreStatementThroughTheSessionFlushesFirst() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            ed.name = "edward";
            log.clear();
            Object edwards = session.scalar(select(count()).where(USERS.c("name").eq("edward")));

            assertThat(((Number) edwards).intValue()).isEqualTo(1);
            assertThat(log.sql()).containsExactly("UPDATE users SET name=? WHERE users.id = ?",
                    "SELECT count(*) AS count_1 FROM users WHERE users.name = ?");
        }
    }

    @Test
    void aLazyLoadFlushesFirst() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            ed.name = "edward";
            log.clear();
            assertThat(ed.addresses).hasSize(2);
            assertThat(log.kinds()).containsExactly("UPDATE users", "SELECT addresses");
        }
    }
}
