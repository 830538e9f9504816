package io.junction.it.sqla.transaction;

import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.it.sqla.transaction.UsersAddresses.Address;
import io.junction.it.sqla.transaction.UsersAddresses.User;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.inspect.Junction;
import io.junction.orm.inspect.ObjectStatus;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.orm.session.SessionFactory;
import io.junction.orm.session.Transaction;
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
 * Savepoints ({@code Session.beginNested()}) and explicit transactions ({@code Session.begin()}),
 * ported from SQLAlchemy test/orm/test_transaction.py: SavepointTest, the nested cases of
 * SessionTransactionTest, CleanSavepointTest, RollbackRecoverTest.test_pk_violation_with_savepoint
 * and ContextManagerPlusFutureTest — each test names its origin. A savepoint's rollback expunges
 * the objects new inside it, restores those deleted inside it and expires those changed inside it;
 * the SQL is asserted as BEGIN/SAVEPOINT/RELEASE/ROLLBACK sequences, and the rows as committed.
 */
class SavepointTest extends DatabaseSuite {

    @Override
    protected MetaData metadata() {
        return UsersAddresses.METADATA;
    }

    private List<String> names(Session session) {
        return session.execute(select(USERS.c("name")).orderBy(USERS.c("id"))).all().stream()
                .map(row -> (String) row.get(0)).toList();
    }

    private List<String> committedNames(Engine engine) {
        return strings(rows(engine, select(USERS.c("name")).orderBy(USERS.c("id"))));
    }

    /** SavepointTest.test_savepoint_rollback */
    @ParameterizedTest
    @EnumSource(Database.class)
    void savepointRollback(Database database) {
        Engine engine = fresh(database);
        TransactionLog log = new TransactionLog(engine);
        try (Session s = new Session(engine)) {
            User u1 = new User("ed");
            User u2 = new User("jack");
            s.addAll(List.of(u1, u2));

            Transaction nt1 = s.beginNested();
            User u3 = new User("wendy");
            User u4 = new User("foo");
            u1.name = "edward";
            u2.name = "jackward";
            s.addAll(List.of(u3, u4));
            assertThat(names(s)).containsExactly("edward", "jackward", "wendy", "foo");
            log.clear();
            nt1.rollback();
            assertThat(log.events()).containsExactly("ROLLBACK TO SAVEPOINT savepoint_1");
            assertThat(nt1.isActive()).isFalse();
            assertThat(u1.name).isEqualTo("ed");
            assertThat(u2.name).isEqualTo("jack");
            assertThat(status(u3)).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(u3.id).as("the key the savepoint's INSERT generated is gone").isNull();
            assertThat(names(s)).containsExactly("ed", "jack");
            s.commit();
            assertThat(u1.name).isEqualTo("ed");
            assertThat(u2.name).isEqualTo("jack");
        }
        assertThat(committedNames(engine)).containsExactly("ed", "jack");
    }

    /** SavepointTest.test_savepoint_commit */
    @ParameterizedTest
    @EnumSource(Database.class)
    void savepointCommit(Database database) {
        Engine engine = fresh(database);
        TransactionLog log = new TransactionLog(engine);
        try (Session s = new Session(engine)) {
            User u1 = new User("ed");
            User u2 = new User("jack");
            s.addAll(List.of(u1, u2));

            Transaction nt1 = s.beginNested();
            assertThat(log.events()).containsExactly("BEGIN (implicit)", "INSERT users", "SAVEPOINT savepoint_1");
            User u3 = new User("wendy");
            User u4 = new User("foo");
            u1.name = "edward";
            u2.name = "jackward";
            s.addAll(List.of(u3, u4));
            assertThat(names(s)).containsExactly("edward", "jackward", "wendy", "foo");
            log.clear();
            nt1.commit();
            assertThat(log.events()).containsExactly("RELEASE SAVEPOINT savepoint_1");

            log.clear();
            assertThat(u1.name).isEqualTo("edward");
            assertThat(u2.name).isEqualTo("jackward");
            assertThat(names(s)).containsExactly("edward", "jackward", "wendy", "foo");
            assertThat(log.events()).as("released objects are not expired: one statement").containsExactly("SELECT users");
            s.commit();
        }
        assertThat(committedNames(engine)).containsExactly("edward", "jackward", "wendy", "foo");
    }

