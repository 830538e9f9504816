package io.junction.it.sqla.relationships;

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
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_relationships.py, class DependencyTwoParentTest: a flush
 * that deletes rows of a table (tbl_d) that depends on two parents, one deleted by cascade (tbl_c)
 * and one that stays (tbl_b).
 */
class DependencyTwoParentTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table TBL_A = METADATA.table("tbl_a", column("id", INTEGER).primaryKey(), column("name", string(128)));
    static final Table TBL_B = METADATA.table("tbl_b", column("id", INTEGER).primaryKey(), column("name", string(128)));
    static final Table TBL_C = METADATA.table("tbl_c", column("id", INTEGER).primaryKey(),
            column("tbl_a_id", INTEGER).foreignKey("tbl_a.id").nullable(false), column("name", string(128)));
    static final Table TBL_D = METADATA.table("tbl_d", column("id", INTEGER).primaryKey(),
            column("tbl_c_id", INTEGER).foreignKey("tbl_c.id").nullable(false),
            column("tbl_b_id", INTEGER).foreignKey("tbl_b.id"), column("name", string(128)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class A {
        Integer id;
        String name;
        List<C> cRows = new ArrayList<>();
    }

    @Mapped
    static class B {
        Integer id;
        String name;
    }

    @Mapped
    static class C {
        Integer id;
        Integer tblAId;
        String name;
        A aRow;
        List<D> dRows = new ArrayList<>();
    }

    @Mapped
    static class D {
        Integer id;
        Integer tblCId;
        Integer tblBId;
        String name;
        C cRow;
        B bRow;
    }

    static {
        REGISTRY.map(A.class, TBL_A, relationship("cRows", C.class).cascade("all, delete-orphan").backref("aRow"));
        REGISTRY.map(B.class, TBL_B);
        REGISTRY.map(C.class, TBL_C, relationship("dRows", D.class).cascade("all, delete-orphan").backref("cRow"));
        REGISTRY.map(D.class, TBL_D, relationship("bRow", B.class));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** SQLAlchemy's insert_data. */
    private static void insertData(Engine engine) {
        try (Session session = new Session(engine)) {
            A a = new A();
            a.name = "a1";
            B b = new B();
            b.name = "b1";
            C c = new C();
            c.name = "c1";
            c.aRow = a;
            for (String name : List.of("d1", "d2", "d3")) {
                D d = new D();
                d.name = name;
                d.bRow = b;
                d.cRow = c;
            }
            session.add(a);
            session.add(b);
            session.commit();
        }
    }

    /** test_DeleteRootTable */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deleteRootTable(Database database) {
        Engine engine = fresh(database);
        insertData(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            A a = session.query(A.class).filterBy("name", "a1").one();
            log.clear();
            session.delete(a);
            session.flush();
            assertThat(log.verbs()).containsExactly("SELECT tbl_c", "SELECT tbl_d",
                    "DELETE tbl_d", "DELETE tbl_c", "DELETE tbl_a");
            assertThat(log.statements().get(2).parameterSets()).hasSize(3);
            assertThat(rows(session, select(TBL_A.c("id")))).isEmpty();
            assertThat(rows(session, select(TBL_C.c("id")))).isEmpty();
            assertThat(rows(session, select(TBL_D.c("id")))).isEmpty();
            assertThat(strings(rows(session, select(TBL_B.c("name"))))).containsExactly("b1");
        }
    }

    /** test_DeleteMiddleTable */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deleteMiddleTable(Database database) {
        Engine engine = fresh(database);
        insertData(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            C c = session.query(C.class).filterBy("name", "c1").one();
            log.clear();
            session.delete(c);
            session.flush();
            assertThat(log.verbs()).containsExactly("SELECT tbl_d", "DELETE tbl_d", "DELETE tbl_c");
            assertThat(log.statements().get(1).parameterSets()).hasSize(3);
            assertThat(rows(session, select(TBL_C.c("id")))).isEmpty();
            assertThat(rows(session, select(TBL_D.c("id")))).isEmpty();
            assertThat(strings(rows(session, select(TBL_A.c("name"))))).containsExactly("a1");
            assertThat(strings(rows(session, select(TBL_B.c("name"))))).containsExactly("b1");
        }
    }
}
