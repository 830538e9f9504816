package io.junction.ormtest.unitofwork;

import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.StaleDataException;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import io.junction.ormtest.unitofwork.Model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.ormtest.unitofwork.Model.USERS;
import static io.junction.sql.expression.Sql.delete;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An UPDATE or DELETE that matches no row, because another connection deleted it, fails the flush and rolls back. */
class StaleDataTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    /** Commits two users without expiring them, then lets another connection delete both rows. */
    private User[] usersDeletedBehindTheSession(Session session) {
        User ed = new User("ed");
        User wendy = new User("wendy");
        session.add(ed);
        session.add(wendy);
        session.commit();
        db.execute(delete(USERS));
        log.clear();
        return new User[] {ed, wendy};
    }

    @Test
    void anUpdateOfADeletedRowRaisesStaleDataAndTheSessionNeedsARollback() {
        try (Session session = db.session().expireOnCommit(false)) {
            User ed = usersDeletedBehindTheSession(session)[0];
            ed.name = "edward";

            assertThatThrownBy(session::flush).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("UPDATE")
                    .hasMessageContaining("table 'users'")
                    .hasMessageContaining("expected to match 1 row(s)")
                    .hasMessageContaining("0 were matched");
            assertThat(log.sql()).containsExactly("UPDATE users SET name=? WHERE users.id = ?");
            assertThat(log.rows(0)).containsExactly(row("edward", 1));
            assertThatThrownBy(() -> session.get(User.class, 1)).isInstanceOf(PendingRollbackException.class);

            session.rollback();
            log.clear();
            assertThat(session.query(User.class).all()).isEmpty();
            assertThat(log.kinds()).containsExactly("SELECT users");
        }
    }

    @Test
    void aDeleteOfDeletedRowsRaisesStaleData() {
        try (Session session = db.session().expireOnCommit(false)) {
            User[] users = usersDeletedBehindTheSession(session);
            session.delete(users[0]);
            session.delete(users[1]);

            assertThatThrownBy(session::flush).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("DELETE")
                    .hasMessageContaining("table 'users'")
                    .hasMessageContaining("expected to match 2 row(s)")
                    .hasMessageContaining("0 were matched");
            assertThat(log.sql()).containsExactly("DELETE FROM users WHERE users.id = ?");
            assertThat(log.rows(0)).containsExactly(row(1), row(2));
            session.rollback();
        }
        assertThat(db.rows(select(USERS.c("id")))).isEmpty();
    }

    @Test
    void updatesGoBeforeInsertsSoAStaleUpdateStopsTheFlushBeforeAnyInsert() {
        try (Session session = db.session().expireOnCommit(false)) {
            User[] users = usersDeletedBehindTheSession(session);
            User jack = new User("jack");
            session.add(jack);
            users[1].name = "wendy2";

            assertThatThrownBy(session::commit).isInstanceOf(StaleDataException.class);
            assertThat(log.kinds()).containsExactly("UPDATE users");
            session.rollback();
            assertThat(session.contains(jack)).isFalse();
            assertThat(jack.id).isNull();
        }
        assertThat(db.rows(select(USERS.c("id")))).isEmpty();
    }
}
