package io.junction.it.events;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.event.ListenerException;
import io.junction.orm.inspect.AttributeView;
import io.junction.orm.inspect.ObjectView;
import io.junction.orm.session.Session;
import io.junction.orm.session.SessionEvents;
import io.junction.orm.session.SessionFactory;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.inspect.Junction.inspect;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The object lifecycle session events (transient_to_pending, ..., deleted_to_detached), on H2 and
 * PostgreSQL in both mapping styles. Ported from SQLAlchemy test/orm/test_events.py, class
 * SessionLifecycleEventsTest; each test names the original. Each listener records the event, the
 * object, whether the session contains it and its status as {@code inspect} tells it, which is
 * what the original's listeners assert. Not ported: the two {@code _del} tests (they drop the last
 * reference to the object; Java has no such moment) and the two {@code detached_to_persistent}
 * tests through {@code session.delete} of a detached object, which Junction refuses
 * (docs/differences.md).
 */
class SessionLifecycleEventsTest extends StyledSuite {
    private final List<String> heard = new ArrayList<>();

    @Override
    protected StyledMapping mapping() {
        return EventsTest.MAPPING;
    }

    @BeforeEach
    void clear() {
        Recorder.clear();
        heard.clear();
    }

    /** Every lifecycle event of {@code events}, each recording "event object in/out STATUS". */
    private SessionEvents listenToAll(SessionEvents events) {
        return events.transientToPending((s, o) -> record("transient_to_pending", s, o))
                .pendingToTransient((s, o) -> record("pending_to_transient", s, o))
                .persistentToTransient((s, o) -> record("persistent_to_transient", s, o))
                .pendingToPersistent((s, o) -> record("pending_to_persistent", s, o))
                .detachedToPersistent((s, o) -> record("detached_to_persistent", s, o))
                .loadedAsPersistent((s, o) -> record("loaded_as_persistent", s, o))
                .persistentToDetached((s, o) -> record("persistent_to_detached", s, o))
                .deletedToDetached((s, o) -> record("deleted_to_detached", s, o))
                .persistentToDeleted((s, o) -> record("persistent_to_deleted", s, o))
                .deletedToPersistent((s, o) -> record("deleted_to_persistent", s, o));
    }

    private void record(String event, Session session, Object object) {
        ObjectView view = inspect(object);
        AttributeView name = view.attributes().get(object instanceof User ? "name" : "emailAddress");
        String label = name.loaded() ? String.valueOf(name.value()) : "expired " + view.identity();
        heard.add(event + " " + label + (session.contains(object) ? " in " : " out ") + view.status()
                + (session.deletedObjects().contains(object) ? " marked" : ""));
    }

    private List<String> userRows(Engine engine) {
        Table users = table("users");
        return strings(rows(engine, select(users.c("id"), users.c("name")).orderBy(users.c("id"))));
    }