    /** SavepointTest.test_savepoint_delete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void savepointDelete(Database database) {
        Engine engine = fresh(database);
        try (Session s = new Session(engine)) {
            User u1 = new User("ed");
            s.add(u1);
            s.commit();
            assertThat(names(s)).containsExactly("ed");
            s.beginNested();
            s.delete(u1);
            s.commit();
            assertThat(names(s)).isEmpty();
            s.commit();
        }
        assertThat(committedNames(engine)).isEmpty();
    }

    /** SavepointTest.test_savepoint_rollback_collections */
    @ParameterizedTest
    @EnumSource(Database.class)
    void savepointRollbackCollections(Database database) {
        Engine engine = fresh(database);
        try (Session s = new Session(engine)) {
            User u1 = new User("ed");
            u1.addresses.add(new Address("foo"));
            s.add(u1);
            s.commit();

            u1.name = "edward";
            u1.addresses.add(new Address("bar"));
            Transaction nt1 = s.beginNested();
            User u2 = new User("jack");
            Address bat = new Address("bat");
            u2.addresses.add(bat);
            s.add(u2);
            assertThat(describe(s)).containsExactly("edward[foo, bar]", "jack[bat]");
            nt1.rollback();
            assertThat(describe(s)).containsExactly("edward[foo, bar]");
            assertThat(status(bat)).isEqualTo(ObjectStatus.TRANSIENT);
            s.commit();
            assertThat(describe(s)).containsExactly("edward[foo, bar]");
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("email_address")).orderBy(ADDRESSES.c("id")))))
                .containsExactly("foo", "bar");
    }

    /** SavepointTest.test_savepoint_commit_collections */
    @ParameterizedTest
    @EnumSource(Database.class)
    void savepointCommitCollections(Database database) {
        Engine engine = fresh(database);
        try (Session s = new Session(engine)) {
            User u1 = new User("ed");
            u1.addresses.add(new Address("foo"));
            s.add(u1);
            s.commit();

            u1.name = "edward";
            u1.addresses.add(new Address("bar"));
            s.beginNested();
            User u2 = new User("jack");
            u2.addresses.add(new Address("bat"));
            s.add(u2);
            assertThat(describe(s)).containsExactly("edward[foo, bar]", "jack[bat]");
            s.commit();
            assertThat(describe(s)).containsExactly("edward[foo, bar]", "jack[bat]");
            s.commit();
            assertThat(describe(s)).containsExactly("edward[foo, bar]", "jack[bat]");
        }
    }

    private static List<String> describe(Session s) {
        return s.query(User.class).orderBy(USERS.c("id")).all().stream()
                .map(u -> u.name + u.addresses.stream().map(a -> a.emailAddress).toList()).toList();
    }

    /** SavepointTest.test_expunge_pending_on_rollback and test_update_deleted_on_rollback */
    @ParameterizedTest
    @EnumSource(Database.class)
    void sessionRollbackUndoesWhatTheSavepointHeld(Database database) {
        Engine engine = fresh(database);
        try (Session s = new Session(engine)) {
            s.beginNested();
            User u2 = new User("newuser");
            s.add(u2);
            assertThat(s.contains(u2)).isTrue();
            s.rollback();
            assertThat(s.contains(u2)).isFalse();

            User u1 = new User("ed");
            s.add(u1);
            s.commit();
            s.beginNested();
            s.delete(u1);
            assertThat(s.deletedObjects()).containsExactly(u1);
            s.rollback();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.deletedObjects()).isEmpty();
        }
        assertThat(committedNames(engine)).containsExactly("ed");
    }

    /** SessionTransactionTest.test_nested_accounting_new_items_removed */
    @ParameterizedTest
    @EnumSource(Database.class)
    void nestedAccountingNewItemsRemoved(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            session.begin();
            Transaction n1 = session.beginNested();
            User u1 = new User("u1");
            session.add(u1);
            n1.commit();
            assertThat(session.contains(u1)).isTrue();
            session.rollback();
            assertThat(session.contains(u1)).isFalse();
            assertThat(status(u1)).isEqualTo(ObjectStatus.TRANSIENT);
        }
        assertThat(committedNames(engine)).isEmpty();
    }

    /** SessionTransactionTest.test_nested_accounting_deleted_items_restored */
    @ParameterizedTest
    @EnumSource(Database.class)
    void nestedAccountingDeletedItemsRestored(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            session.begin();
            session.add(new User("u1"));
            session.commit();

            session.begin();
            User u1 = session.query(User.class).first();
            Transaction n1 = session.beginNested();
            session.delete(u1);
            n1.commit();
            assertThat(session.contains(u1)).isFalse();
            session.rollback();
            assertThat(session.contains(u1)).isTrue();
        }
        assertThat(committedNames(engine)).containsExactly("u1");
    }

    /** SessionTransactionTest.test_nested_transaction */
    @ParameterizedTest
    @EnumSource(Database.class)
    void nestedTransaction(Database database) {
        Engine engine = fresh(database);
        TransactionLog log = new TransactionLog(engine);
        try (Session sess = new Session(engine)) {
            sess.begin();
            sess.add(new User("u1"));
            sess.flush();
            Transaction n1 = sess.beginNested();
            sess.add(new User("u2"));
            sess.flush();
            n1.rollback();
            sess.commit();
            assertThat(log.events()).containsExactly("BEGIN (implicit)", "INSERT users", "SAVEPOINT savepoint_1",
                    "INSERT users", "ROLLBACK TO SAVEPOINT savepoint_1", "COMMIT");
            assertThat(sess.query(User.class).all()).hasSize(1);
        }
        assertThat(committedNames(engine)).containsExactly("u1");
    }

    /** SessionTransactionTest.test_nested_autotrans */
    @ParameterizedTest
    @EnumSource(Database.class)
    void nestedAutotrans(Database database) {
        Engine engine = fresh(database);
        try (Session sess = new Session(engine)) {
            sess.add(new User("u1"));
            sess.flush();
            sess.beginNested();
            sess.add(new User("u2"));
            sess.flush();
            sess.rollback(); // rolls back the whole transaction
            sess.commit();
            assertThat(sess.query(User.class).all()).isEmpty();
        }
        assertThat(committedNames(engine)).isEmpty();
    }

    /** CleanSavepointTest.test_rollback_ignores_clean_on_savepoint */
    @ParameterizedTest
    @EnumSource(Database.class)
    void savepointRollbackExpiresOnlyWhatChangedInsideIt(Database database) {
        Engine engine = fresh(database);
        TransactionLog log = new TransactionLog(engine);
        try (Session s = new Session(engine).expireOnCommit(false)) {
            User u1 = new User("u1");
            User u2 = new User("u2");
            s.addAll(List.of(u1, u2));
            s.commit();
            s.beginNested();
            u2.name = "u2modified";
            s.flush();
            Transaction inner = s.beginNested();
            u1.name = "u1 in memory only";
            inner.rollback();
            log.clear();
            assertThat(u1.name).as("changed inside the inner savepoint: expired and reloaded").isEqualTo("u1");
            assertThat(log.events()).containsExactly("SELECT users");
            log.clear();
            assertThat(u2.name).as("flushed before the inner savepoint: kept").isEqualTo("u2modified");
            assertThat(log.events()).isEmpty();
            s.rollback();
            assertThat(u2.name).isEqualTo("u2");
        }
        assertThat(committedNames(engine)).containsExactly("u1", "u2");
    }

    /** RollbackRecoverTest.test_pk_violation_with_savepoint */
    @ParameterizedTest
    @EnumSource(Database.class)
    void pkViolationWithSavepoint(Database database) {
        Engine engine = fresh(database);
        TransactionLog log = new TransactionLog(engine);
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
            Transaction nt1 = s.beginNested();
            s.add(u2);
            log.clear();
            assertThatThrownBy(s::commit).isInstanceOf(IntegrityException.class);
            assertThat(log.events()).containsExactly("INSERT users", "ROLLBACK TO SAVEPOINT savepoint_1");
            assertThatThrownBy(s::commit).isInstanceOf(PendingRollbackException.class);
            nt1.rollback();
            assertThat(s.contains(u2)).isFalse();
            assertThat(s.contains(a2)).isFalse();
            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(a1)).isTrue();
            s.commit();
            assertThat(describe(s)).containsExactly("edward[foober]");
        }
        assertThat(committedNames(engine)).containsExactly("edward");
    }

    /** ContextManagerPlusFutureTest.test_contextmanager_nested_rollback, with a duplicate key as the failure */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailedFlushInsideATryWithResourcesSavepointRollsBackOnlyTheSavepoint(Database database) {
        Engine engine = fresh(database);
        try (Session sess = new Session(engine)) {
            sess.add(new User(1, "u0"));
            sess.flush();
            assertThatThrownBy(() -> {
                try (Transaction nested = sess.beginNested()) {
                    sess.add(new User(1, "duplicate"));
                    sess.flush();
                    nested.commit();
                }
            }).isInstanceOf(IntegrityException.class);

            try (Transaction nested = sess.beginNested()) {
                sess.add(new User(2, "u1"));
                nested.commit();
            }
            assertThat(sess.query(User.class).all()).hasSize(2);
            sess.commit();
        }
        assertThat(committedNames(engine)).containsExactly("u0", "u1");
    }

    /** ContextManagerPlusFutureTest.test_contextmanager_commit, test_contextmanager_rollback, test_no_double_begin_explicit */
    @ParameterizedTest
    @EnumSource(Database.class)
    void beginCommitsWhenToldAndRollsBackWhenClosedWithoutIt(Database database) {
        Engine engine = fresh(database);
        TransactionLog log = new TransactionLog(engine);
        SessionFactory factory = new SessionFactory(engine);
        try (Session sess = factory.open()) {
            try (Transaction tx = sess.begin()) {
                assertThatThrownBy(sess::begin).isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("a transaction is already begun on this session");
                sess.add(new User("u1"));
                tx.commit();
                assertThat(tx.isActive()).isFalse();
            }
            sess.rollback();
            assertThat(sess.query(User.class).all()).hasSize(1);
            sess.commit();

            log.clear();
            User never = new User("never");
            try (Transaction tx = sess.begin()) {
                sess.add(never);
                sess.flush();
            }
            assertThat(log.events()).containsExactly("BEGIN (implicit)", "INSERT users", "ROLLBACK");
            assertThat(status(never)).isEqualTo(ObjectStatus.TRANSIENT);
        }
        assertThat(committedNames(engine)).containsExactly("u1");
    }

    /** Junction's own: savepoints nest; rolling back an outer one rolls back the inner ones; ended handles refuse */
    @ParameterizedTest
    @EnumSource(Database.class)
    void savepointsNestAndAnOuterRollbackTakesTheInnerOnesWithIt(Database database) {
        Engine engine = fresh(database);
        TransactionLog log = new TransactionLog(engine);
        try (Session s = new Session(engine)) {
            User kept = new User("kept");
            s.add(kept);
            Transaction outer = s.beginNested();
            User second = new User("second");
            s.add(second);
            Transaction inner = s.beginNested();
            User third = new User("third");
            s.add(third);
            s.flush();
            assertThatThrownBy(outer::commit).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a savepoint begun inside this one is still open");
            log.clear();
            outer.rollback();
            assertThat(log.events()).containsExactly("ROLLBACK TO SAVEPOINT savepoint_1");
            assertThat(inner.isActive()).isFalse();
            assertThat(outer.isActive()).isFalse();
            assertThatThrownBy(inner::rollback).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot roll back a savepoint that has already ended");
            assertThat(status(second)).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(status(third)).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(status(kept)).isEqualTo(ObjectStatus.PERSISTENT);

            Transaction again = s.beginNested();
            s.add(new User("fourth"));
            again.commit();
            s.commit();
            assertThat(again.isActive()).isFalse();
        }
        assertThat(committedNames(engine)).containsExactly("kept", "fourth");
    }

    private static ObjectStatus status(Object object) {
        return Junction.inspect(object).status();
    }
}
