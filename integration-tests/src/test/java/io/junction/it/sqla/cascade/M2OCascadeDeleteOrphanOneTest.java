package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class M2OCascadeDeleteOrphanTestOne: a user's many-to-one
 * {@code pref} cascades "all, delete-orphan" (a pref's extras cascade "all, delete"); {@code foo} is a plain
 * many-to-one. As in SQLAlchemy, delete-orphan on a many-to-one needs {@code singleParent(true)}. The class runs twice in SQLAlchemy (legacy and new inactive-history style); that flag has no Junction
 * counterpart, so it runs once.
 */
class M2OCascadeDeleteOrphanOneTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table PREFS = METADATA.table("prefs",
            column("id", INTEGER).primaryKey(),
            column("data", string(40)));
    static final Table EXTRA = METADATA.table("extra",
            column("id", INTEGER).primaryKey(),
            column("prefs_id", INTEGER).foreignKey("prefs.id"));
    static final Table FOO = METADATA.table("foo",
            column("id", INTEGER).primaryKey(),
            column("data", string(40)));
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(40)),
            column("pref_id", INTEGER).foreignKey("prefs.id"),
            column("foo_id", INTEGER).foreignKey("foo.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class User {
        Integer id;
        String name;
        Pref pref;
        Foo foo;

        User() {
        }

        User(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Pref {
        Integer id;
        String data;
        List<Extra> extra = new ArrayList<>();

        Pref() {
        }

        Pref(String data) {
            this.data = data;
        }
    }

    @Mapped
    static class Extra {
        Integer id;
    }

    @Mapped
    static class Foo {
        Integer id;
        String data;
    }

    static {
        REGISTRY.map(Extra.class, EXTRA);
        REGISTRY.map(Pref.class, PREFS, relationship("extra", Extra.class).cascade("all, delete"));
        REGISTRY.map(User.class, USERS,
                relationship("pref", Pref.class).lazy(Lazy.JOINED).cascade("all, delete-orphan").singleParent(true),
                relationship("foo", Foo.class));
        REGISTRY.map(Foo.class, FOO);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** The class's insert_data: ed, jack and foo, each with a pref that has one extra. */
    private Engine freshWithData(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            for (String[] row : new String[][] {{"ed", "pref 1"}, {"jack", "pref 2"}, {"foo", "pref 3"}}) {
                User user = new User(row[0]);
                user.pref = new Pref(row[1]);
                user.pref.extra.add(new Extra());
                session.add(user);
            }
            session.commit();
        }
        return engine;
    }

    private static long rowCount(Session session, Table table) {
        return ((Number) rows(session, select(count()).from(table)).get(0).get(0)).longValue();
    }

    /** test_orphan */
    @ParameterizedTest
    @EnumSource(Database.class)
    void orphan(Database database) {
        Engine engine = freshWithData(database);
        try (Session session = new Session(engine)) {
            assertThat(rowCount(session, PREFS)).isEqualTo(3);
            assertThat(rowCount(session, EXTRA)).isEqualTo(3);
            User jack = session.query(User.class).filterBy("name", "jack").one();
            jack.pref = null;
            session.flush();
            assertThat(rowCount(session, PREFS)).isEqualTo(2);
            assertThat(rowCount(session, EXTRA)).isEqualTo(2);
        }
    }

    /** test_cascade_on_deleted: setting an expired, unloaded many-to-one to null and re-adding the object. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadeOnDeleted(Database database) {
        Engine engine = freshWithData(database);
        Integer id;
        try (Session session = new Session(engine)) {
            User u1 = new User("jack");
            u1.foo = new Foo();
            u1.foo.data = "f1";
            session.add(u1);
            session.commit();
            id = u1.id;

            u1.foo = null;
            session.add(u1);
            assertThat(session.contains(u1)).isTrue();
            session.commit();
        }
        assertThat(strings(rows(engine, select(USERS.c("foo_id")).where(USERS.c("id").eq(id))))).containsExactly("null");
        assertThat(strings(rows(engine, select(FOO.c("data"))))).containsExactly("f1");
    }

    /** test_save_update_sends_pending: add() reaches the new pref and the replaced one, which is deleted as an orphan. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void saveUpdateSendsPending(Database database) {
        Engine engine = freshWithData(database);
        Pref p1 = new Pref("p1");
        Pref p2 = new Pref("p2");
        User u = new User("jack");
        u.pref = p1;
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(u);
            session.commit();
        }
        u.pref = p2;
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(u);
            assertThat(session.contains(p1)).isTrue();
            assertThat(session.contains(p2)).isTrue();
            session.commit();
        }
        assertThat(strings(rows(engine, select(PREFS.c("data")).orderBy(PREFS.c("id")))))
                .containsExactly("pref 1", "pref 2", "pref 3", "p2");
    }

    /** test_orphan_on_update: the orphan is found when the detached user, pref and extra are added back. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void orphanOnUpdate(Database database) {
        Engine engine = freshWithData(database);
        try (Session session = new Session(engine)) {
            User jack = session.query(User.class).filterBy("name", "jack").one();
            Pref p = jack.pref;
            Extra e = jack.pref.extra.get(0);
            session.expunge(jack);
            session.expunge(p);
            session.expunge(e);
            assertThat(session.identityMapObjects()).isEmpty();

            jack.pref = null;
            session.add(jack);
            session.add(p);
            session.add(e);
            assertThat(session.contains(p)).isTrue();
            assertThat(session.contains(e)).isTrue();
            session.flush();
            assertThat(rowCount(session, PREFS)).isEqualTo(2);
            assertThat(rowCount(session, EXTRA)).isEqualTo(2);
        }
    }

    /** test_pending_expunge: a pending pref replaced before any flush leaves the session and is never inserted. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void pendingExpunge(Database database) {
        Engine engine = freshWithData(database);
        try (Session session = new Session(engine)) {
            User someuser = new User("someuser");
            session.add(someuser);
            session.flush();
            Pref p1 = new Pref("somepref");
            someuser.pref = p1;
            assertThat(session.contains(p1)).isTrue();
            someuser.pref = new Pref("someotherpref");
            assertThat(session.contains(p1)).isFalse();
            session.flush();
            assertThat(session.query(Pref.class).withParent(someuser, "pref").all())
                    .extracting(p -> p.data).containsExactly("someotherpref");
            assertThat(rowCount(session, PREFS)).isEqualTo(4);
        }
    }

    /** test_double_assignment: assigning the same new pref twice still orphans the old one. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void doubleAssignment(Database database) {
        Engine engine = freshWithData(database);
        try (Session session = new Session(engine)) {
            User jack = session.query(User.class).filterBy("name", "jack").one();
            Pref newpref = new Pref("newpref");
            jack.pref = newpref;
            jack.pref = newpref;
            session.flush();
            assertThat(session.query(Pref.class).orderBy(PREFS.c("id")).all())
                    .extracting(p -> p.data).containsExactly("pref 1", "pref 3", "newpref");
        }
    }
}
