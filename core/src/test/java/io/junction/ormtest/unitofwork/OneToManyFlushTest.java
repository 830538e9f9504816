package io.junction.ormtest.unitofwork;

import io.junction.orm.session.Session;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import io.junction.ormtest.unitofwork.Model.Address;
import io.junction.ormtest.unitofwork.Model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.ormtest.unitofwork.Model.ADDRESSES;
import static io.junction.ormtest.unitofwork.Model.USERS;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Flushes of users and their delete-orphan addresses: inserts, updates, deletes, and the foreign keys between them. */
class OneToManyFlushTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    private List<String> users() {
        return db.rows(select(USERS.c("id"), USERS.c("name"), USERS.c("fullname")).orderBy(USERS.c("id")));
    }

    private List<String> addresses() {
        return db.rows(select(ADDRESSES.c("id"), ADDRESSES.c("user_id"), ADDRESSES.c("email")).orderBy(ADDRESSES.c("id")));
    }

    /** Saves ed with two addresses and returns him, committed; the log is cleared. */
    private User savedEd(Session session) {
        User ed = new User("ed", new Address("ed@a"), new Address("ed@b"));
        session.add(ed);
        session.commit();
        log.clear();
        return ed;
    }

    @Test
    void theParentIsInsertedFirstAndItsChildrenInOneBatchCarryingItsKey() {
        try (Session session = db.session()) {
            User ed = new User("ed", new Address("ed@a"), new Address("ed@b"));
            session.add(ed);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT users", "INSERT addresses");
            assertThat(log.sql(0)).isEqualTo("INSERT INTO users (name) VALUES (?)");
            assertThat(log.rows(0)).containsExactly(row("ed"));
            assertThat(log.sql(1)).isEqualTo("INSERT INTO addresses (user_id, email) VALUES (?, ?)");
            assertThat(log.rows(1)).containsExactly(row(1, "ed@a"), row(1, "ed@b"));
            assertThat(ed.id).isEqualTo(1);
            assertThat(ed.addresses).extracting(a -> a.id, a -> a.userId).containsExactly(
                    tuple(1, 1), tuple(2, 1));
            session.commit();
        }
        assertThat(users()).containsExactly("1/ed/null");
        assertThat(addresses()).containsExactly("1/1/ed@a", "2/1/ed@b");
    }

    @Test
    void addingTheParentCascadesToItsChildrenAsNewObjects() {
        try (Session session = db.session()) {
            Address a = new Address("ed@a");
            User ed = new User("ed", a);
            session.add(ed);
            assertThat(session.newObjects()).containsExactlyInAnyOrder(ed, a);
            assertThat(log.count()).isZero();
        }
    }

    @Test
    void anUpdateSetsOnlyTheChangedColumns() {
        try (Session session = db.session()) {
            User ed = savedEd(session);
            ed.fullname = "Ed Jones";
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE users SET fullname=? WHERE users.id = ?");
            assertThat(log.rows(0)).containsExactly(row("Ed Jones", 1));
            session.commit();
        }
        assertThat(users()).containsExactly("1/ed/Ed Jones");
    }

    @Test
    void aFlushWithoutChangesWritesNothing() {
        try (Session session = db.session()) {
            User ed = savedEd(session);
            assertThat(ed.name).isEqualTo("ed");
            log.clear();
            session.flush();
            assertThat(log.count()).isZero();
        }
    }

    @Test
    void settingTheValueItAlreadyHasWritesNothing() {
        try (Session session = db.session()) {
            User ed = savedEd(session);
            String name = ed.name;
            log.clear();
            ed.name = name;
            session.flush();
            assertThat(log.count()).isZero();
        }
    }

    @Test
    void aManyToOneChangeUpdatesTheForeignKey() {
        try (Session session = db.session()) {
            User ed = savedEd(session);
            User wendy = new User("wendy");
            session.add(wendy);
            session.flush();
            Address moved = ed.addresses.get(1);
            log.clear();

            moved.user = wendy;
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE addresses SET user_id=? WHERE addresses.id = ?");
            assertThat(log.rows(0)).containsExactly(row(2, 2));
            assertThat(moved.userId).isEqualTo(2);
            assertThat(ed.addresses).extracting(a -> a.email).containsExactly("ed@a");
            assertThat(wendy.addresses).containsExactly(moved);
            session.commit();
        }
        assertThat(addresses()).containsExactly("1/1/ed@a", "2/2/ed@b");
    }

    @Test
    void deletingTheParentDeletesItsChildrenFirst() {
        try (Session session = db.session()) {
            User ed = savedEd(session);
            session.delete(ed);
            session.flush();

            assertThat(log.kinds()).containsExactly("SELECT addresses", "DELETE addresses", "DELETE users");
            assertThat(log.sql(1)).isEqualTo("DELETE FROM addresses WHERE addresses.id = ?");
            assertThat(log.rows(1)).containsExactly(row(1), row(2));
            assertThat(log.sql(2)).isEqualTo("DELETE FROM users WHERE users.id = ?");
            assertThat(log.rows(2)).containsExactly(row(1));
            session.commit();
        }
        assertThat(users()).isEmpty();
        assertThat(addresses()).isEmpty();
    }

    @Test
    void anOrphanRemovedFromTheCollectionIsDeleted() {
        try (Session session = db.session()) {
            User ed = savedEd(session);
            Address orphan = ed.addresses.remove(0);
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly("DELETE FROM addresses WHERE addresses.id = ?");
            assertThat(log.rows(0)).containsExactly(row(orphan.id));
            session.commit();
        }
        assertThat(addresses()).containsExactly("2/1/ed@b");
    }

    @Test
    void aPendingChildRemovedBeforeTheFlushIsNeverInserted() {
        try (Session session = db.session()) {
            Address kept = new Address("ed@a");
            Address dropped = new Address("ed@b");
            User ed = new User("ed", kept, dropped);
            session.add(ed);
            ed.addresses.remove(dropped);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT users", "INSERT addresses");
            assertThat(log.rows(1)).containsExactly(row(1, "ed@a"));
            assertThat(session.contains(dropped)).isFalse();
            session.commit();
        }
        assertThat(addresses()).containsExactly("1/1/ed@a");
    }

    @Test
    void aChildMovedToAnotherParentIsUpdatedNotDeleted() {
        try (Session session = db.session()) {
            User ed = savedEd(session);
            Address moved = ed.addresses.remove(0);
            User wendy = new User("wendy");
            wendy.addresses.add(moved);
            session.add(wendy);
            log.clear();
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT users", "UPDATE addresses");
            assertThat(log.sql(1)).isEqualTo("UPDATE addresses SET user_id=? WHERE addresses.id = ?");
            assertThat(log.rows(1)).containsExactly(row(2, 1));
            session.commit();
        }
        assertThat(addresses()).containsExactly("1/2/ed@a", "2/1/ed@b");
    }

    @Test
    void aManyToOneTargetIsCascadedAndInsertedBeforeTheRowThatRefersToIt() {
        try (Session session = db.session()) {
            Address address = new Address("jack@a");
            User jack = new User("jack");
            address.user = jack;
            session.add(address);
            assertThat(session.newObjects()).containsExactlyInAnyOrder(address, jack);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT users", "INSERT addresses");
            assertThat(log.rows(1)).containsExactly(row(1, "jack@a"));
            assertThat(jack.addresses).containsExactly(address);
            session.commit();
        }
        assertThat(users()).containsExactly("1/jack/null");
        assertThat(addresses()).containsExactly("1/1/jack@a");
    }
}
