package io.junction.ormtest.session;

import io.junction.orm.session.Session;
import io.junction.orm.session.SessionFactory;
import io.junction.ormtest.session.Model.User;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.session.Model.USERS;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** A SessionFactory's sessions take its engine and options (SQLAlchemy's sessionmaker); each option copy leaves the original alone. */
class SessionFactoryTest {
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
    void theDefaultsAreASessionsAutoflushAndExpireOnCommit() {
        SessionFactory factory = new SessionFactory(db.engine());
        assertThat(factory.autoflush()).isTrue();
        assertThat(factory.expireOnCommit()).isTrue();
        try (Session session = factory.open()) {
            assertThat(session.engine()).isSameAs(db.engine());
            User ed = session.get(User.class, 1);
            session.add(new User("jack"));
            assertThat(session.query(User.class).filterBy("name", "jack").first()).isNotNull();
            session.commit();
            log.clear();
            assertThat(ed.name).isEqualTo("ed");
            assertThat(log.kinds()).as("expired at commit").containsExactly("SELECT users");
        }
    }

    @Test
    void sessionsOfAFactoryWithoutAutoflushOrExpiryKeepThem() {
        SessionFactory defaults = new SessionFactory(db.engine());
        SessionFactory factory = defaults.autoflush(false).expireOnCommit(false);
        assertThat(defaults.autoflush()).isTrue();
        assertThat(factory.autoflush()).isFalse();
        assertThat(factory.expireOnCommit()).isFalse();
        try (Session session = factory.open()) {
            User ed = session.get(User.class, 1);
            session.add(new User("jack"));
            assertThat(session.query(User.class).filterBy("name", "jack").first()).as("not flushed").isNull();
            session.commit();
            log.clear();
            assertThat(ed.name).isEqualTo("ed");
            assertThat(log.kinds()).as("not expired at commit").isEmpty();
        }
        assertThat(db.rows(select(USERS.c("name")).orderBy(USERS.c("id")))).containsExactly("ed", "wendy", "jack");
    }
}
