package io.junction.it.sqla.transaction;

import io.junction.engine.Engine;
import io.junction.it.sqla.transaction.UsersAddresses.Address;
import io.junction.it.sqla.transaction.UsersAddresses.User;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.it.sqla.transaction.UsersAddresses.ADDRESSES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_transaction.py, class AutoExpireTest (and FixtureDataTest):
 * rollback expunges what was added and brings back what was deleted; commit keeps both.
 */
class AutoExpireTest extends DatabaseSuite {

    @Override
    protected MetaData metadata() {
        return UsersAddresses.METADATA;
    }

    /** test_expunge_pending_on_rollback */
    @ParameterizedTest
    @EnumSource(Database.class)
    void expungePendingOnRollback(Database database) {
        try (Session session = new Session(fresh(database))) {
            User u2 = new User("newuser");
            session.add(u2);
            assertThat(session.contains(u2)).isTrue();
            session.rollback();
            assertThat(session.contains(u2)).isFalse();
        }
    }

    /** test_trans_pending_cleared_on_commit */
    @ParameterizedTest
    @EnumSource(Database.class)
    void transPendingClearedOnCommit(Database database) {
        try (Session session = new Session(fresh(database))) {
            User u2 = new User("newuser");
            session.add(u2);
            session.commit();
            assertThat(session.contains(u2)).isTrue();
            User u3 = new User("anotheruser");
            session.add(u3);
            session.rollback();
            assertThat(session.contains(u3)).isFalse();
            assertThat(session.contains(u2)).isTrue();
        }
    }

    /** test_update_deleted_on_rollback */
    @ParameterizedTest
    @EnumSource(Database.class)
    void updateDeletedOnRollback(Database database) {
        try (Session session = new Session(fresh(database))) {
            User u1 = new User("ed");
            session.add(u1);
            session.commit();

            session.delete(u1);
            assertThat(session.deletedObjects()).containsExactly(u1);
            session.rollback();
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.deletedObjects()).isEmpty();
        }
    }

    /** test_trans_deleted_cleared_on_rollback */
    @ParameterizedTest
    @EnumSource(Database.class)
    void transDeletedClearedOnRollback(Database database) {
        try (Session session = new Session(fresh(database))) {
            User u1 = new User("ed");
            session.add(u1);
            session.commit();

            session.delete(u1);
            session.commit();
            assertThat(session.contains(u1)).isFalse();
            session.rollback();
            assertThat(session.contains(u1)).isFalse();
        }
    }

    /** test_update_deleted_on_rollback_cascade */
    @ParameterizedTest
    @EnumSource(Database.class)
    void updateDeletedOnRollbackCascade(Database database) {
        try (Session session = new Session(fresh(database))) {
            User u1 = new User("ed");
            u1.addresses.add(new Address("foo"));
            session.add(u1);
            session.commit();

            session.delete(u1);
            assertThat(session.deletedObjects()).contains(u1, u1.addresses.get(0));
            session.rollback();
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.deletedObjects()).isEmpty();
            assertThat(u1.addresses).hasSize(1);
        }
    }

    /** test_update_deleted_on_rollback_orphan */
    @ParameterizedTest
    @EnumSource(Database.class)
    void updateDeletedOnRollbackOrphan(Database database) {
        try (Session session = new Session(fresh(database))) {
            User u1 = new User("ed");
            u1.addresses.add(new Address("foo"));
            session.add(u1);
            session.commit();

            Address a1 = u1.addresses.get(0);
            u1.addresses.remove(a1);
            session.flush();
            assertThat(session.query(Address.class).filter(ADDRESSES.c("email_address").eq("foo")).all()).isEmpty();
            session.rollback();
            assertThat(session.deletedObjects()).doesNotContain(a1);
            assertThat(session.contains(a1)).isTrue();
            assertThat(u1.addresses).containsExactly(a1);
        }
    }

    /** test_commit_pending */
    @ParameterizedTest
    @EnumSource(Database.class)
    void commitPending(Database database) {
        try (Session session = new Session(fresh(database))) {
            User u1 = new User("newuser");
            session.add(u1);
            session.flush();
            session.commit();
            assertThat(u1.name).isEqualTo("newuser");
        }
    }

    /** test_concurrent_commit_pending */
    @ParameterizedTest
    @EnumSource(Database.class)
    void concurrentCommitPending(Database database) {
        Engine engine = fresh(database);
        try (Session s1 = new Session(engine); Session s2 = new Session(engine)) {
            User u1 = new User("edward");
            s1.add(u1);
            s1.commit();

            User u2 = s2.query(User.class).filter(UsersAddresses.USERS.c("name").eq("edward")).one();
            u2.name = "will";
            s2.commit();

            assertThat(u1.name).isEqualTo("will");
        }
    }

    /** FixtureDataTest.test_attrs_on_rollback */
    @ParameterizedTest
    @EnumSource(Database.class)
    void attrsOnRollback(Database database) {
        Engine engine = fresh(database);
        insertJack(engine);
        try (Session session = new Session(engine)) {
            User u1 = session.get(User.class, 7);
            u1.name = "ed";
            session.rollback();
            assertThat(u1.name).isEqualTo("jack");
        }
    }

    /** FixtureDataTest.test_commit_persistent */
    @ParameterizedTest
    @EnumSource(Database.class)
    void commitPersistent(Database database) {
        Engine engine = fresh(database);
        insertJack(engine);
        try (Session session = new Session(engine)) {
            User u1 = session.get(User.class, 7);
            u1.name = "ed";
            session.flush();
            session.commit();
            assertThat(u1.name).isEqualTo("ed");
        }
    }

    /** FixtureDataTest.test_concurrent_commit_persistent */
    @ParameterizedTest
    @EnumSource(Database.class)
    void concurrentCommitPersistent(Database database) {
        Engine engine = fresh(database);
        insertJack(engine);
        try (Session s1 = new Session(engine); Session s2 = new Session(engine)) {
            User u1 = s1.get(User.class, 7);
            u1.name = "ed";
            s1.commit();

            User u2 = s2.get(User.class, 7);
            assertThat(u2.name).isEqualTo("ed");
            u2.name = "will";
            s2.commit();

            assertThat(u1.name).isEqualTo("will");
        }
    }

    private static void insertJack(Engine engine) {
        try (Session session = new Session(engine)) {
            session.addAll(List.of(new User(7, "jack")));
            session.commit();
        }
    }
}
