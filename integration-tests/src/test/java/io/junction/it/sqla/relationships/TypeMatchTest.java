package io.junction.it.sqla.relationships;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.FlushException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_relationships.py, class TypeMatchTest: an object of another
 * mapped class than the relationship's target, put in a collection (through an unchecked cast) or
 * in a reference field declared wider than the target, is refused with an error naming the
 * relationship and the class: by the save-update cascade of {@code add}, or by the flush when the
 * relationship does not cascade. The tests with mapped inheritance are not ported: Junction maps
 * no class hierarchies.
 */
class TypeMatchTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table A = METADATA.table("a", column("aid", INTEGER).primaryKey(), column("adata", string(30)));
    static final Table B = METADATA.table("b", column("bid", INTEGER).primaryKey(),
            column("a_id", INTEGER).foreignKey("a.aid"), column("bdata", string(30)));
    static final Table C = METADATA.table("c", column("cid", INTEGER).primaryKey(),
            column("b_id", INTEGER).foreignKey("b.bid"), column("cdata", string(30)));
    static final Table D = METADATA.table("d", column("did", INTEGER).primaryKey(),
            column("a_id", INTEGER).foreignKey("a.aid"), column("ddata", string(30)));

    /** test_o2m_oncascade */
    static final Registry O2M_CASCADE = new Registry(METADATA);
    /** test_o2m_onflush */
    static final Registry O2M_FLUSH = new Registry(METADATA);
    /** test_m2o_oncascade */
    static final Registry M2O_CASCADE = new Registry(METADATA);

    @Mapped
    static class A1 {
        Integer aid;
        String adata;
        List<B1> bs = new ArrayList<>();
    }

    @Mapped
    static class B1 {
        Integer bid;
        Integer aId;
        String bdata;
    }

    @Mapped
    static class C1 {
        Integer cid;
        Integer bId;
        String cdata;
    }

    @Mapped
    static class A2 {
        Integer aid;
        String adata;
        List<B2> bs = new ArrayList<>();
    }

    @Mapped
    static class B2 {
        Integer bid;
        Integer aId;
        String bdata;
    }

    @Mapped
    static class C2 {
        Integer cid;
        Integer bId;
        String cdata;
    }

    @Mapped
    static class A3 {
        Integer aid;
        String adata;
    }

    @Mapped
    static class B3 {
        Integer bid;
        Integer aId;
        String bdata;
    }

    @Mapped
    static class D3 {
        Integer did;
        Integer aId;
        String ddata;
        /** Declared wider than the target A3, so that the compiler lets any object in. */
        Object a;
    }

    static {
        O2M_CASCADE.map(A1.class, A, relationship("bs", B1.class));
        O2M_CASCADE.map(B1.class, B);
        O2M_CASCADE.map(C1.class, C);
        O2M_CASCADE.configure();
        O2M_FLUSH.map(A2.class, A, relationship("bs", B2.class).cascade("none"));
        O2M_FLUSH.map(B2.class, B);
        O2M_FLUSH.map(C2.class, C);
        O2M_FLUSH.configure();
        M2O_CASCADE.map(A3.class, A);
        M2O_CASCADE.map(B3.class, B);
        M2O_CASCADE.map(D3.class, D, relationship("a", A3.class));
        M2O_CASCADE.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @SuppressWarnings("unchecked")
    private static void addUnchecked(List<?> collection, Object item) {
        ((List<Object>) collection).add(item);
    }

    /** test_o2m_oncascade */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mOncascade(Database database) {
        Engine engine = fresh(database);
        A1 a1 = new A1();
        B1 b1 = new B1();
        C1 c1 = new C1();
        a1.bs.add(b1);
        addUnchecked(a1.bs, c1);
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.add(a1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("A1.bs").hasMessageContaining("C1");
        }
    }

    /** test_o2m_onflush */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mOnflush(Database database) {
        Engine engine = fresh(database);
        A2 a1 = new A2();
        B2 b1 = new B2();
        C2 c1 = new C2();
        a1.bs.add(b1);
        addUnchecked(a1.bs, c1);
        try (Session session = new Session(engine)) {
            session.add(a1);
            session.add(b1);
            session.add(c1);
            assertThatThrownBy(session::flush).isInstanceOf(FlushException.class)
                    .hasMessageContaining("A2.bs").hasMessageContaining("C2");
        }
        assertThat(rows(engine, select(A.c("aid")))).isEmpty();
    }

    /** test_m2o_oncascade */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oOncascade(Database database) {
        Engine engine = fresh(database);
        B3 b1 = new B3();
        D3 d1 = new D3();
        d1.a = b1;
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.add(d1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("D3.a").hasMessageContaining("B3");
        }
    }
}
