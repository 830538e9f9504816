package io.junction.it.onetomany;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.engine.IntegrityException;
import io.junction.engine.Row;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.attribute.DetachedInstanceException;
import io.junction.orm.collection.InstrumentedList;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.sql.expression.Select;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.junction.it.onetomany.Model.CHILD;
import static io.junction.it.onetomany.Model.DOCUMENT;
import static io.junction.it.onetomany.Model.FOLDER;
import static io.junction.it.onetomany.Model.METADATA;
import static io.junction.it.onetomany.Model.PARENT;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed's one-to-many with a backref: in memory, flushed, loaded, deleted, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneToManyTest {
    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);

    static {
        Model.REGISTRY.configure();
    }

    private Engine fresh(Database database) {
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        return engine;
    }

    @AfterAll
    void dropTables() {
        engines.values().forEach(METADATA::dropAll);
    }

    @Test
    void backrefsStayInStepInMemoryBeforeAnyFlush() {
        Parent p1 = new Parent("p1");
        Parent p2 = new Parent("p2");
        Child c = new Child("c");

        p1.children.add(c);
        assertThat(c.parent).isSameAs(p1);

        c.parent = p2;
        assertThat(p2.children).containsExactly(c);
        assertThat(p1.children).isEmpty();

        p2.children.remove(c);
        assertThat(c.parent).isNull();

        Child d = new Child("d");
        p1.children = new ArrayList<>(List.of(c, d));
        assertThat(p1.children).isInstanceOf(InstrumentedList.class).containsExactly(c, d);
        assertThat(c.parent).isSameAs(p1);
        assertThat(d.parent).isSameAs(p1);

        p1.children = new ArrayList<>(List.of(d));
        assertThat(c.parent).isNull();
        assertThat(d.parent).isSameAs(p1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFlushInsertsTheParentBeforeItsChildrenInOneStatementPerTable(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p1");
            p.children.add(new Child("c1"));
            p.children.add(new Child("c2"));
            session.add(p);
            log.clear();
            session.commit();

            assertThat(log.verbs()).containsExactly("INSERT parent", "INSERT child");
            List<ExecutedStatement> statements = log.statements();
            List<String> sql = log.sql();
            Object parentId = p.id;
            if (database == Database.POSTGRESQL) {
                assertThat(sql).containsExactly(
                        "INSERT INTO parent (name) VALUES (?) RETURNING id",
                        "INSERT INTO child (parent_id, name) VALUES (?, ?), (?, ?) RETURNING id");
                assertThat(statements.get(1).parameterSets()).containsExactly(List.of(parentId, "c1", parentId, "c2"));
            } else {
                assertThat(sql).containsExactly(
                        "INSERT INTO parent (name) VALUES (?)",
                        "INSERT INTO child (parent_id, name) VALUES (?, ?)");
                assertThat(statements.get(1).batch()).isTrue();
                assertThat(statements.get(1).parameterSets())
                        .containsExactly(List.of(parentId, "c1"), List.of(parentId, "c2"));
            }
        }
        List<Row> children = rows(engine, select(CHILD.c("name"), CHILD.c("parent_id"), PARENT.c("name"))
                .where(CHILD.c("parent_id").eq(PARENT.c("id"))).orderBy(CHILD.c("id")));
        assertThat(children).extracting(r -> r.get(0) + "/" + r.get(2)).containsExactly("c1/p1", "c2/p1");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aNewSessionLoadsWhatWasSavedLazilyAndOnce(Database database) {
        Engine engine = fresh(database);
        Integer id = saveFamily(engine, "p1", "c1", "c2");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, id);
            assertThat(log.verbs()).containsExactly("SELECT parent");
            assertThat(p.name).isEqualTo("p1");

            log.clear();
            List<String> names = p.children.stream().map(c -> c.name).toList();
            assertThat(names).containsExactly("c1", "c2");
            assertThat(log.sql()).containsExactly("SELECT child.id AS child_id, child.parent_id AS child_parent_id, "
                    + "child.name AS child_name FROM child WHERE child.parent_id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(id);

            log.clear();
            assertThat(p.children).hasSize(2);
            Child first = p.children.get(0);
            assertThat(first.parent).isSameAs(p);
            assertThat(first.parentId).isEqualTo(id);
            assertThat(log.count()).as("second read and a many-to-one held by the identity map need no SQL").isZero();

            assertThat(session.get(Parent.class, id)).isSameAs(p);
            assertThat(session.get(Child.class, first.id)).isSameAs(first);
            assertThat(log.count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aManyToOneNotInTheIdentityMapLoadsWithOneSelect(Database database) {
        Engine engine = fresh(database);
        Integer id = saveFamily(engine, "p1", "c1");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Child c = session.query(Child.class).one();
            log.clear();
            assertThat(c.parent.name).isEqualTo("p1");
            assertThat(log.sql()).containsExactly("SELECT parent.id AS parent_id, parent.name AS parent_name "
                    + "FROM parent WHERE parent.id = ?");
            assertThat(c.parent.id).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpdateSetsOnlyTheChangedColumnsAndAnUnchangedSessionEmitsNothing(Database database) {
        Engine engine = fresh(database);
        saveFamily(engine, "p1", "c1", "c2");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Child> children = session.query(Child.class).orderBy(CHILD.c("id")).all();
            log.clear();
            session.flush();
            assertThat(log.count()).isZero();

            children.get(1).name = "renamed";
            session.commit();
            assertThat(log.sql()).containsExactly("UPDATE child SET name=? WHERE child.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("renamed", children.get(1).id);
        }
        assertThat(rows(engine, select(CHILD.c("name")).orderBy(CHILD.c("id"))))
                .extracting(r -> r.get(0)).containsExactly("c1", "renamed");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void movingAChildToAnotherParentUpdatesItsForeignKey(Database database) {
        Engine engine = fresh(database);
        Integer first = saveFamily(engine, "p1", "c1");
        Integer second = saveFamily(engine, "p2");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p1 = session.get(Parent.class, first);
            Parent p2 = session.get(Parent.class, second);
            Child c = p1.children.get(0);
            log.clear();
            c.parent = p2;
            assertThat(p1.children).isEmpty();
            assertThat(log.count()).as("moving needs no SQL").isZero();
            assertThat(p2.children).as("loaded now, with the pending append applied").containsExactly(c);
            assertThat(log.verbs()).as("autoflush before the lazy load").containsExactly("UPDATE child", "SELECT child");
            assertThat(log.sql().get(0)).isEqualTo("UPDATE child SET parent_id=? WHERE child.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(second, c.id);
            log.clear();
            session.commit();
            assertThat(log.count()).isZero();
        }
        assertThat(rows(engine, select(CHILD.c("parent_id")))).extracting(r -> r.get(0)).containsExactly(second);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingAParentWithoutDeleteCascadeSetsItsChildrensForeignKeyToNull(Database database) {
        Engine engine = fresh(database);
        Integer id = saveFamily(engine, "p1", "c1", "c2");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, id);
            session.delete(p);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("SELECT child", "UPDATE child", "DELETE parent");
            assertThat(log.statements().get(1).parameterSets()).hasSize(2);
            assertThat(log.statements().get(1).parameterSets().get(0).get(0)).isNull();
        }
        assertThat(rows(engine, select(count()).from(PARENT))).extracting(r -> r.get(0)).containsExactly(0L);
        assertThat(rows(engine, select(CHILD.c("name"), CHILD.c("parent_id")).orderBy(CHILD.c("id"))))
                .extracting(r -> r.get(0) + "/" + r.get(1)).containsExactly("c1/null", "c2/null");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deleteCascadeRemovesChildrenBeforeTheParentAndDeleteOrphanRemovesARemovedChild(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Folder folder = new Folder("f");
            folder.documents.add(new Document("a"));
            folder.documents.add(new Document("b"));
            folder.documents.add(new Document("c"));
            session.add(folder);
            session.commit();

            SqlLog log = new SqlLog(engine);
            Document a = folder.documents.get(0);
            folder.documents.remove(a);
            assertThat(a.folder).isNull();
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("DELETE document");
            assertThat(rows(session, select(DOCUMENT.c("title")).orderBy(DOCUMENT.c("id"))))
                    .extracting(r -> r.get(0)).containsExactly("b", "c");

            session.delete(folder);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("DELETE document", "DELETE folder");
            assertThat(log.statements().get(0).parameterSets()).hasSize(2);
        }
        assertThat(rows(engine, select(count()).from(DOCUMENT))).extracting(r -> r.get(0)).containsExactly(0L);
        assertThat(rows(engine, select(count()).from(FOLDER))).extracting(r -> r.get(0)).containsExactly(0L);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailedFlushRollsBackAndTheSessionIsUsableAfterRollback(Database database) {
        Engine engine = fresh(database);
        saveFamily(engine, "taken");
        try (Session session = new Session(engine)) {
            Parent p = new Parent("taken");
            Child c = new Child("c");
            p.children.add(c);
            session.add(p);
            assertThatThrownBy(session::commit).isInstanceOf(IntegrityException.class)
                    .hasMessageContaining("INSERT INTO parent");
            assertThat(p.id).isNull();
            assertThat(c.id).isNull();
            assertThat(c.parentId).isNull();
            assertThat(session.newObjects()).as("transient again, as at the transaction's start").isEmpty();
            assertThat(session.contains(p)).isFalse();
            assertThat(rows(engine, select(count()).from(PARENT))).extracting(r -> r.get(0)).containsExactly(1L);
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class);

            session.rollback();
            p.name = "free";
            session.add(p);
            session.commit();
            assertThat(p.id).isNotNull();
            assertThat(c.parentId).isEqualTo(p.id);
        }
        assertThat(rows(engine, select(PARENT.c("name")).orderBy(PARENT.c("id"))))
                .extracting(r -> r.get(0)).containsExactly("taken", "free");
        assertThat(rows(engine, select(count()).from(CHILD))).extracting(r -> r.get(0)).containsExactly(1L);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void rollbackExpungesNewObjectsAndExpiresChangedOnes(Database database) {
        Engine engine = fresh(database);
        Integer id = saveFamily(engine, "p1");
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, id);
            p.name = "changed";
            Parent fresh = new Parent("new");
            session.add(fresh);
            session.flush();
            session.rollback();
            assertThat(session.contains(fresh)).isFalse();
            assertThat(p.name).as("expired, so reloaded").isEqualTo("p1");
        }
        assertThat(rows(engine, select(PARENT.c("name")))).extracting(r -> r.get(0)).containsExactly("p1");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aThousandParentsWithTenChildrenEachTakeAStatementCountThatDoesNotGrowWithTheRows(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            for (int i = 0; i < 1000; i++) {
                Parent p = new Parent("p" + i);
                for (int j = 0; j < 10; j++) {
                    p.children.add(new Child("p" + i + "." + j));
                }
                session.add(p);
            }
            log.clear();
            session.commit();
        }
        long parentStatements = log.verbs().stream().filter("INSERT parent"::equals).count();
        long childStatements = log.verbs().stream().filter("INSERT child"::equals).count();
        assertThat(log.count()).isEqualTo(parentStatements + childStatements);
        if (database == Database.POSTGRESQL) {
            assertThat(parentStatements).as("one multi-row INSERT per 1,000 rows").isEqualTo(1);
            assertThat(childStatements).isEqualTo(10);
        } else {
            assertThat(parentStatements).as("one JDBC batch per table").isEqualTo(1);
            assertThat(childStatements).isEqualTo(1);
        }
        List<Row> wrong = rows(engine, select(count()).from(CHILD.join(PARENT, CHILD.c("parent_id").eq(PARENT.c("id"))))
                .where(io.junction.sql.expression.Sql.not(CHILD.c("name").like(io.junction.sql.expression.Sql.func(
                        "concat", PARENT.c("name"), io.junction.sql.expression.Sql.literal(".%"))))));
        assertThat(wrong.get(0).get(0)).as("children whose parent is not theirs").isEqualTo(0L);
        assertThat(rows(engine, select(count()).from(CHILD)).get(0).get(0)).isEqualTo(10000L);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void readingAnUnloadedRelationshipOfADetachedObjectNamesTheAttribute(Database database) {
        Engine engine = fresh(database);
        Integer id = saveFamily(engine, "p1", "c1");
        Parent p;
        try (Session session = new Session(engine)) {
            p = session.get(Parent.class, id);
        }
        assertThatThrownBy(() -> p.children.size()).isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("Parent.children is not loaded");
    }

    private static Integer saveFamily(Engine engine, String parent, String... children) {
        try (Session session = new Session(engine)) {
            Parent p = new Parent(parent);
            for (String child : children) {
                p.children.add(new Child(child));
            }
            session.add(p);
            session.flush();
            Integer id = p.id;
            session.commit();
            return id;
        }
    }

    private static List<Row> rows(Engine engine, Select select) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select).all();
        }
    }

    private static List<Row> rows(Session session, Select select) {
        return session.connection().execute(select).all();
    }
}
