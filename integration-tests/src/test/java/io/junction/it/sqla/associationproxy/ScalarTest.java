package io.junction.it.sqla.associationproxy;

import io.junction.engine.Engine;
import io.junction.it.sqla.associationproxy.model.A2B;
import io.junction.it.sqla.associationproxy.model.EmptyA;
import io.junction.it.sqla.associationproxy.model.EmptyB;
import io.junction.it.sqla.associationproxy.model.LazyChild;
import io.junction.it.sqla.associationproxy.model.LazyParent;
import io.junction.it.sqla.associationproxy.model.OnNoneA;
import io.junction.it.sqla.associationproxy.model.OnNoneB;
import io.junction.it.sqla.associationproxy.model.RemoveA;
import io.junction.it.sqla.associationproxy.model.RemoveAB;
import io.junction.it.sqla.associationproxy.model.RemoveAV;
import io.junction.it.sqla.associationproxy.model.RemoveB;
import io.junction.it.sqla.associationproxy.model.ScalarBase;
import io.junction.it.sqla.associationproxy.model.ScalarChild;
import io.junction.it.sqla.associationproxy.model.ScalarParent;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.inspect.Junction;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.relationship.AssociationProxy.associationProxy;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/ext/test_associationproxy.py: ScalarTest (test_scalar_proxy,
 * test_empty_scalars, test_create_on_set_none), LazyLoadTest's test_lazy_scalar and
 * test_eager_scalar, and ScalarRemoveTest's scalar subclasses (test_set_nonnone_to_none,
 * test_set_none_to_none): association proxies over a single reference. SQLAlchemy's
 * {@code del p.child} is {@code p.child = null}; the round trips flush, expunge and get the parent
 * again, and their SQL is asserted, as are the rows at the end. ScalarTest's "bogus creator" step
 * (a proxy whose default creator cannot take the value) is refused when the registry configures
 * in Junction, see AssociationProxyErrorsTest.
 */
class ScalarTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(ScalarBase.class, () -> {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("scalar_parent", column("id", INTEGER).primaryKey(), column("name", string(128)));
        Table children = metadata.table("scalar_children", column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("scalar_parent.id"), column("foo", string(128)),
                column("bar", string(128)), column("baz", string(128)));
        Table lazyParent = metadata.table("lazy_parent", column("id", INTEGER).primaryKey(), column("name", string(128)));
        Table lazyChildren = metadata.table("lazy_children", column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("lazy_parent.id"), column("name", string(128)));
        Table a = metadata.table("a", column("id", INTEGER).primaryKey(), column("name", string(50)));
        Table b = metadata.table("b", column("id", INTEGER).primaryKey(), column("name", string(50)));
        Table a2b = metadata.table("a2b", column("id", INTEGER).primaryKey(), column("id_a", INTEGER).foreignKey("a.id"),
                column("id_b", INTEGER).foreignKey("b.id"), column("name", string(50)));
        Table onNoneB = metadata.table("on_none_b", column("id", INTEGER).primaryKey(), column("data", string(50)));
        Table onNoneA = metadata.table("on_none_a", column("id", INTEGER).primaryKey(),
                column("b_id", INTEGER).foreignKey("on_none_b.id"));
        Table removeA = metadata.table("remove_a", column("id", INTEGER).primaryKey());
        Table removeB = metadata.table("remove_b", column("id", INTEGER).primaryKey());
        Table removeAb = metadata.table("remove_ab", column("id", INTEGER).primaryKey(),
                column("a_id", INTEGER).foreignKey("remove_a.id"), column("b_id", INTEGER).foreignKey("remove_b.id"));
        Table removeAv = metadata.table("remove_av", column("a_id", INTEGER).foreignKey("remove_a.id").primaryKey(),
                column("b", INTEGER));
        Registry registry = new Registry(metadata);
        // tag::classical[]
        registry.map(ScalarParent.class, parent,
                relationship("child", ScalarChild.class).lazy(Lazy.JOINED).uselist(false).backref("parent"),
                associationProxy("foo", "child", "foo").creator(new ScalarChild.WithFoo()),
                associationProxy("bar", "child", "bar").creator((String v) -> new ScalarChild(null, v, null)),
                associationProxy("baz", "child", "baz").creator((String v) -> new ScalarChild(null, null, v)));
        registry.map(ScalarChild.class, children);
        registry.map(LazyParent.class, lazyParent,
                relationship("child", LazyChild.class).uselist(false),
                associationProxy("childName", "child", "name"));
        // end::classical[]
        registry.map(LazyChild.class, lazyChildren);
        registry.map(EmptyA.class, a,
                relationship("a2bSingle", A2B.class).uselist(false),
                associationProxy("a2bName", "a2bSingle", "name"),
                associationProxy("bSingle", "a2bSingle", "b"),
                associationProxy("bName", "a2bSingle", "b.name").creator(new A2B.WithBNamed()));
        registry.map(A2B.class, a2b, relationship("b", EmptyB.class));
        registry.map(EmptyB.class, b);
        registry.map(OnNoneA.class, onNoneA,
                relationship("b", OnNoneB.class),
                associationProxy("bData", "b", "data").creator((String data) -> new OnNoneB(data)),
                associationProxy("bDataByConstructor", "b", "data"),
                associationProxy("bDataOnNone", "b", "data").creator((String data) -> new OnNoneB(data))
                        .createOnNoneAssignment(true),
                associationProxy("bDataOnNoneByConstructor", "b", "data").createOnNoneAssignment(true));
        registry.map(OnNoneB.class, onNoneB);
        registry.map(RemoveA.class, removeA,
                relationship("ab", RemoveAB.class).uselist(false).cascade("all, delete-orphan").backref("a"),
                associationProxy("b", "ab", "b").creator(new RemoveAB.ForB()),
                associationProxy("bCascade", "ab", "b").creator(new RemoveAB.ForB()).cascadeScalarDeletes(true),
                associationProxy("bOnNone", "ab", "b").creator(new RemoveAB.ForB()).createOnNoneAssignment(true),
                relationship("av", RemoveAV.class).uselist(false).cascade("all, delete-orphan").backref("a"),
                associationProxy("value", "av", "b").creator(new RemoveAV.ForValue()),
                associationProxy("valueCascade", "av", "b").creator(new RemoveAV.ForValue()).cascadeScalarDeletes(true));
        registry.map(RemoveAB.class, removeAb, relationship("b", RemoveB.class));
        registry.map(RemoveB.class, removeB);
        registry.map(RemoveAV.class, removeAv);
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    private Session session;

    private <T> T roundtrip(T object, Object id) {
        if (!session.contains(object)) {
            session.add(object);
        }
        session.flush();
        session.expungeAll();
        @SuppressWarnings("unchecked")
        T loaded = (T) session.get(object.getClass(), id);
        return loaded;
    }

    private ScalarParent roundtrip(ScalarParent p) {
        session.add(p);
        session.flush();
        return roundtrip(p, p.id);
    }

    /** ScalarTest.test_scalar_proxy. */
    @ParameterizedTest
    @MethodSource("cases")
    void scalarProxy(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            session = s;
            ScalarParent p = new ScalarParent("p");
            assertThat(p.child).isNull();
            assertThat(p.foo).isNull();

            p.child = new ScalarChild("a", "b", "c");
            assertThat(p.foo).isEqualTo("a");
            assertThat(p.bar).isEqualTo("b");
            assertThat(p.baz).isEqualTo("c");

            ScalarChild first = p.child;
            p.bar = "x";
            assertThat(p.foo).isEqualTo("a");
            assertThat(p.bar).isEqualTo("x");
            assertThat(p.baz).isEqualTo("c");
            assertThat(p.child).as("the value was set on the child there is").isSameAs(first);
            assertThat(first.bar).isEqualTo("x");

            log.clear();
            p = roundtrip(p);
            assertThat(log.verbs()).containsExactly("INSERT scalar_parent", "INSERT scalar_children", "SELECT scalar_parent");
            assertThat(log.sql().get(2)).contains("LEFT OUTER JOIN scalar_children AS scalar_children_1 ON "
                    + "scalar_parent.id = scalar_children_1.parent_id");
            log.clear();
            assertThat(p.foo).isEqualTo("a");
            assertThat(p.bar).isEqualTo("x");
            assertThat(p.baz).isEqualTo("c");
            assertThat(log.count()).as("the joined child answers the proxies").isZero();

            p.child = null;
            assertThat(p.foo).isNull();

            p.bar = "yyy";
            assertThat(p.child).as("the creator made a child").isNotNull();
            assertThat(p.child.parent).as("the backref follows").isSameAs(p);
            assertThat(p.foo).isNull();
            assertThat(p.bar).isEqualTo("yyy");
            assertThat(p.baz).isNull();

            p.child = null;
            log.clear();
            p = roundtrip(p);
            // the first child is let go; the one the creator made was cascaded into the session and is
            // inserted without a parent, as in SQLAlchemy
            assertThat(log.sql().subList(0, 2)).containsExactly("UPDATE scalar_children SET parent_id=? WHERE scalar_children.id = ?",
                    "INSERT INTO scalar_children (bar) VALUES (?)" + (database == Database.POSTGRESQL ? " RETURNING id" : ""));
            assertThat(log.verbs().get(2)).isEqualTo("SELECT scalar_parent");
            assertThat(p.child).isNull();

            p.baz = "xxx";
            assertThat(p.foo).isNull();
            assertThat(p.bar).isNull();
            assertThat(p.baz).isEqualTo("xxx");

            log.clear();
            p = roundtrip(p);
            assertThat(log.verbs()).containsExactly("INSERT scalar_children", "SELECT scalar_parent");
            assertThat(p.foo).isNull();
            assertThat(p.bar).isNull();
            assertThat(p.baz).isEqualTo("xxx");

            // Ensure an immediate set works.
            ScalarParent p2 = new ScalarParent("p2");
            p2.bar = "quux";
            assertThat(p2.child.bar).isEqualTo("quux");
            Integer id = p.id;
            session.commit();
            Table children = table("scalar_children");
            assertThat(strings(rows(engine, select(children.c("foo"), children.c("bar"), children.c("baz"), children.c("parent_id"))
                    .orderBy(children.c("id"))))).containsExactly("a/x/c/null", "null/yyy/null/null", "null/null/xxx/" + id);
        }
    }

    /** ScalarTest.test_empty_scalars, then values given through the proxies of the empty reference. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void emptyScalars(Style style) {
        MAPPING.activate(style);
        EmptyA a1 = new EmptyA();
        assertThat(a1.a2bName).isNull();
        assertThat(a1.bSingle).isNull();
        assertThat(a1.bName).isNull();

        a1.a2bName = "made by A2B(String)";
        assertThat(a1.a2bSingle.name).isEqualTo("made by A2B(String)");
        assertThat(a1.bSingle).isNull();
        assertThat(a1.bName).as("a null reference on the path reads null").isNull();

        EmptyB b = new EmptyB();
        b.name = "b1";
        a1.bSingle = b;
        assertThat(a1.a2bSingle.b).as("the A2B there is takes the B").isSameAs(b);
        assertThat(a1.bName).isEqualTo("b1");
        a1.bName = "b2";
        assertThat(b.name).as("the path's end is set on the object there is").isEqualTo("b2");

        EmptyA a2 = new EmptyA();
        a2.bName = "b3";
        assertThat(a2.a2bSingle.b.name).as("the creator made the A2B and its B").isEqualTo("b3");
        EmptyA a3 = new EmptyA();
        a3.bSingle = b;
        assertThat(a3.a2bSingle.b).as("made by A2B(EmptyB)").isSameAs(b);
    }

    /** ScalarTest.test_create_on_set_none, in its four variations. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void createOnSetNone(Style style) {
        MAPPING.activate(style);
        for (boolean createOnNone : new boolean[] {true, false}) {
            for (boolean specifyCreator : new boolean[] {true, false}) {
                OnNoneA a1 = new OnNoneA();
                assertThat(a1.b).isNull();
                set(a1, createOnNone, specifyCreator, null);
                if (createOnNone) {
                    assertThat(a1.b).as("create on none, creator " + specifyCreator).isNotNull();
                    assertThat(a1.b.data).isNull();
                } else {
                    assertThat(a1.b).as("no create on none, creator " + specifyCreator).isNull();
                }
                set(a1, createOnNone, specifyCreator, "data");
                assertThat(a1.b.data).isEqualTo("data");
                set(a1, createOnNone, specifyCreator, null);
                assertThat(a1.b).isNotNull();
                assertThat(a1.b.data).isNull();
            }
        }
    }

    private static void set(OnNoneA a, boolean createOnNone, boolean specifyCreator, String value) {
        if (createOnNone && specifyCreator) {
            a.bDataOnNone = value;
        } else if (createOnNone) {
            a.bDataOnNoneByConstructor = value;
        } else if (specifyCreator) {
            a.bData = value;
        } else {
            a.bDataByConstructor = value;
        }
    }

    /**
     * LazyLoadTest.test_lazy_scalar: the round trip leaves the lazy reference unloaded; the first read
     * of the proxy loads it with one SELECT.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void lazyScalar(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            session = s;
            LazyParent p = new LazyParent("p");
            p.childName = "value";
            assertThat(p.child.name).isEqualTo("value");
            session.add(p);
            session.flush();
            log.clear();
            p = roundtrip(p, p.id);
            assertThat(log.verbs()).containsExactly("SELECT lazy_parent");
            assertThat(Junction.inspect(p).unloadedAttributes()).contains("child");
            log.clear();
            assertThat(p.childName).isEqualTo("value");
            assertThat(log.sql()).containsExactly("SELECT lazy_children.id AS lazy_children_id, lazy_children.parent_id AS "
                    + "lazy_children_parent_id, lazy_children.name AS lazy_children_name FROM lazy_children WHERE "
                    + "lazy_children.parent_id = ?");
            assertThat(p.child).isNotNull();
            assertThat(Junction.inspect(p).loadedAttributes()).contains("child");
        }
    }

    /** LazyLoadTest.test_eager_scalar: the joined reference is loaded with the parent; the proxy reads it without SQL. */
    @ParameterizedTest
    @MethodSource("cases")
    void eagerScalar(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            session = s;
            ScalarParent p = new ScalarParent("p");
            p.foo = "value";
            p = roundtrip(p);
            assertThat(Junction.inspect(p).loadedAttributes()).contains("child");
            log.clear();
            assertThat(p.child).isNotNull();
            assertThat(p.foo).isEqualTo("value");
            assertThat(log.count()).isZero();
        }
    }

    /**
     * ScalarRemoveTest.test_set_nonnone_to_none for ScalarRemoveScalarObjectCascade and
     * ScalarRemoveScalarObjectNoCascade (and NoCascadeNoneAssign): assigning null to the proxy
     * clears the B of the association, and with cascadeScalarDeletes also the reference to the
     * association, whose row delete-orphan then deletes.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void setObjectToNone(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            session = s;
            RemoveA a1 = new RemoveA();
            RemoveB b1 = new RemoveB();
            a1.b = b1;
            assertThat(a1.ab).isInstanceOf(RemoveAB.class);
            assertThat(a1.ab.a).isSameAs(a1);
            session.add(a1);
            session.flush();
            log.clear();
            a1.b = null;
            assertThat(a1.ab).isInstanceOf(RemoveAB.class);
            assertThat(a1.ab.b).isNull();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE remove_ab SET b_id=? WHERE remove_ab.id = ?");

            a1.bCascade = b1;
            Integer abId = a1.ab.id;
            log.clear();
            a1.bCascade = null;
            assertThat(a1.ab).isNull();
            session.flush();
            assertThat(log.sql()).containsExactly("DELETE FROM remove_ab WHERE remove_ab.id = ?");
            assertThat(log.statements().get(0).parameterSets()).containsExactly(List.of(abId));

            a1.bOnNone = b1;
            a1.bOnNone = null;
            assertThat(a1.ab).isInstanceOf(RemoveAB.class);
            assertThat(a1.ab.b).isNull();
            session.commit();
            Table ab = table("remove_ab");
            assertThat(strings(rows(engine, select(ab.c("a_id"), ab.c("b_id"))))).containsExactly(a1.id + "/null");
        }
    }

    /**
     * ScalarRemoveTest.test_set_nonnone_to_none for ScalarRemoveScalarScalarCascade and
     * ScalarRemoveScalarScalarNoCascade: the proxy shows a column of the association.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void setValueToNone(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            session = s;
            RemoveA a1 = new RemoveA();
            a1.value = 5;
            assertThat(a1.av).isInstanceOf(RemoveAV.class);
            session.add(a1);
            session.flush();
            log.clear();
            a1.value = null;
            assertThat(a1.av).isInstanceOf(RemoveAV.class);
            assertThat(a1.av.b).isNull();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE remove_av SET b=? WHERE remove_av.a_id = ?");

            a1.valueCascade = 6;
            log.clear();
            a1.valueCascade = null;
            assertThat(a1.av).isNull();
            session.flush();
            assertThat(log.sql()).containsExactly("DELETE FROM remove_av WHERE remove_av.a_id = ?");
            session.commit();
            assertThat(rows(engine, select(table("remove_av")))).isEmpty();
        }
    }

    /**
     * ScalarRemoveTest.test_set_none_to_none: null on an empty reference does nothing, unless
     * createOnNoneAssignment (ScalarRemoveScalarObjectNoCascadeNoneAssign) makes an association holding null.
     */
    @ParameterizedTest
    @EnumSource(Style.class)
    void setNoneToNone(Style style) {
        MAPPING.activate(style);
        RemoveA a1 = new RemoveA();
        a1.b = null;
        assertThat(a1.ab).isNull();
        a1.bCascade = null;
        assertThat(a1.ab).isNull();
        a1.value = null;
        assertThat(a1.av).isNull();
        a1.bOnNone = null;
        assertThat(a1.ab).isInstanceOf(RemoveAB.class);
        assertThat(a1.ab.b).isNull();
    }

    /**
     * An object whose INSERT is rolled back is new again (InstanceState.renew); its scalar proxy
     * still reads the reference anew, rather than the value its field held before.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aRolledBackObjectsProxyStillReadsTheReference(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session s = new Session(engine)) {
            ScalarParent p = new ScalarParent("p");
            p.foo = "a";
            s.add(p);
            s.flush();
            assertThat(p.foo).isEqualTo("a");
            s.rollback();
            assertThat(Junction.inspect(p).isTransient()).isTrue();
            p.child.foo = "b";
            assertThat(p.foo).isEqualTo("b");
            s.add(p);
            s.commit();
        }
        Table children = table("scalar_children");
        assertThat(strings(rows(engine, select(children.c("foo"))))).containsExactly("b");
    }
}
