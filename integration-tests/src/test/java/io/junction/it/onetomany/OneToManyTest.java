package io.junction.it.onetomany;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.engine.IntegrityException;
import io.junction.engine.Row;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.attribute.DetachedInstanceException;
import io.junction.orm.collection.InstrumentedList;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.func;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed's one-to-many with a backref, and a folder owning its documents: in memory, flushed,
 * loaded, deleted, mapped classically and declaratively, on H2 and PostgreSQL.
 */
class OneToManyTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("parent",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)).unique());
        Table child = metadata.table("child",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("parent.id"),
                column("name", string(50)));
        Table folder = metadata.table("folder",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Table document = metadata.table("document",
                column("id", INTEGER).primaryKey(),
                column("folder_id", INTEGER).foreignKey("folder.id"),
                column("title", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parent, relationship("children", Child.class).backref("parent"));
        registry.map(Child.class, child);
        registry.map(Folder.class, folder,
                relationship("documents", Document.class).cascade("all, delete-orphan").backref("folder"));
        registry.map(Document.class, document);
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void backrefsStayInStepInMemoryBeforeAnyFlush(Style style) {
        MAPPING.activate(style);
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
    @MethodSource("cases")
    void aFlushInsertsTheParentBeforeItsChildrenInOneStatementPerTable(Style style, Database database) {
        Engine engine = fresh(style, database);
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
        Table child = table("child");
        Table parent = table("parent");
        assertThat(strings(rows(engine, select(child.c("name"), parent.c("name"))
                .where(child.c("parent_id").eq(parent.c("id"))).orderBy(child.c("id")))))
                .containsExactly("c1/p1", "c2/p1");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aNewSessionLoadsWhatWasSavedLazilyAndOnce(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer id = saveFamily(engine, "p1", "c1", "c2");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, id);
            assertThat(log.verbs()).containsExactly("SELECT parent");
            assertThat(p.name).isEqualTo("p1");

            log.clear();
            assertThat(p.children).extracting(c -> c.name).containsExactly("c1", "c2");
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
    @MethodSource("cases")
    void aManyToOneNotInTheIdentityMapLoadsWithOneSelect(Style style, Database database) {
        Engine engine = fresh(style, database);
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
    @MethodSource("cases")
    void anUpdateSetsOnlyTheChangedColumnsAndAnUnchangedSessionEmitsNothing(Style style, Database database) {
        Engine engine = fresh(style, database);
        saveFamily(engine, "p1", "c1", "c2");
        Table child = table("child");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Child> children = session.query(Child.class).orderBy(child.c("id")).all();
            log.clear();
            session.flush();
            assertThat(log.count()).isZero();

            children.get(1).name = "renamed";
            session.commit();
            assertThat(log.sql()).containsExactly("UPDATE child SET name=? WHERE child.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("renamed", children.get(1).id);
        }
        assertThat(strings(rows(engine, select(child.c("name")).orderBy(child.c("id"))))).containsExactly("c1", "renamed");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void movingAChildToAnotherParentUpdatesItsForeignKey(Style style, Database database) {
        Engine engine = fresh(style, database);
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
        assertThat(rows(engine, select(table("child").c("parent_id")))).extracting(r -> r.get(0)).containsExactly(second);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void deletingAParentWithoutDeleteCascadeSetsItsChildrensForeignKeyToNull(Style style, Database database) {
        Engine engine = fresh(style, database);
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
        Table child = table("child");
        assertThat(rows(engine, select(count()).from(table("parent")))).extracting(r -> r.get(0)).containsExactly(0L);
        assertThat(strings(rows(engine, select(child.c("name"), child.c("parent_id")).orderBy(child.c("id")))))
                .containsExactly("c1/null", "c2/null");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void deleteCascadeRemovesChildrenBeforeTheParentAndDeleteOrphanRemovesARemovedChild(Style style, Database database) {
        Engine engine = fresh(style, database);
        Table document = table("document");
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
            assertThat(strings(rows(session, select(document.c("title")).orderBy(document.c("id")))))
                    .containsExactly("b", "c");

            session.delete(folder);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("DELETE document", "DELETE folder");
            assertThat(log.statements().get(0).parameterSets()).hasSize(2);
        }
        assertThat(rows(engine, select(count()).from(document))).extracting(r -> r.get(0)).containsExactly(0L);
        assertThat(rows(engine, select(count()).from(table("folder")))).extracting(r -> r.get(0)).containsExactly(0L);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aFailedFlushRollsBackAndTheSessionIsUsableAfterRollback(Style style, Database database) {
        Engine engine = fresh(style, database);
        saveFamily(engine, "taken");
        Table parent = table("parent");
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
            assertThat(rows(engine, select(count()).from(parent))).extracting(r -> r.get(0)).containsExactly(1L);
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class);

            session.rollback();
            p.name = "free";
            session.add(p);
            session.commit();
            assertThat(p.id).isNotNull();
            assertThat(c.parentId).isEqualTo(p.id);
        }
        assertThat(strings(rows(engine, select(parent.c("name")).orderBy(parent.c("id"))))).containsExactly("taken", "free");
        assertThat(rows(engine, select(count()).from(table("child")))).extracting(r -> r.get(0)).containsExactly(1L);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rollbackExpungesNewObjectsAndExpiresChangedOnes(Style style, Database database) {
        Engine engine = fresh(style, database);
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
        assertThat(strings(rows(engine, select(table("parent").c("name"))))).containsExactly("p1");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aThousandParentsWithTenChildrenEachTakeAStatementCountThatDoesNotGrowWithTheRows(Style style, Database database) {
        Engine engine = fresh(style, database);
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
        Table child = table("child");
        Table parent = table("parent");
        List<Row> wrong = rows(engine, select(count()).from(child.join(parent, child.c("parent_id").eq(parent.c("id"))))
                .where(not(child.c("name").like(func("concat", parent.c("name"), literal(".%"))))));
        assertThat(wrong.get(0).get(0)).as("children whose parent is not theirs").isEqualTo(0L);
        assertThat(rows(engine, select(count()).from(child)).get(0).get(0)).isEqualTo(10000L);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readingAnUnloadedRelationshipOfADetachedObjectNamesTheAttribute(Style style, Database database) {
        Engine engine = fresh(style, database);
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
}
