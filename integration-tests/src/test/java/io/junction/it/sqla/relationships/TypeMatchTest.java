package io.junction.it.sqla.relationships;

import io.junction.engine.Engine;
import io.junction.it.sqla.relationships.typematch.A;
import io.junction.it.sqla.relationships.typematch.B;
import io.junction.it.sqla.relationships.typematch.Base;
import io.junction.it.sqla.relationships.typematch.C;
import io.junction.it.sqla.relationships.typematch.D;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.inspect.Junction;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.FlushException;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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
 * class than a relationship's target, put in a collection through an unchecked cast or in a
 * reference field declared wider than the target. SQLAlchemy refuses it in the save-update cascade
 * of {@code add} (test_o2m_oncascade, test_m2o_oncascade) or in the flush when the relationship does
 * not cascade (test_o2m_onflush); Junction, with type checks on (the default), refuses it already at
 * the append or the assignment, before anything changes. Each test also runs on a relationship with
 * {@code enableTypechecks(false)}, where Junction refuses it where SQLAlchemy does.
 *
 * <p>test_o2m_nopoly_onflush and test_m2o_nopoly_onflush map a subclass of the target as an
 * inheriting mapper without polymorphic loading; Junction maps no class hierarchies. They run in
 * the classical style only, where a subclass of a mapped class can be mapped on its own, to a table
 * of its own: the flush refuses it as SQLAlchemy's does. They have no declarative spelling: a model
 * class that extends another model class is refused when the base is configured, and one without
 * {@code @Table} cannot be instantiated, so no subclass of a target ever reaches a relationship.
 */
class TypeMatchTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table[] tables = tables(metadata);
        Table a = tables[0];
        Table b = tables[1];
        Table c = tables[2];
        Table d = tables[3];
        Registry registry = new Registry(metadata);
        registry.map(A.class, a,
                relationship("bs", B.class).overlaps("bsNoCascade, bsUnchecked, bsUncheckedNoCascade"),
                relationship("bsNoCascade", B.class).cascade("none").overlaps("bs, bsUnchecked, bsUncheckedNoCascade"),
                relationship("bsUnchecked", B.class).enableTypechecks(false)
                        .overlaps("bs, bsNoCascade, bsUncheckedNoCascade"),
                relationship("bsUncheckedNoCascade", B.class).cascade("none").enableTypechecks(false)
                        .overlaps("bs, bsNoCascade, bsUnchecked"));
        registry.map(B.class, b);
        registry.map(C.class, c);
        registry.map(D.class, d,
                relationship("a", A.class).overlaps("aNoCascade, aUnchecked, aUncheckedNoCascade"),
                relationship("aNoCascade", A.class).cascade("none").overlaps("a, aUnchecked, aUncheckedNoCascade"),
                relationship("aUnchecked", A.class).enableTypechecks(false).overlaps("a, aNoCascade, aUncheckedNoCascade"),
                relationship("aUncheckedNoCascade", A.class).cascade("none").enableTypechecks(false)
                        .overlaps("a, aNoCascade, aUnchecked"));
        return registry;
    });

    /** Classical only, for the nopoly tests: a subclass of a mapped class, mapped on its own. */
    static final Registry O2M_NOPOLY = new Registry(new MetaData());
    static final Registry M2O_NOPOLY = new Registry(new MetaData());

    @Mapped
    static class O2mA {
        Integer aid;
        String adata;
        List<O2mB> bs = new ArrayList<>();
        List<O2mB> bsUnchecked = new ArrayList<>();
    }

    @Mapped
    static class O2mB {
        Integer bid;
        Integer aId;
        String bdata;
    }

    /** SQLAlchemy's {@code C(B)} mapped to table c; B's fields are not mapped here. */
    @Mapped
    static class O2mSubB extends O2mB {
        Integer cid;
        Integer bId;
        String cdata;
    }

    @Mapped
    static class M2oA {
        Integer aid;
        String adata;
    }

    /** SQLAlchemy's {@code B(A)} mapped to table b; A's fields are not mapped here. */
    @Mapped
    static class M2oSubA extends M2oA {
        Integer bid;
        Integer aId;
        String bdata;
    }

    @Mapped
    static class M2oD {
        Integer did;
        Integer aId;
        String ddata;
        M2oA a;
        M2oA aUnchecked;
    }

    static {
        Table[] o2m = tables(O2M_NOPOLY.metadata());
        O2M_NOPOLY.map(O2mA.class, o2m[0], relationship("bs", O2mB.class).cascade("none").overlaps("bsUnchecked"),
                relationship("bsUnchecked", O2mB.class).cascade("none").enableTypechecks(false));
        O2M_NOPOLY.map(O2mB.class, o2m[1]);
        O2M_NOPOLY.map(O2mSubB.class, o2m[2]);
        O2M_NOPOLY.configure();
        Table[] m2o = tables(M2O_NOPOLY.metadata());
        M2O_NOPOLY.map(M2oA.class, m2o[0]);
        M2O_NOPOLY.map(M2oSubA.class, m2o[1]);
        M2O_NOPOLY.map(M2oD.class, m2o[3], relationship("a", M2oA.class).cascade("none").overlaps("aUnchecked"),
                relationship("aUnchecked", M2oA.class).cascade("none").enableTypechecks(false));
        M2O_NOPOLY.configure();
    }

    /** SQLAlchemy's tables a, b, c and d in {@code metadata}. */
    private static Table[] tables(MetaData metadata) {
        return new Table[] {
            metadata.table("a", column("aid", INTEGER).primaryKey(), column("adata", string(30))),
            metadata.table("b", column("bid", INTEGER).primaryKey(),
                    column("a_id", INTEGER).foreignKey("a.aid"), column("bdata", string(30))),
            metadata.table("c", column("cid", INTEGER).primaryKey(),
                    column("b_id", INTEGER).foreignKey("b.bid"), column("cdata", string(30))),
            metadata.table("d", column("did", INTEGER).primaryKey(),
                    column("a_id", INTEGER).foreignKey("a.aid"), column("ddata", string(30)))};
    }

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @SuppressWarnings("unchecked")
    private static void addUnchecked(List<?> collection, Object item) {
        ((List<Object>) collection).add(item);
    }

    private static String refusal(String attribute, Class<?> given, Class<?> holds) {
        return "Attribute '" + attribute + "' does not accept objects of class " + given.getSimpleName() + " ("
                + given.getName() + "): it holds " + holds.getSimpleName() + " objects; give it a " + holds.getSimpleName()
                + " (or an object of a subclass of " + holds.getSimpleName() + "), or declare the relationship with "
                + given.getSimpleName() + ".class if that is the class it should hold";
    }

    /** test_o2m_oncascade: the C is refused at the append; the collection and its history hold only the B. */
    @ParameterizedTest
    @MethodSource("cases")
    void o2mOncascade(Style style, Database database) {
        Engine engine = fresh(style, database);
        A a1 = new A();
        B b1 = new B();
        C c1 = new C();
        a1.bs.add(b1);
        assertThatThrownBy(() -> addUnchecked(a1.bs, c1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(refusal("A.bs", C.class, B.class));
        assertThat(a1.bs).containsExactly(b1);
        assertThat(Junction.inspect(a1).history("bs").added()).containsExactly(b1);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(a1);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT a", "INSERT b");
        assertThat(strings(rows(engine, select(table("b"))))).containsExactly("1/1/null");
        assertThat(rows(engine, select(table("c")))).isEmpty();
    }

    /** test_o2m_oncascade as SQLAlchemy runs it: with type checks off the C gets in, and the cascade of add refuses it. */
    @ParameterizedTest
    @MethodSource("cases")
    void o2mOncascadeWithoutTypechecks(Style style, Database database) {
        Engine engine = fresh(style, database);
        A a1 = new A();
        B b1 = new B();
        C c1 = new C();
        a1.bsUnchecked.add(b1);
        addUnchecked(a1.bsUnchecked, c1);
        assertThat(List.<Object>copyOf(a1.bsUnchecked)).containsExactly(b1, c1);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.add(a1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("A.bsUnchecked does not handle objects of class C: it holds B objects");
        }
        assertThat(log.count()).isZero();
        assertThat(rows(engine, select(table("a")))).isEmpty();
    }

    /** test_o2m_onflush: on a relationship that does not cascade, the C is refused at the append as well. */
    @ParameterizedTest
    @MethodSource("cases")
    void o2mOnflush(Style style, Database database) {
        Engine engine = fresh(style, database);
        A a1 = new A();
        B b1 = new B();
        C c1 = new C();
        a1.bsNoCascade.add(b1);
        assertThatThrownBy(() -> addUnchecked(a1.bsNoCascade, c1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(refusal("A.bsNoCascade", C.class, B.class));
        assertThat(a1.bsNoCascade).containsExactly(b1);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(a1);
            session.add(b1);
            session.add(c1);
            session.commit();
        }
        assertThat(log.verbs()).hasSize(3).startsWith("INSERT a").contains("INSERT b", "INSERT c");
        assertThat(strings(rows(engine, select(table("b"))))).containsExactly("1/1/null");
        assertThat(strings(rows(engine, select(table("c"))))).containsExactly("1/null/null");
    }

    /** test_o2m_onflush as SQLAlchemy runs it: with type checks off the flush refuses the C, and nothing is written. */
    @ParameterizedTest
    @MethodSource("cases")
    void o2mOnflushWithoutTypechecks(Style style, Database database) {
        Engine engine = fresh(style, database);
        A a1 = new A();
        B b1 = new B();
        C c1 = new C();
        a1.bsUncheckedNoCascade.add(b1);
        addUnchecked(a1.bsUncheckedNoCascade, c1);
        try (Session session = new Session(engine)) {
            session.add(a1);
            session.add(b1);
            session.add(c1);
            assertThatThrownBy(session::flush).isInstanceOf(FlushException.class)
                    .hasMessageStartingWith("cannot flush an object of class C as a member of A.bsUncheckedNoCascade");
        }
        assertThat(rows(engine, select(table("a")))).isEmpty();
        assertThat(rows(engine, select(table("b")))).isEmpty();
    }

    /**
     * test_o2m_nopoly_onflush, classical only: SubB extends B and is mapped on its own to table c
     * (SQLAlchemy maps it as inheriting B, without polymorphic loading). A SubB is a B in Java, so
     * the append takes it, checked or not; the flush refuses it, as SQLAlchemy's does, and writes
     * nothing. SQLAlchemy's {@code enable_typechecks=False} would let the subtype through; Junction
     * has no inheriting mapper to flush it with, so it refuses it either way.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mNopolyOnflush(Database database) {
        for (String name : List.of("bs", "bsUnchecked")) {
            Engine engine = fresh(Style.CLASSICAL, database);
            O2mA a1 = new O2mA();
            O2mB b1 = new O2mB();
            O2mSubB c1 = new O2mSubB();
            List<O2mB> bs = name.equals("bs") ? a1.bs : a1.bsUnchecked;
            bs.add(b1);
            bs.add(c1);
            assertThat(bs).containsExactly(b1, c1);
            try (Session session = new Session(engine)) {
                session.add(a1);
                session.add(b1);
                session.add(c1);
                assertThatThrownBy(session::flush).as(name).isInstanceOf(FlushException.class)
                        .hasMessageStartingWith("cannot flush an object of class O2mSubB as a member of O2mA." + name
                                + ": it holds O2mB objects");
            }
            assertThat(rows(engine, select(table("a")))).as(name).isEmpty();
            assertThat(rows(engine, select(table("b")))).as(name).isEmpty();
            assertThat(rows(engine, select(table("c")))).as(name).isEmpty();
        }
    }

    /**
     * test_m2o_nopoly_onflush, classical only: M2oSubA extends M2oA and is mapped on its own to
     * table b. The assignment takes it, checked or not; the flush refuses it and writes nothing.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oNopolyOnflush(Database database) {
        for (boolean checked : new boolean[] {true, false}) {
            Engine engine = fresh(Style.CLASSICAL, database);
            M2oSubA b1 = new M2oSubA();
            M2oD d1 = new M2oD();
            if (checked) {
                d1.a = b1;
            } else {
                d1.aUnchecked = b1;
            }
            String name = checked ? "M2oD.a" : "M2oD.aUnchecked";
            try (Session session = new Session(engine)) {
                session.add(b1);
                session.add(d1);
                assertThatThrownBy(session::flush).as(name).isInstanceOf(FlushException.class)
                        .hasMessageStartingWith("cannot flush an object of class M2oSubA as a member of " + name
                                + ": it holds M2oA objects");
            }
            assertThat(rows(engine, select(table("b")))).as(name).isEmpty();
            assertThat(rows(engine, select(table("d")))).as(name).isEmpty();
        }
    }

    /** test_m2o_oncascade: the B is refused at the assignment, and D.a stays unset. */
    @ParameterizedTest
    @MethodSource("cases")
    void m2oOncascade(Style style, Database database) {
        Engine engine = fresh(style, database);
        B b1 = new B();
        D d1 = new D();
        assertThatThrownBy(() -> d1.a = b1).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(refusal("D.a", B.class, A.class));
        assertThat(d1.a).isNull();
        assertThat(Junction.inspect(d1).history("a").hasChanges()).isFalse();
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(d1);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT d");
        assertThat(strings(rows(engine, select(table("d"))))).containsExactly("1/null/null");
    }

    /** test_m2o_oncascade as SQLAlchemy runs it: with type checks off the B gets in, and the cascade of add refuses it. */
    @ParameterizedTest
    @MethodSource("cases")
    void m2oOncascadeWithoutTypechecks(Style style, Database database) {
        Engine engine = fresh(style, database);
        B b1 = new B();
        D d1 = new D();
        d1.aUnchecked = b1;
        assertThat(d1.aUnchecked).isSameAs(b1);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.add(d1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("D.aUnchecked does not handle objects of class B: it holds A objects");
        }
        assertThat(log.count()).isZero();
        assertThat(rows(engine, select(table("d")))).isEmpty();
    }

    /**
     * The many-to-one counterpart of test_o2m_onflush (SQLAlchemy has none): refused at the
     * assignment when checked; with type checks off, refused by the flush, with nothing written.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void m2oOnflush(Style style, Database database) {
        Engine engine = fresh(style, database);
        B b1 = new B();
        D d1 = new D();
        assertThatThrownBy(() -> d1.aNoCascade = b1).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(refusal("D.aNoCascade", B.class, A.class));
        assertThat(d1.aNoCascade).isNull();
        d1.aUncheckedNoCascade = b1;
        try (Session session = new Session(engine)) {
            session.add(b1);
            session.add(d1);
            assertThatThrownBy(session::flush).isInstanceOf(FlushException.class)
                    .hasMessageStartingWith("cannot flush an object of class B as a member of D.aUncheckedNoCascade");
        }
        assertThat(rows(engine, select(table("b")))).isEmpty();
        assertThat(rows(engine, select(table("d")))).isEmpty();
    }

    /** An object of no mapped class (a String through a raw list or an Object field) is refused with the same message. */
    @ParameterizedTest
    @MethodSource("cases")
    void objectsOfNoMappedClassAreRefusedAlike(Style style, Database database) {
        Engine engine = fresh(style, database);
        A a1 = new A();
        D d1 = new D();
        assertThatThrownBy(() -> addUnchecked(a1.bs, "b2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(refusal("A.bs", String.class, B.class));
        assertThatThrownBy(() -> d1.a = "a2").isInstanceOf(IllegalArgumentException.class)
                .hasMessage(refusal("D.a", String.class, A.class));
        assertThat(a1.bs).isEmpty();
        assertThat(d1.a).isNull();
        assertThatThrownBy(() -> addUnchecked(a1.bsUnchecked, "b2")).as("type checks off: refused by the append, which finds no state")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.String");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(d1);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT d");
    }

    /**
     * Assigning a collection, or replacing one member, with an object of the wrong class among the
     * new members changes nothing: the loaded collection keeps its members, nothing is dirty, and
     * the commit sends no SQL.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aWrongMemberInAnAssignedCollectionChangesNothing(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            A a1 = new A();
            a1.bs.add(new B());
            session.add(a1);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            A a1 = session.query(A.class).one();
            B b1 = a1.bs.get(0);
            List<B> before = a1.bs;
            List<Object> replacement = new ArrayList<>(List.of(new B(), new C()));
            @SuppressWarnings("unchecked")
            List<B> wrong = (List<B>) (List<?>) replacement;
            assertThatThrownBy(() -> a1.bs = wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(refusal("A.bs", C.class, B.class));
            assertThatThrownBy(() -> ((List<Object>) (List<?>) a1.bs).set(0, new C()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(refusal("A.bs", C.class, B.class));
            assertThat(a1.bs).isSameAs(before).containsExactly(b1);
            assertThat(Junction.inspect(a1).history("bs").hasChanges()).isFalse();
            assertThat(session.dirtyObjects()).isEmpty();
            log.clear();
            session.commit();
            assertThat(log.count()).isZero();
        }
        assertThat(strings(rows(engine, select(table("b"))))).containsExactly("1/1/null");
        assertThat(rows(engine, select(table("c")))).isEmpty();
    }
}
