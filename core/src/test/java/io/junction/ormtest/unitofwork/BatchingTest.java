package io.junction.ormtest.unitofwork;

import io.junction.orm.session.Session;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import io.junction.ormtest.unitofwork.Model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.ormtest.unitofwork.Model.USERS;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** Rows of one table go out as one statement per shape: the same columns inserted, or the same columns changed. */
class BatchingTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    private static User user(String name, String fullname) {
        User user = new User(name);
        user.fullname = fullname;
        return user;
    }

    @Test
    void insertsSettingTheSameColumnsAreOneBatchInTheOrderAdded() {
        try (Session session = db.session()) {
            session.add(new User("c"));
            session.add(new User("a"));
            session.add(new User("b"));
            session.flush();

            assertThat(log.sql()).containsExactly("INSERT INTO users (name) VALUES (?)");
            assertThat(log.statements().get(0).batch()).isTrue();
            assertThat(log.rows(0)).containsExactly(row("c"), row("a"), row("b"));
            session.commit();
        }
        assertThat(db.rows(select(USERS.c("id"), USERS.c("name")).orderBy(USERS.c("id")))).containsExactly("1/c", "2/a", "3/b");
    }

    /** Unlike SQLAlchemy, which batches only consecutive rows of one shape, rows of one shape go out together wherever they were added. */
    @Test
    void insertsSettingOtherColumnsAreAnotherStatementAfterTheFirstShapesBatch() {
        try (Session session = db.session()) {
            session.add(new User("a"));
            session.add(user("b", "B"));
            session.add(new User("c"));
            session.flush();

            assertThat(log.sql()).containsExactly("INSERT INTO users (name) VALUES (?)",
                    "INSERT INTO users (name, fullname) VALUES (?, ?)");
            assertThat(log.rows(0)).containsExactly(row("a"), row("c"));
            assertThat(log.rows(1)).containsExactly(row("b", "B"));
            session.commit();
        }
        assertThat(db.rows(select(USERS.c("id"), USERS.c("name"), USERS.c("fullname")).orderBy(USERS.c("id"))))
                .containsExactly("1/a/null", "2/c/null", "3/b/B");
    }

    @Test
    void updatesOfTheSameColumnsAreOneBatchInKeyOrder() {
        try (Session session = db.session().expireOnCommit(false)) {
            User a = new User("a");
            User b = new User("b");
            session.add(a);
            session.add(b);
            session.commit();
            log.clear();
            b.name = "b2";
            a.name = "a2";
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE users SET name=? WHERE users.id = ?");
            assertThat(log.rows(0)).containsExactly(row("a2", 1), row("b2", 2));
        }
    }

    @Test
    void updatesOfOtherColumnsAreSeparateStatements() {
        try (Session session = db.session().expireOnCommit(false)) {
            User a = new User("a");
            User b = new User("b");
            session.add(a);
            session.add(b);
            session.commit();
            log.clear();
            a.name = "a2";
            b.fullname = "B";
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE users SET name=? WHERE users.id = ?",
                    "UPDATE users SET fullname=? WHERE users.id = ?");
            assertThat(log.rows(0)).containsExactly(row("a2", 1));
            assertThat(log.rows(1)).containsExactly(row("B", 2));
        }
    }
}
