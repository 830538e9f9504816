package io.junction.it.sqla.cycles;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cycles.py, class SelfReferentialTest: a self-referential
 * mapper, alone or with a second list of child objects. Each SQLAlchemy test maps the class its own
 * way, so each has its own registry and model classes here.
 */
class SelfReferentialTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table T1 = METADATA.table("t1",
            column("c1", INTEGER).primaryKey(),
            column("parent_c1", INTEGER).foreignKey("t1.c1"),
            column("data", string(20)));
    static final Table T2 = METADATA.table("t2",
            column("c1", INTEGER).primaryKey(),
            column("c1id", INTEGER).foreignKey("t1.c1"),
            column("data", string(20)));

    /** test_single: a one-to-many and its many-to-one, joined by back_populates. */
    @Mapped
    static class SingleC1 {
        Integer c1;
        Integer parentC1;
        String data;
        List<SingleC1> c1s = new ArrayList<>();
        SingleC1 parent;

        SingleC1() {
        }

        SingleC1(String data) {
            this.data = data;
        }
    }

    /** test_many_to_one_only: only the many-to-one. */
    @Mapped
    static class ParentOnlyC1 {
        Integer c1;
        Integer parentC1;
        String data;
        ParentOnlyC1 parent;
    }

    /** test_cycle: a self-referential one-to-many and a one-to-many to C2. */
    @Mapped
    static class TreeC1 {
        Integer c1;
        Integer parentC1;
        String data;
        List<TreeC1> c1s = new ArrayList<>();
        List<TreeC2> c2s = new ArrayList<>();

        TreeC1() {
        }

        TreeC1(String data) {
            this.data = data;
        }
    }

    @Mapped
    static class TreeC2 {
        Integer c1;
        Integer c1id;
        String data;

        TreeC2() {
        }

        TreeC2(String data) {
            this.data = data;
        }
    }

    /** test_setnull_ondelete: a plain one-to-many without delete cascade. */
    @Mapped
    static class ChildrenC1 {
        Integer c1;
        Integer parentC1;
        String data;
        List<ChildrenC1> children = new ArrayList<>();
    }

    static final Registry SINGLE = new Registry(METADATA);
    static final Registry PARENT_ONLY = new Registry(METADATA);
    static final Registry TREE = new Registry(METADATA);
    static final Registry CHILDREN = new Registry(METADATA);

    static {
        SINGLE.map(SingleC1.class, T1,
                relationship("c1s", SingleC1.class).cascade("all").backPopulates("parent"),
                relationship("parent", SingleC1.class).primaryJoin(T1.c("parent_c1").eq(T1.c("c1")))
                        .remoteSide(T1.c("c1")).uselist(false).backPopulates("c1s"));
        SINGLE.configure();

        PARENT_ONLY.map(ParentOnlyC1.class, T1,
                relationship("parent", ParentOnlyC1.class).primaryJoin(T1.c("parent_c1").eq(T1.c("c1")))
                        .remoteSide(T1.c("c1")));
        PARENT_ONLY.configure();

        TREE.map(TreeC1.class, T1,
                relationship("c1s", TreeC1.class).cascade("all"),
                relationship("c2s", TreeC2.class).cascade("all, delete-orphan"));
        TREE.map(TreeC2.class, T2);
        TREE.configure();

        CHILDREN.map(ChildrenC1.class, T1, relationship("children", ChildrenC1.class));
        CHILDREN.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static List<String> t1Rows(Engine engine) {
        return strings(rows(engine, select(T1.c("c1"), T1.c("parent_c1"), T1.c("data")).orderBy(T1.c("c1"))));
    }

    /** test_single */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aParentAndItsChildAreInsertedThenDeletedChildFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            SingleC1 a = new SingleC1("head c1");
            SingleC1 another = new SingleC1("another c1");
            a.c1s.add(another);
            assertThat(another.parent).isSameAs(a);
            session.add(a);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT t1", "INSERT t1");
            // Junction differs: an INSERT leaves out the columns that were never given a value (here
            // parent_c1 of the head), where SQLAlchemy binds them as NULL; the row is the same.
            assertThat(log.sql().get(0)).startsWith("INSERT INTO t1 (data) VALUES (?)");
            assertThat(log.statements().get(0).parameters()).containsExactly("head c1");
            assertThat(log.statements().get(1).parameters()).containsExactly(a.c1, "another c1");
            assertThat(another.parentC1).isEqualTo(a.c1);

            session.delete(a);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("DELETE t1", "DELETE t1");
            assertThat(log.statements().get(0).parameters()).containsExactly(another.c1);
            assertThat(log.statements().get(1).parameters()).containsExactly(a.c1);
            session.commit();
        }
        assertThat(t1Rows(engine)).isEmpty();
    }

    /** test_many_to_one_only */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aManyToOneAloneWritesTheForeignKeyOfANewChildOfALoadedParent(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            ParentOnlyC1 first = new ParentOnlyC1();
            session.add(first);
            session.flush();
            Integer id = first.c1;
            for (Object o : List.copyOf(session.identityMapObjects())) {
                session.expunge(o);
            }
            ParentOnlyC1 c1 = session.get(ParentOnlyC1.class, id);
            assertThat(c1).isNotSameAs(first);
            ParentOnlyC1 c2 = new ParentOnlyC1();
            c2.parent = c1;
            session.add(c2);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT t1");
            // Junction differs: the never-set data column is left out of the INSERT rather than bound as NULL.
            assertThat(log.sql().get(0)).startsWith("INSERT INTO t1 (parent_c1) VALUES (?)");
            assertThat(log.statements().get(0).parameters()).containsExactly(id);
            assertThat(c2.parentC1).isEqualTo(c1.c1);
            session.commit();
        }
        assertThat(t1Rows(engine)).containsExactly("1/null/null", "2/1/null");
    }

    /** test_cycle */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aTreeWithASecondChildTableIsInsertedParentsFirstAndDeletedLeavesFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            TreeC1 a = new TreeC1("head c1");
            TreeC1 child1 = new TreeC1("child1");
            TreeC1 child2 = new TreeC1("child2");
            a.c1s.add(child1);
            a.c1s.add(child2);
            child1.c1s.add(new TreeC1("subchild1"));
            child1.c1s.add(new TreeC1("subchild2"));
            child2.c2s.add(new TreeC2("child2 data1"));
            child2.c2s.add(new TreeC2("child2 data2"));
            session.add(a);
            log.clear();
            session.flush();
            // Junction differs: SQLAlchemy writes each row of a self-referential cycle by its own
            // INSERT, all of t1 before t2; Junction batches the rows of one level of the tree, and
            // may write t2's rows as soon as their parent level is in (any order that puts each
            // parent first is a valid one). The head's never-set parent_c1 is left out, not NULL.
            List<String> verbs = log.verbs();
            assertThat(verbs).containsExactlyInAnyOrder("INSERT t1", "INSERT t1", "INSERT t1", "INSERT t2");
            List<ExecutedStatement> t1Inserts = log.statements().stream()
                    .filter(s -> SqlLog.normalize(s.sql()).startsWith("INSERT INTO t1")).toList();
            assertThat(t1Inserts.get(0).parameters()).containsExactly("head c1");
            assertThat(Batches.rows(t1Inserts.get(1), 2)).containsExactly(List.of(1, "child1"), List.of(1, "child2"));
            assertThat(Batches.rows(t1Inserts.get(2), 2)).containsExactly(
                    List.of(2, "subchild1"), List.of(2, "subchild2"));
            ExecutedStatement t2Insert = log.statements().get(verbs.indexOf("INSERT t2"));
            assertThat(verbs.indexOf("INSERT t2")).isGreaterThan(log.statements().indexOf(t1Inserts.get(1)));
            assertThat(Batches.rows(t2Insert, 2)).containsExactly(List.of(3, "child2 data1"), List.of(3, "child2 data2"));
            assertThat(strings(rows(session, select(T1.c("c1"), T1.c("parent_c1"), T1.c("data")).orderBy(T1.c("c1")))))
                    .containsExactly("1/null/head c1", "2/1/child1", "3/1/child2", "4/2/subchild1", "5/2/subchild2");
            assertThat(strings(rows(session, select(T2.c("c1"), T2.c("c1id"), T2.c("data")).orderBy(T2.c("c1")))))
                    .containsExactly("1/3/child2 data1", "2/3/child2 data2");

            session.delete(a);
            log.clear();
            session.flush();
            List<String> dml = log.verbs().stream().filter(v -> !v.startsWith("SELECT")).toList();
            assertThat(dml).containsExactly("DELETE t2", "DELETE t1", "DELETE t1", "DELETE t1");
            List<ExecutedStatement> deletes =
                    log.statements().stream().filter(s -> s.sql().startsWith("DELETE")).toList();
            assertThat(deletes.get(0).parameterSets()).containsExactly(List.of(1), List.of(2));
            // Junction differs: SQLAlchemy deletes the t1 rows by height, the leaves 3, 4, 5 first, then
            // 2, then 1; Junction deletes them by depth, deepest level first: 4 and 5, then 2 and 3, then 1.
            // Both put every child before its parent.
            assertThat(deletes.get(1).parameterSets()).containsExactly(List.of(4), List.of(5));
            assertThat(deletes.get(2).parameterSets()).containsExactly(List.of(2), List.of(3));
            assertThat(deletes.get(3).parameterSets()).containsExactly(List.of(1));
            session.commit();
        }
        assertThat(t1Rows(engine)).isEmpty();
        assertThat(rows(engine, select(T2.c("c1")))).isEmpty();
    }

    /** test_setnull_ondelete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingAParentWithoutDeleteCascadeNullsTheChildsForeignKey(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            ChildrenC1 c1 = new ChildrenC1();
            ChildrenC1 c2 = new ChildrenC1();
            c1.children.add(c2);
            session.add(c1);
            session.flush();
            assertThat(c2.parentC1).isEqualTo(c1.c1);

            session.delete(c1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE t1", "DELETE t1");
            assertThat(log.sql().get(0)).isEqualTo("UPDATE t1 SET parent_c1=? WHERE t1.c1 = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(null, c2.c1);
            assertThat(log.statements().get(1).parameters()).containsExactly(c1.c1);
            assertThat(c2.parentC1).isNull();

            session.expireAll();
            log.clear();
            assertThat(c2.parentC1).isNull();
            assertThat(log.verbs()).containsExactly("SELECT t1");
            session.commit();
        }
        assertThat(t1Rows(engine)).containsExactly("2/null/null");
    }
}