    /** test_transient_to_pending; a save-update cascade makes the address pending after its user. */
    @ParameterizedTest
    @MethodSource("cases")
    void transientToPending(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            listenToAll(session.events());
            User u1 = new User("u1");
            u1.addresses.add(new Address("a1@x"));
            session.add(u1);
            assertThat(heard).containsExactly("transient_to_pending u1 in PENDING",
                    "transient_to_pending a1@x in PENDING");
            session.add(u1);
            assertThat(heard).hasSize(2);
        }
    }

    /** test_pending_to_transient_via_rollback. */
    @ParameterizedTest
    @MethodSource("cases")
    void pendingToTransientViaRollback(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            listenToAll(session.events());
            session.rollback();
            assertThat(session.contains(u1)).isFalse();
            assertThat(heard).containsExactly("pending_to_transient u1 out TRANSIENT");
        }
    }

    /** test_pending_to_transient_via_expunge. */
    @ParameterizedTest
    @MethodSource("cases")
    void pendingToTransientViaExpunge(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            listenToAll(session.events());
            session.expunge(u1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(heard).containsExactly("pending_to_transient u1 out TRANSIENT");
        }
    }

    /** test_pending_to_persistent: heard once the INSERT is flushed, not again at a later UPDATE. */
    @ParameterizedTest
    @MethodSource("cases")
    void pendingToPersistent(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            listenToAll(session.events()).pendingToPersistent((s, o) ->
                    heard.add("identity " + inspect(o).identity() + " held " + s.identityMapObjects().contains(o)));
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT users");
            assertThat(heard).containsExactly("pending_to_persistent u1 in PERSISTENT", "identity [1] held true");
            u1.name = "u2";
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT users", "UPDATE users");
            assertThat(heard).hasSize(2);
        }
    }

    /** test_detached_to_persistent. */
    @ParameterizedTest
    @MethodSource("cases")
    void detachedToPersistent(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            session.flush();
            session.expunge(u1);
            listenToAll(session.events());
            session.add(u1);
            assertThat(heard).containsExactly("detached_to_persistent u1 in PERSISTENT");
        }
    }

    /** test_loaded_as_persistent: once per object the rows make, not for an object the session holds. */
    @ParameterizedTest
    @MethodSource("cases")
    void loadedAsPersistent(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Table users = table("users");
        try (Session session = new Session(engine)) {
            session.add(new User("u1"));
            session.commit();
        }
        Recorder.clear();
        try (Session session = new Session(engine)) {
            listenToAll(session.events());
            log.clear();
            User u1 = session.query(User.class).filter(users.c("name").eq("u1")).one();
            assertThat(heard).containsExactly("loaded_as_persistent u1 in PERSISTENT");
            assertThat(session.query(User.class).filter(users.c("name").eq("u1")).one()).isSameAs(u1);
            assertThat(log.verbs()).containsExactly("SELECT users", "SELECT users");
            assertThat(heard).hasSize(1);
            assertThat(Recorder.EVENTS).containsExactly("load u1");
        }
    }

    /** test_persistent_to_deleted: heard at the flush of the DELETE, when the session no longer contains the object. */
    @ParameterizedTest
    @MethodSource("cases")
    void persistentToDeleted(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            session.commit();
            listenToAll(session.events());
            session.delete(u1);
            assertThat(session.deletedObjects()).containsExactly(u1);
            assertThat(heard).isEmpty();
            log.clear();
            session.flush();
            // the SELECT of users: User's before_delete listener reads the name, expired by the commit
            assertThat(log.verbs()).containsExactly("SELECT addresses", "SELECT users", "DELETE users");
            assertThat(session.contains(u1)).isFalse();
            assertThat(heard).containsExactly("persistent_to_deleted u1 out DELETED");
        }
    }

    /** test_persistent_to_detached_via_expunge. */
    @ParameterizedTest
    @MethodSource("cases")
    void persistentToDetachedViaExpunge(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            session.flush();
            listenToAll(session.events());
            assertThat(session.contains(u1)).isTrue();
            session.expunge(u1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(heard).containsExactly("persistent_to_detached u1 out DETACHED");
        }
    }

    /** test_persistent_to_detached_via_expunge_all; close() detaches the same way, and a pending object becomes transient. */
    @ParameterizedTest
    @MethodSource("cases")
    void persistentToDetachedViaExpungeAllAndClose(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            session.flush();
            listenToAll(session.events());
            session.expungeAll();
            assertThat(session.contains(u1)).isFalse();
            assertThat(heard).containsExactly("persistent_to_detached u1 out DETACHED");
            heard.clear();
            session.add(u1);
            User u2 = new User("u2");
            session.add(u2);
            heard.clear();
            session.close();
            assertThat(heard).containsExactly("pending_to_transient u2 out TRANSIENT", "persistent_to_detached u1 out DETACHED");
        }
    }

    /** test_persistent_to_transient_via_rollback: the rollback undoes the flushed INSERT. */
    @ParameterizedTest
    @MethodSource("cases")
    void persistentToTransientViaRollback(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            session.flush();
            listenToAll(session.events());
            session.rollback();
            assertThat(heard).containsExactly("persistent_to_transient u1 out TRANSIENT");
            assertThat(u1.id).isNull();
        }
        assertThat(userRows(engine)).isEmpty();
    }

    /** test_deleted_to_persistent_via_rollback. */
    @ParameterizedTest
    @MethodSource("cases")
    void deletedToPersistentViaRollback(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            session.commit();
            session.delete(u1);
            session.flush();
            listenToAll(session.events());
            assertThat(session.contains(u1)).isFalse();
            assertThat(inspect(u1).status()).hasToString("DELETED");
            session.rollback();
            assertThat(session.contains(u1)).isTrue();
            assertThat(inspect(u1).status()).hasToString("PERSISTENT");
            assertThat(heard).containsExactly("deleted_to_persistent u1 in PERSISTENT");
        }
        assertThat(userRows(engine)).containsExactly("1/u1");
    }

    /** test_deleted_to_detached_via_commit. */
    @ParameterizedTest
    @MethodSource("cases")
    void deletedToDetachedViaCommit(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            session.add(u1);
            session.commit();
            session.delete(u1);
            session.flush();
            listenToAll(session.events());
            session.commit();
            assertThat(session.contains(u1)).isFalse();
            assertThat(inspect(u1).status()).hasToString("DETACHED");
            assertThat(heard).containsExactly("deleted_to_detached u1 out DETACHED");
        }
        assertThat(userRows(engine)).isEmpty();
    }

    /**
     * One flush that deletes one object and inserts another tells persistent_to_deleted first, then
     * pending_to_persistent (SQLAlchemy's finalize_flush_changes order); a marked object expunged
     * before its flush is persistent_to_detached, one expunged after it deleted_to_detached.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aFlushTellsDeletionsBeforeInsertionsAndExpungeTellsWhichDeletion(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            User u3 = new User("u3");
            session.addAll(List.of(u1, u3));
            session.commit();
            assertThat(u1.name + u3.name).isEqualTo("u1u3");
            listenToAll(session.events());
            session.add(new User("u2"));
            session.delete(u1);
            session.flush();
            assertThat(heard).containsExactly("transient_to_pending u2 in PENDING", "persistent_to_deleted u1 out DELETED",
                    "pending_to_persistent u2 in PERSISTENT");
            heard.clear();
            session.expunge(u1);
            session.delete(u3);
            session.expunge(u3);
            assertThat(heard).containsExactly("deleted_to_detached u1 out DETACHED", "persistent_to_detached u3 out DETACHED");
            session.commit();
        }
        assertThat(userRows(engine)).containsExactly("2/u3", "3/u2");
    }

    /**
     * A factory's lifecycle listeners are heard by the sessions it opens, before the session's own;
     * a listener's exception reaches the caller wrapped, naming the event and the object.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void factoryListenersAreHeardFirstAndAFailureNamesTheEvent(Style style, Database database) {
        Engine engine = fresh(style, database);
        SessionFactory factory = new SessionFactory(engine);
        factory.events().transientToPending((s, o) -> heard.add("factory transient_to_pending " + o));
        try (Session session = factory.open()) {
            session.events().transientToPending((s, o) -> {
                heard.add("session transient_to_pending " + o);
                if (o instanceof User user && "refused".equals(user.name)) {
                    throw new IllegalStateException("no " + o);
                }
            });
            session.add(new User("u1"));
            assertThat(heard).containsExactly("factory transient_to_pending u1", "session transient_to_pending u1");
            User refused = new User("refused");
            assertThatThrownBy(() -> session.add(refused)).isInstanceOf(ListenerException.class)
                    .hasMessageContaining("transient_to_pending listener failed for refused")
                    .cause().hasMessage("no refused");
        }
    }
}
