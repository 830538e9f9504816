package io.junction.it.events;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.event.ListenerException;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.FlushException;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.inspect.Junction.inspect;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The after_flush_postexec session event and what commit does with the changes flush listeners
 * make, on H2 and PostgreSQL in both mapping styles. Ported from SQLAlchemy test/orm/test_events.py
 * SessionEventsTest (test_flush_noautocommit_hook, test_flush_in_commit_hook) and from
 * session.py's {@code _flush} and {@code SessionTransaction._prepare_impl} (commit flushes until
 * the session is clean, at most 100 times).
 */
class AfterFlushPostexecTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return EventsTest.MAPPING;
    }

    @BeforeEach
    void clear() {
        Recorder.clear();
    }

    private List<String> userRows(Engine engine) {
        Table users = table("users");
        return strings(rows(engine, select(users.c("id"), users.c("name")).orderBy(users.c("id"))));
    }

    /**
     * test_flush_noautocommit_hook and test_flush_in_commit_hook: after_flush_postexec comes after
     * after_flush, once the session's lists are final (the new object persistent, with its key) and
     * before after_commit.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void postexecFollowsAfterFlushWithTheSessionFinal(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            session.events()
                    .beforeFlush(s -> Recorder.EVENTS.add("before_flush"))
                    .afterFlush(s -> Recorder.EVENTS.add("after_flush new=" + s.newObjects()))
                    .afterFlushPostexec(s -> Recorder.EVENTS.add("after_flush_postexec new=" + s.newObjects() + " dirty="
                            + s.dirtyObjects() + " held=" + s.identityMapObjects() + " "
                            + inspect(s.identityMapObjects().iterator().next()).status()))
                    .afterCommit(s -> Recorder.EVENTS.add("after_commit"));
            User u1 = new User("u1");
            session.add(u1);
            session.flush();
            assertThat(Recorder.EVENTS).containsExactly("before_flush", "before_insert u1", "after_insert u1",
                    "after_flush new=[u1]", "after_flush_postexec new=[] dirty=[] held=[u1] PERSISTENT");
            Recorder.EVENTS.clear();
            u1.name = "ed";
            session.commit();
            assertThat(Recorder.EVENTS).containsExactly("before_flush", "before_update ed", "after_update ed",
                    "after_flush new=[]", "after_flush_postexec new=[] dirty=[] held=[ed] PERSISTENT", "after_commit");
        }
        assertThat(userRows(engine)).containsExactly("1/ed");
    }

    /**
     * Changes made in after_flush_postexec are not written by the flush that called it: the session is
     * dirty again and the next flush writes them. A query in the listener does not autoflush.
     * session.commit() flushes until clean, so it writes them before the COMMIT.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void changesMadeInPostexecWaitForTheNextFlush(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.events().afterFlushPostexec(s -> {
                for (Object object : s.identityMapObjects()) {
                    User user = (User) object;
                    if (user.name.equals("u1")) {
                        user.name = "u1 seen";
                        s.add(new User("u2"));
                        Recorder.EVENTS.add("query " + s.query(User.class).all());
                    }
                }
            });
            User u1 = new User("u1");
            session.add(u1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT users", "SELECT users");
            assertThat(Recorder.EVENTS).contains("query [u1 seen]");
            assertThat(session.dirtyObjects()).containsExactly(u1);
            assertThat(session.newObjects()).hasSize(1).allMatch(o -> ((User) o).name.equals("u2"));
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE users", "INSERT users");
            assertThat(session.dirtyObjects()).isEmpty();
        }
        assertThat(userRows(engine)).containsExactly("1/u1 seen", "2/u2");
    }

    /** A listener that leaves changes at every flush: commit gives up after 100 flushes, naming the likely cause. */
    @ParameterizedTest
    @MethodSource("cases")
    void commitStopsAfterAHundredFlushes(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.events().afterFlushPostexec(s -> s.add(new User("more")));
            session.add(new User("u1"));
            log.clear();
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class)
                    .hasMessageContaining("over 100 flushes in one commit")
                    .hasMessageContaining("afterFlushPostexec");
            assertThat(log.verbs()).hasSize(100).containsOnly("INSERT users");
            session.rollback();
        }
        assertThat(userRows(engine)).isEmpty();
    }

    /** A postexec listener that throws rolls the transaction back, as a failed flush does. */
    @ParameterizedTest
    @MethodSource("cases")
    void aFailingPostexecListenerRollsTheFlushBack(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            session.events().afterFlushPostexec(s -> {
                if ("after_flush_postexec".equals(Recorder.failOn)) {
                    throw new IllegalStateException("postexec refuses");
                }
            });
            User u1 = new User("u1");
            session.add(u1);
            Recorder.failOn = "after_flush_postexec";
            assertThatThrownBy(session::flush).isInstanceOf(ListenerException.class)
                    .hasMessageContaining("after_flush_postexec").cause().hasMessage("postexec refuses");
            assertThat(userRows(engine)).isEmpty();
            assertThat(session.contains(u1)).isFalse();
            assertThat(u1.id).isNull();
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class);
            session.rollback();
            Recorder.failOn = null;
            session.add(u1);
            session.commit();
        }
        assertThat(userRows(engine)).hasSize(1).allMatch(row -> row.endsWith("/u1"));
    }
}
