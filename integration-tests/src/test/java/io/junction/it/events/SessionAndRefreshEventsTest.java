package io.junction.it.events;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.session.Session;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.inspect.Junction.inspect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * More cases of the session and refresh events, on H2 and PostgreSQL in both styles. Ported from
 * SQLAlchemy test/orm/test_events.py: SessionEventsTest (test_before_flush_affects_dirty,
 * test_snapshot_still_present_after_commit) and RefreshTest (test_was_expired_via_commit,
 * test_was_expired_attrs, test_already_present).
 */
class SessionAndRefreshEventsTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return EventsTest.MAPPING;
    }

    @BeforeEach
    void clear() {
        Recorder.clear();
    }

    private static List<String> names(Session session, Table users) {
        return session.query(User.class).orderBy(users.c("name")).all().stream().map(u -> u.name).toList();
    }

    /**
     * test_before_flush_affects_dirty: a before_flush listener that changes every object of the
     * identity map makes them dirty, and the same flush writes them; a pending object is not in the
     * identity map yet.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void beforeFlushChangesToHeldObjectsAreWrittenBySameFlush(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Table users = table("users");
        try (Session session = new Session(engine)) {
            session.events().beforeFlush(s -> {
                for (Object object : s.identityMapObjects()) {
                    ((User) object).name += " modified";
                }
            });
            session.add(new User("u1"));
            session.flush();
            assertThat(names(session, users)).containsExactly("u1");
            session.add(new User("u2"));
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE users", "INSERT users");
            session.expungeAll();
            assertThat(names(session, users)).containsExactly("u1 modified", "u2");
            session.commit();
        }
    }

    /** test_snapshot_still_present_after_commit: after_commit still sees loaded values; the expiry follows it. */
    @ParameterizedTest
    @MethodSource("cases")
    void afterCommitSeesLoadedValuesBeforeTheyExpire(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        List<String> seen = new ArrayList<>();
        try (Session session = new Session(engine)) {
            session.add(new User("u1"));
            session.commit();
            User u1 = session.query(User.class).first();
            session.events().afterCommit(s -> seen.add("name loaded " + inspect(u1).attributes().get("name").loaded()
                    + " " + u1.name));
            log.clear();
            session.commit();
            assertThat(log.count()).isZero();
            assertThat(seen).containsExactly("name loaded true u1");
            assertThat(inspect(u1).attributes().get("name").loaded()).isFalse();
        }
    }

    /**
     * test_was_expired_via_commit, test_was_expired_attrs and test_already_present: a query's row of
     * an object whose columns expired (by commit, or by expire of one attribute) fires refresh; the
     * row of an object the session holds loaded fires neither load nor refresh.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aRowRefreshesAnExpiredObjectAndLeavesALoadedOneAlone(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            session.flush();
            Recorder.clear();
            assertThat(session.query(User.class).first()).isSameAs(u1);
            assertThat(Recorder.EVENTS).isEmpty();
            session.commit();
            assertThat(session.query(User.class).first()).isSameAs(u1);
            assertThat(Recorder.EVENTS).containsExactly("refresh u1");
            Recorder.clear();
            session.expire(u1, "name");
            assertThat(session.query(User.class).first()).isSameAs(u1);
            assertThat(Recorder.EVENTS).containsExactly("refresh u1");
        }
    }
}
