package io.junction.it.sqla.cycles;

import io.junction.engine.Engine;
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
import java.util.Arrays;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cycles.py, class PostUpdateBatchingTest: the columns of
 * several post_update relationships of one row are written together by a single UPDATE.
 */
class PostUpdateBatchingTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table PARENT = METADATA.table("parent",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).nullable(false),
            column("c1_id", INTEGER).foreignKey("child1.id"),
            column("c2_id", INTEGER).foreignKey("child2.id"),
            column("c3_id", INTEGER).foreignKey("child3.id"));
    static final Table CHILD1 = child("child1");
    static final Table CHILD2 = child("child2");
    static final Table CHILD3 = child("child3");
    static final Registry REGISTRY = new Registry(METADATA);

    private static Table child(String name) {
        return METADATA.table(name,
                column("id", INTEGER).primaryKey(),
                column("name", string(50)).nullable(false),
                column("parent_id", INTEGER).foreignKey("parent.id").nullable(false));
    }

    @Mapped
    static class Parent {
        Integer id;
        String name;
        Integer c1Id;
        Integer c2Id;
        Integer c3Id;
        List<Child1> c1s = new ArrayList<>();
        List<Child2> c2s = new ArrayList<>();
        List<Child3> c3s = new ArrayList<>();
        Child1 c1;
        Child2 c2;
        Child3 c3;

        Parent() {
        }

        Parent(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Child1 {
        Integer id;
        String name;
        Integer parentId;

        Child1() {
        }

        Child1(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Child2 {
        Integer id;
        String name;
        Integer parentId;

        Child2() {
        }

        Child2(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Child3 {
        Integer id;
        String name;
        Integer parentId;

        Child3() {
        }

        Child3(String name) {
            this.name = name;
        }
    }

    static {
        REGISTRY.map(Parent.class, PARENT,
                relationship("c1s", Child1.class).primaryJoin(CHILD1.c("parent_id").eq(PARENT.c("id"))),
                relationship("c2s", Child2.class).primaryJoin(CHILD2.c("parent_id").eq(PARENT.c("id"))),
                relationship("c3s", Child3.class).primaryJoin(CHILD3.c("parent_id").eq(PARENT.c("id"))),
                relationship("c1", Child1.class).primaryJoin(CHILD1.c("id").eq(PARENT.c("c1_id"))).postUpdate(true),
                relationship("c2", Child2.class).primaryJoin(CHILD2.c("id").eq(PARENT.c("c2_id"))).postUpdate(true),
                relationship("c3", Child3.class).primaryJoin(CHILD3.c("id").eq(PARENT.c("c3_id"))).postUpdate(true));
        REGISTRY.map(Child1.class, CHILD1);
        REGISTRY.map(Child2.class, CHILD2);
        REGISTRY.map(Child3.class, CHILD3);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_one */
    @ParameterizedTest
    @EnumSource(Database.class)
    void threePostUpdateColumnsOfOneRowGoOutAsOneUpdate(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent("p1");
            Child1 c11 = new Child1("c1");
            Child1 c12 = new Child1("c2");
            Child1 c13 = new Child1("c3");
            Child2 c21 = new Child2("c1");
            Child2 c22 = new Child2("c2");
            Child2 c23 = new Child2("c3");
            Child3 c31 = new Child3("c1");
            Child3 c32 = new Child3("c2");
            Child3 c33 = new Child3("c3");
            p1.c1s = new ArrayList<>(List.of(c11, c12, c13));
            p1.c2s = new ArrayList<>(List.of(c21, c22, c23));
            p1.c3s = new ArrayList<>(List.of(c31, c32, c33));
            session.add(p1);
            log.clear();
            session.flush();
            // Junction differs: SQLAlchemy writes each child by its own INSERT here; Junction batches
            // the three rows of each child table.
            assertThat(log.verbs()).containsExactly("INSERT parent", "INSERT child1", "INSERT child2", "INSERT child3");
            assertThat(log.statements().get(0).parameters()).containsExactly("p1");
            for (int i = 1; i <= 3; i++) {
                assertThat(Batches.rows(log.statements().get(i), 2)).containsExactly(
                        List.of("c1", p1.id), List.of("c2", p1.id), List.of("c3", p1.id));
            }

            p1.c1 = c12;
            p1.c2 = c23;
            p1.c3 = c31;
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE parent SET c1_id=?, c2_id=?, c3_id=? WHERE parent.id = ?");
            assertThat(log.statements().get(0).parameterSets()).containsExactly(List.of(c12.id, c23.id, c31.id, p1.id));
            assertThat(strings(rows(session, select(PARENT.c("c1_id"), PARENT.c("c2_id"), PARENT.c("c3_id")))))
                    .containsExactly(c12.id + "/" + c23.id + "/" + c31.id);

            p1.c1 = null;
            p1.c2 = null;
            p1.c3 = null;
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE parent SET c1_id=?, c2_id=?, c3_id=? WHERE parent.id = ?");
            assertThat(log.statements().get(0).parameterSets()).containsExactly(Arrays.asList(null, null, null, p1.id));
            session.commit();
        }
        assertThat(strings(rows(engine, select(PARENT.c("id"), PARENT.c("name"), PARENT.c("c1_id"), PARENT.c("c2_id"),
                PARENT.c("c3_id"))))).containsExactly("1/p1/null/null/null");
    }
}
