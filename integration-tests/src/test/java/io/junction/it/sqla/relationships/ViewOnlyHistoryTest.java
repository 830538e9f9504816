package io.junction.it.sqla.relationships;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.inspect.Junction;
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
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_relationships.py, class ViewOnlyHistoryTest: a viewonly
 * relationship records no history, fires no backref event and never writes the foreign key,
 * whether it is the forward side, the backref, or alone.
 */
class ViewOnlyHistoryTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table T1 = METADATA.table("t1", column("id", INTEGER).primaryKey(), column("data", string(40)));
    static final Table T2 = METADATA.table("t2", column("id", INTEGER).primaryKey(), column("data", string(40)),
            column("t1id", INTEGER).foreignKey("t1.id"));

    /** test_o2m_viewonly_oneside: {@code bs} viewonly, its backref {@code a} not. */
    static final Registry O2M_ONESIDE = new Registry(METADATA);
    /** test_m2o_viewonly_oneside: {@code bs} writable, its backref {@code a} viewonly. */
    static final Registry M2O_ONESIDE = new Registry(METADATA);
    /** test_o2m_viewonly_only. */
    static final Registry O2M_ONLY = new Registry(METADATA);
    /** test_m2o_viewonly_only. */
    static final Registry M2O_ONLY = new Registry(METADATA);

    @Mapped
    static class A1 {
        Integer id;
        String data;
        List<B1> bs = new ArrayList<>();
    }

    @Mapped
    static class B1 {
        Integer id;
        String data;
        Integer t1id;
        A1 a;
    }

    @Mapped
    static class A2 {
        Integer id;
        String data;
        List<B2> bs = new ArrayList<>();
    }

    @Mapped
    static class B2 {
        Integer id;
        String data;
        Integer t1id;
        A2 a;
    }

    @Mapped
    static class A3 {
        Integer id;
        String data;
        List<B3> bs = new ArrayList<>();
    }

    @Mapped
    static class B3 {
        Integer id;
        String data;
        Integer t1id;
    }

    @Mapped
    static class A4 {
        Integer id;
        String data;
    }

    @Mapped
    static class B4 {
        Integer id;
        String data;
        Integer t1id;
        A4 a;
    }

    static {
        O2M_ONESIDE.map(A1.class, T1, relationship("bs", B1.class).viewonly(true).backref(backref("a").viewonly(false)));
        O2M_ONESIDE.map(B1.class, T2);
        O2M_ONESIDE.configure();
        M2O_ONESIDE.map(A2.class, T1, relationship("bs", B2.class).viewonly(false).backref(backref("a").viewonly(true)));
        M2O_ONESIDE.map(B2.class, T2);
        M2O_ONESIDE.configure();
        O2M_ONLY.map(A3.class, T1, relationship("bs", B3.class).viewonly(true));
        O2M_ONLY.map(B3.class, T2);
        O2M_ONLY.configure();
        M2O_ONLY.map(A4.class, T1);
        M2O_ONLY.map(B4.class, T2, relationship("a", A4.class).viewonly(true));
        M2O_ONLY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** SQLAlchemy's {@code inspect(obj).attrs.<key>.history.has_changes()}. */
    static boolean hasChanges(Object object, String key) {
        return Junction.inspect(object).history(key).hasChanges();
    }

    /** SQLAlchemy's {@code _assert_fk}: adds both objects, flushes, and checks the foreign key of {@code b}. */
    private static Session flushBoth(Engine engine, Object a, Object b) {
        Session session = new Session(engine);
        session.addAll(List.of(a, b));
        session.flush();
        return session;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mViewonlyOneside(Database database) {
        Engine engine = fresh(database);
        A1 a1 = new A1();
        B1 b1 = new B1();
        a1.bs.add(b1);
        assertThat(b1.a).as("a viewonly relationship fires no backref event").isNull();
        assertThat(hasChanges(a1, "bs")).isFalse();
        assertThat(hasChanges(b1, "a")).isFalse();

        try (Session session = flushBoth(engine, a1, b1)) {
            assertThat(b1.t1id).isNull();
            a1.bs.remove(b1);
            assertThat(session.dirtyObjects()).doesNotContain(a1, b1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oViewonlyOneside(Database database) {
        Engine engine = fresh(database);
        A2 a1 = new A2();
        B2 b1 = new B2();
        b1.a = a1;
        assertThat(a1.bs).as("a viewonly backref fires no event to the forward side").doesNotContain(b1);
        assertThat(hasChanges(a1, "bs")).isFalse();
        assertThat(hasChanges(b1, "a")).isFalse();

        try (Session session = flushBoth(engine, a1, b1)) {
            assertThat(b1.t1id).isNull();
            b1.a = null;
            assertThat(session.dirtyObjects()).doesNotContain(a1, b1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mViewonlyOnly(Database database) {
        Engine engine = fresh(database);
        A3 a1 = new A3();
        B3 b1 = new B3();
        a1.bs.add(b1);
        assertThat(hasChanges(a1, "bs")).isFalse();

        try (Session session = flushBoth(engine, a1, b1)) {
            assertThat(b1.t1id).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oViewonlyOnly(Database database) {
        Engine engine = fresh(database);
        A4 a1 = new A4();
        B4 b1 = new B4();
        b1.a = a1;
        assertThat(hasChanges(b1, "a")).isFalse();

        try (Session session = flushBoth(engine, a1, b1)) {
            assertThat(b1.t1id).isNull();
        }
    }
}
