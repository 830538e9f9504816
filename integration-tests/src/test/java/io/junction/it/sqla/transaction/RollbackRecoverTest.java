package io.junction.it.sqla.transaction;

import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.it.sqla.transaction.UsersAddresses.Address;
import io.junction.it.sqla.transaction.UsersAddresses.PlainUser;
import io.junction.it.sqla.transaction.UsersAddresses.User;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.it.sqla.transaction.UsersAddresses.ADDRESSES;
import static io.junction.it.sqla.transaction.UsersAddresses.USERS;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_transaction.py, class RollbackRecoverTest (test_pk_violation)
 * and SessionTransactionTest (test_preserve_flush_error, test_warning_on_using_inactive_session_*):
 * after a failed flush the session refuses work until rollback(), which puts every object back as
 * it was when the transaction began.
 */
class RollbackRecoverTest extends DatabaseSuite {

    @Override
    protected MetaData metadata() {
        return UsersAddresses.METADATA;
    }

    /** test_pk_violation */
    @ParameterizedTest
    @EnumSource(Database.class)
    void pkViolation(Database database) {
        Engine engine = fresh(database);
        try (Session s = new Session(engine)) {
            Address a1 = new Address("foo");
            User u1 = new User(1, "ed");
            u1.addresses.add(a1);
            s.add(u1);
            s.commit();

            Address a2 = new Address("bar");
            User u2 = new User(1, "jack");
            u2.addresses.add(a2);

            u1.name = "edward";
            a1.emailAddress = "foober";
            s.add(u2);

            assertThatThrownBy(s::commit).isInstanceOf(IntegrityException.class);
            assertThatThrownBy(s::commit).isInstanceOf(PendingRollbackException.class)
                    .hasCauseInstanceOf(IntegrityException.class);
            s.rollback();
            assertThat(s.contains(u2)).isFalse();
            assertThat(s.contains(a2)).isFalse();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(a1)).isTrue();
            assertThat(u1.name).isEqualTo("ed");
            assertThat(a1.emailAddress).isEqualTo("foo");
            u1.name = "edward";
            a1.emailAddress = "foober";
            s.commit();
            List<User> users = s.query(User.class).all();
            assertThat(users).containsExactly(u1);
            assertThat(u1.id).isEqualTo(1);
            assertThat(u1.name).isEqualTo("edward");
            assertThat(u1.addresses).extracting(a -> a.emailAddress).containsExactly("foober");
        }
        assertThat(strings(rows(engine, select(USERS.c("id"), USERS.c("name"))))).containsExactly("1/edward");
        assertThat(strings(rows(engine, select(ADDRESSES.c("user_id"), ADDRESSES.c("email_address")))))
                .containsExactly("1/foober");
    }

    /** test_preserve_flush_error: every later commit names the failure until rollback(), then the session works. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void preserveFlushError(Database database) {
        Engine engine = fresh(database);
        try (Session s = inactiveFlushedSession(engine, new PlainUser(1, "u1"))) {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(s::commit).isInstanceOf(PendingRollbackException.class)
                        .hasMessageStartingWith("This session's transaction was rolled back because a flush failed; "
                                + "call session.rollback() before using the session again")
                        .hasMessageContaining("The original failure: ")
                        .hasCauseInstanceOf(IntegrityException.class);
            }
            assertThatThrownBy(() -> s.query(PlainUser.class).all()).isInstanceOf(PendingRollbackException.class);
            s.rollback();
            s.add(new PlainUser(5, "some name"));
            s.commit();
        }
        assertThat(strings(rows(engine, select(USERS.c("id"), USERS.c("name")).orderBy(USERS.c("id")))))
                .containsExactly("1/u1", "5/some name");
    }

    /** test_warning_on_using_inactive_session_new: an object added after the failure is discarded by rollback. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void objectAddedToInactiveSessionIsDiscarded(Database database) {
        PlainUser u1 = new PlainUser(1, "u1");
        try (Session s = inactiveFlushedSession(fresh(database), u1)) {
            PlainUser u2 = new PlainUser(null, "u2");
            s.add(u2);
            s.rollback();
            assertThat(s.contains(u2)).isFalse();
            assertThat(s.contains(u1)).isTrue();
        }
    }

    /** test_warning_on_using_inactive_session_dirty */
    @ParameterizedTest
    @EnumSource(Database.class)
    void changeOnInactiveSessionIsDiscarded(Database database) {
        try (Session s = new Session(fresh(database))) {
            PlainUser u1 = new PlainUser(1, "u1");
            s.add(u1);
            s.commit();
            String loaded = u1.name;
            s.add(new PlainUser(1, "u2"));
            assertThatThrownBy(s::flush).isInstanceOf(IntegrityException.class);
            u1.name = "newname";
            s.rollback();
            assertThat(loaded).isEqualTo("u1");
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.dirtyObjects()).doesNotContain(u1);
            assertThat(u1.name).isEqualTo("u1");
        }
    }

    /** test_warning_on_using_inactive_session_delete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deleteOnInactiveSessionIsDiscarded(Database database) {
        try (Session s = new Session(fresh(database))) {
            PlainUser u1 = new PlainUser(1, "u1");
            s.add(u1);
            s.commit();
            assertThat(u1.name).isEqualTo("u1");
            s.add(new PlainUser(1, "u2"));
            assertThatThrownBy(s::flush).isInstanceOf(IntegrityException.class);
            s.delete(u1);
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.deletedObjects()).doesNotContain(u1);
        }
    }

    /** SQLAlchemy's _inactive_flushed_session_fixture: user 1 committed, then a flush that fails on its key. */
    private static Session inactiveFlushedSession(Engine engine, PlainUser u1) {
        Session s = new Session(engine);
        s.add(u1);
        s.commit();
        s.add(new PlainUser(1, "u2"));
        assertThatThrownBy(s::flush).isInstanceOf(IntegrityException.class);
        return s;
    }
}
