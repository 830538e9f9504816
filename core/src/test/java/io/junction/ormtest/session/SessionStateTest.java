package io.junction.ormtest.session;

import io.junction.orm.inspect.Junction;
import io.junction.orm.inspect.ObjectStatus;
import io.junction.orm.session.Session;
import io.junction.ormtest.session.Model.Address;
import io.junction.ormtest.session.Model.User;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.session.Model.USERS;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** The session's new, dirty and deleted objects, and each object's status, through add, change, delete, flush, commit and rollback. */
class SessionStateTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void edAndWendy() {
        db = OrmDatabase.fresh(Model.METADATA);
        db.execute(Model.edAndWendy());
        log = db.log();
        log.clear();
    }

    private static ObjectStatus status(Object object) {
        return Junction.inspect(object).status();
    }

    @Test
    void anAddedObjectIsNewUntilTheFlushInsertsIt() {
        try (Session session = db.session()) {
            User jack = new User("jack");
            assertThat(status(jack)).isEqualTo(ObjectStatus.TRANSIENT);
            session.add(jack);

            assertThat(status(jack)).isEqualTo(ObjectStatus.PENDING);
            assertThat(session.newObjects()).containsExactly(jack);
            assertThat(session.contains(jack)).isTrue();
            session.flush();

            assertThat(status(jack)).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(Junction.inspect(jack).identity()).containsExactly(3);
            assertThat(session.newObjects()).isEmpty();
            assertThat(session.identityMapObjects()).contains(jack);
        }
        assertThat(status(new User())).isEqualTo(ObjectStatus.TRANSIENT);
    }

    @Test
    void aChangedObjectIsDirtyUntilTheFlushWritesIt() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            User wendy = session.get(User.class, 2);
            assertThat(session.dirtyObjects()).isEmpty();
            ed.name = "edward";

            assertThat(session.dirtyObjects()).containsExactly(ed);
            assertThat(Junction.inspect(ed).modified()).isTrue();
            assertThat(Junction.inspect(ed).history("name").added()).containsExactly("edward");
            assertThat(Junction.inspect(ed).history("name").deleted()).containsExactly("ed");
            assertThat(Junction.inspect(wendy).modified()).isFalse();
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE users SET name=? WHERE users.id = ?");
            assertThat(session.dirtyObjects()).isEmpty();
            assertThat(Junction.inspect(ed).modified()).isFalse();
        }
    }

    @Test
    void aCollectionAppendMakesTheOwnerDirty() {
        try (Session session = db.session()) {
            User wendy = session.get(User.class, 2);
            wendy.addresses.size();
            Address extra = new Address("wendy@b");
            wendy.addresses.add(extra);

            assertThat(session.dirtyObjects()).contains(wendy);
            assertThat(session.newObjects()).containsExactly(extra);
        }
    }

    @Test
    void aDeletedObjectIsMarkedUntilTheFlushAndDetachedByTheCommit() {
        try (Session session = db.session()) {
            User wendy = session.get(User.class, 2);
            wendy.addresses.forEach(session::delete);
            session.delete(wendy);

            assertThat(session.deletedObjects()).contains(wendy).hasSize(2);
            assertThat(status(wendy)).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(Junction.inspect(wendy).markedForDeletion()).isTrue();
            log.clear();
            session.flush();

            assertThat(log.kinds()).containsExactly("DELETE addresses", "DELETE users");
            assertThat(session.deletedObjects()).isEmpty();
            assertThat(status(wendy)).isEqualTo(ObjectStatus.DELETED);
            assertThat(session.contains(wendy)).isFalse();
            session.commit();
            assertThat(status(wendy)).isEqualTo(ObjectStatus.DETACHED);
        }
        assertThat(db.rows(select(USERS.c("name")).orderBy(USERS.c("id")))).containsExactly("ed");
    }

    @Test
    void rollbackExpungesNewObjectsAndRestoresDeletedOnes() {
        try (Session session = db.session()) {
            User wendy = session.get(User.class, 2);
            User jack = new User("jack");
            session.add(jack);
            wendy.addresses.forEach(session::delete);
            session.delete(wendy);
            session.flush();
            session.rollback();

            assertThat(status(jack)).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(jack.id).isNull();
            assertThat(status(wendy)).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(session.contains(wendy)).isTrue();
            assertThat(session.newObjects()).isEmpty();
            assertThat(session.deletedObjects()).isEmpty();
            assertThat(wendy.name).isEqualTo("wendy");
        }
        assertThat(db.rows(select(USERS.c("name")).orderBy(USERS.c("id")))).containsExactly("ed", "wendy");
    }

    @Test
    void expungeForgetsTheObjectAndItsChanges() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            ed.name = "edward";
            session.expunge(ed);

            assertThat(status(ed)).isEqualTo(ObjectStatus.DETACHED);
            assertThat(session.dirtyObjects()).isEmpty();
            log.clear();
            session.flush();
            assertThat(log.count()).isZero();
            assertThat(session.get(User.class, 1)).isNotSameAs(ed);
        }
    }

    @Test
    void closingTheSessionDetachesItsObjects() {
        User ed;
        try (Session session = db.session()) {
            ed = session.get(User.class, 1);
            assertThat(Session.objectSession(ed)).isSameAs(session);
        }
        assertThat(status(ed)).isEqualTo(ObjectStatus.DETACHED);
        assertThat(Session.objectSession(ed)).isNull();
        assertThat(ed.name).isEqualTo("ed");
    }
}
