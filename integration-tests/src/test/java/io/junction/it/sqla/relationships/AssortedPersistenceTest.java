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

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_manytomany.py, class AssortedPersistenceTests: deleting one
 * side of a bidirectional many-to-many, and setting a scalar ({@code uselist(false)}) many-to-many
 * backref to null.
 */
class AssortedPersistenceTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table LEFT = METADATA.table("left", column("id", INTEGER).primaryKey(), column("data", string(30)));
    static final Table RIGHT = METADATA.table("right", column("id", INTEGER).primaryKey(), column("data", string(30)));
    static final Table SECONDARY = METADATA.table("secondary",
            column("left_id", INTEGER).foreignKey("left.id").primaryKey(),
            column("right_id", INTEGER).foreignKey("right.id").primaryKey());

    /** _standard_bidirectional_fixture */
    static final Registry STANDARD = new Registry(METADATA);
    /** _bidirectional_onescalar_fixture */
    static final Registry ONESCALAR = new Registry(METADATA);

    @Mapped
    static class A {
        Integer id;
        String data;
        List<B> bs = new ArrayList<>();

        A() {
        }

        A(String data, B... bs) {
            this.data = data;
            this.bs.addAll(List.of(bs));
        }
    }

    @Mapped
    static class B {
        Integer id;
        String data;
        List<A> as_ = new ArrayList<>();

        B() {
        }

        B(String data) {
            this.data = data;
        }
    }

    @Mapped
    static class ScalarA {
        Integer id;
        String data;
        List<ScalarB> bs = new ArrayList<>();

        ScalarA() {
        }

        ScalarA(String data, ScalarB... bs) {
            this.data = data;
            this.bs.addAll(List.of(bs));
        }
    }

    @Mapped
    static class ScalarB {
        Integer id;
        String data;
        ScalarA a;

        ScalarB() {
        }

        ScalarB(String data) {
            this.data = data;
        }
    }

    static {
        STANDARD.map(A.class, LEFT, relationship("bs", B.class).secondary(SECONDARY).backref("as_")
                .orderBy(RIGHT.c("id")));
        STANDARD.map(B.class, RIGHT);
        STANDARD.configure();
        ONESCALAR.map(ScalarA.class, LEFT, relationship("bs", ScalarB.class).secondary(SECONDARY)
                .backref(backref("a").uselist(false)).orderBy(RIGHT.c("id")));
        ONESCALAR.map(ScalarB.class, RIGHT);
        ONESCALAR.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static long secondaryRows(Session session) {
        return ((Number) rows(session, select(count()).from(SECONDARY)).get(0).get(0)).longValue();
    }

    /** test_session_delete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void sessionDelete(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.addAll(List.of(new A("a1", new B("b1")), new A("a2", new B("b2"))));
            session.commit();

            A a1 = session.query(A.class).filterBy("data", "a1").one();
            session.delete(a1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).as("the collection loads to find the association rows")
                    .containsExactly("SELECT \"right\"", "DELETE secondary", "DELETE \"left\"");
            assertThat(secondaryRows(session)).isEqualTo(1);

            A a2 = session.query(A.class).filterBy("data", "a2").one();
            session.delete(a2);
            session.flush();
            assertThat(secondaryRows(session)).isZero();
        }
    }

    /** test_remove_scalar: setting a uselist(false) many-to-many to null. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void removeScalar(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.addAll(List.of(new ScalarA("a1", new ScalarB("b1"), new ScalarB("b2"))));
            session.commit();

            ScalarA a1 = session.query(ScalarA.class).filterBy("data", "a1").one();
            ScalarB b2 = session.query(ScalarB.class).filterBy("data", "b2").one();
            assertThat(b2.a).isSameAs(a1);

            b2.a = null;
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("DELETE secondary");

            assertThat(a1.bs).extracting(b -> b.data).containsExactly("b1");
            assertThat(b2.a).isNull();
            assertThat(secondaryRows(session)).isEqualTo(1);
        }
    }
}
