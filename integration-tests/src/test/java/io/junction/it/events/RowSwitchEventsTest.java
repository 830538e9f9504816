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

import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events of a row switch, on H2 and PostgreSQL in both styles: a new object with the primary key
 * of an object deleted in the same flush takes over its row, so the flush sends one UPDATE instead
 * of a DELETE and an INSERT. SQLAlchemy (orm/persistence.py {@code _organize_states_for_save} and
 * {@code _finalize_insert_update_commands}) chooses the event by whether the object had an identity
 * before the flush: the new object hears before_insert and after_insert although its row is
 * UPDATEd, and the deleted one hears no delete event, since its DELETE was taken off the flush
 * ({@code remove_state_actions}); the session still tells persistent_to_deleted for it.
 */
class RowSwitchEventsTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return EventsTest.MAPPING;
    }

    @BeforeEach
    void clear() {
        Recorder.clear();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theNewObjectHearsInsertEventsAndTheDeletedOneNone(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        List<String> lifecycle = new ArrayList<>();
        try (Session session = new Session(engine)) {
            User old = new User("old");
            session.add(old);
            session.commit();
            session.refresh(old);
            session.events()
                    .persistentToDeleted((s, o) -> lifecycle.add("persistent_to_deleted " + o))
                    .pendingToPersistent((s, o) -> lifecycle.add("pending_to_persistent " + o));
            Recorder.clear();
            session.delete(old);
            User replacement = new User("new");
            replacement.id = old.id;
            session.add(replacement);
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "SELECT addresses.id AS addresses_id, addresses.user_id AS addresses_user_id, "
                            + "addresses.email_address AS addresses_email_address FROM addresses "
                            + "WHERE addresses.user_id = ?",
                    "UPDATE users SET name=?, stamp=? WHERE users.id = ?");
            assertThat(log.statements().get(1).parameterSets()).containsExactly(List.of("new", "inserted", 1));
            assertThat(Recorder.EVENTS).containsExactly("before_insert new", "after_insert new");
            assertThat(lifecycle).containsExactly("persistent_to_deleted old", "pending_to_persistent new");
            assertThat(session.contains(replacement)).isTrue();
            assertThat(session.contains(old)).isFalse();
            assertThat(session.get(User.class, 1)).isSameAs(replacement);
            session.commit();
        }
        Table users = table("users");
        assertThat(strings(rows(engine, select(users.c("id"), users.c("name"), users.c("stamp")))))
                .containsExactly("1/new/inserted");
    }
}
