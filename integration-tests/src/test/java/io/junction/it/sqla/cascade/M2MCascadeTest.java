package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.FlushException;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class M2MCascadeTest: delete and delete-orphan along a
 * many-to-many through {@code atob}, delete-orphan with {@code singleParent(true)} as SQLAlchemy requires
 * (test_single_parent_error is in the misconfiguration catalogue).
 */
class M2MCascadeTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table A = METADATA.table("a",
            column("id", INTEGER).primaryKey(),
            column("data", string(30)));
    static final Table B = METADATA.table("b",
            column("id", INTEGER).primaryKey(),
            column("data", string(30)));
    static final Table ATOB = METADATA.table("atob",
            column("aid", INTEGER).foreignKey("a.id"),
            column("bid", INTEGER).foreignKey("b.id"));
    static final Table C = METADATA.table("c",
            column("id", INTEGER).primaryKey(),
            column("data", string(30)),
            column("bid", INTEGER).foreignKey("b.id"));

    /** A.bs "all, delete-orphan", no backref. */
    static final Registry ORPHAN = new Registry(METADATA);
    /** The same, lazy="dynamic". */
    static final Registry DYNAMIC = new Registry(METADATA);
    /** The same, and B.cs "all, delete-orphan". */
    static final Registry CHAINED = new Registry(METADATA);
    /** The same, with the scalar backref B.a. */
    static final Registry SCALAR_BACKREF = new Registry(METADATA);
    /** A.bs with the default cascade and the backref B.as (here B.parents: {@code as} is a Java keyword). */
    static final Registry PLAIN = new Registry(METADATA);

    @Mapped
    static class OrphanA {
        Integer id;
        String data;
        List<OrphanB> bs = new ArrayList<>();

        OrphanA() {
        }

        OrphanA(String data, OrphanB... bs) {
            this.data = data;
            this.bs.addAll(List.of(bs));
        }
    }

    @Mapped
    static class OrphanB {
        Integer id;
        String data;

        OrphanB() {
        }

        OrphanB(String data) {
            this.data = data;
        }
    }

    @Mapped
    static class DynamicA {
        Integer id;
        String data;
        AppenderQuery<DynamicB> bs = new AppenderQuery<>();
    }

    @Mapped
    static class DynamicB {
        Integer id;
        String data;
    }

    @Mapped
    static class ChainedA {
        Integer id;
        String data;
        List<ChainedB> bs = new ArrayList<>();
    }

    @Mapped
    static class ChainedB {
        Integer id;
        String data;
        List<ChainedC> cs = new ArrayList<>();
    }

    @Mapped
    static class ChainedC {
        Integer id;
        String data;
    }

    @Mapped
    static class ScalarA {
        Integer id;
        String data;
        List<ScalarB> bs = new ArrayList<>();
    }

    @Mapped
    static class ScalarB {
        Integer id;
        String data;
        ScalarA a;
    }

    @Mapped
    static class PlainA {
        Integer id;
        String data;
        List<PlainB> bs = new ArrayList<>();
    }

    @Mapped
    static class PlainB {
        Integer id;
        String data;
        List<PlainA> parents = new ArrayList<>();
    }

    static {
        ORPHAN.map(OrphanA.class, A, relationship("bs", OrphanB.class).secondary(ATOB).cascade("all, delete-orphan").singleParent(true));
        ORPHAN.map(OrphanB.class, B);
        ORPHAN.configure();

        DYNAMIC.map(DynamicA.class, A, relationship("bs", DynamicB.class).secondary(ATOB).cascade("all, delete-orphan").singleParent(true)
                .lazy(Lazy.DYNAMIC));
        DYNAMIC.map(DynamicB.class, B);
        DYNAMIC.configure();

        CHAINED.map(ChainedA.class, A, relationship("bs", ChainedB.class).secondary(ATOB).cascade("all, delete-orphan")
                .singleParent(true));
        CHAINED.map(ChainedB.class, B, relationship("cs", ChainedC.class).cascade("all, delete-orphan"));
        CHAINED.map(ChainedC.class, C);
        CHAINED.configure();

        SCALAR_BACKREF.map(ScalarA.class, A, relationship("bs", ScalarB.class).secondary(ATOB)
                .cascade("all, delete-orphan").singleParent(true).backref(backref("a").uselist(false)));
        SCALAR_BACKREF.map(ScalarB.class, B);
        SCALAR_BACKREF.configure();

        PLAIN.map(PlainA.class, A, relationship("bs", PlainB.class).secondary(ATOB).backref("parents"));
        PLAIN.map(PlainB.class, B);
        PLAIN.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static long rowCount(Session session, Table table) {
        return ((Number) rows(session, select(count()).from(table)).get(0).get(0)).longValue();
    }

    /** test_delete_orphan: removing the b deletes its link and, as an orphan, the b. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deleteOrphan(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            OrphanB b1 = new OrphanB("b1");
            OrphanA a1 = new OrphanA("a1", b1);
            session.add(a1);
            session.flush();

            a1.bs.remove(b1);
            session.flush();
            assertThat(rowCount(session, ATOB)).isZero();
            assertThat(rowCount(session, B)).isZero();
            assertThat(rowCount(session, A)).isEqualTo(1);
        }
    }

    /** test_delete_orphan_dynamic */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deleteOrphanDynamic(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            DynamicB b1 = new DynamicB();
            b1.data = "b1";
            DynamicA a1 = new DynamicA();
            a1.data = "a1";
            a1.bs.append(b1);
            session.add(a1);
            session.flush();

            a1.bs.remove(b1);
            session.flush();
            assertThat(rowCount(session, ATOB)).isZero();
            assertThat(rowCount(session, B)).isZero();
            assertThat(rowCount(session, A)).isEqualTo(1);
        }
    }

    /** test_delete_orphan_cascades: the orphaned b's own delete-orphan children go with it. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deleteOrphanCascades(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            ChainedC c1 = new ChainedC();
            c1.data = "c1";
            ChainedB b1 = new ChainedB();
            b1.data = "b1";
            b1.cs.add(c1);
            ChainedA a1 = new ChainedA();
            a1.data = "a1";
            a1.bs.add(b1);
            session.add(a1);
            session.flush();

            a1.bs.remove(b1);
            session.flush();
            assertThat(rowCount(session, ATOB)).isZero();
            assertThat(rowCount(session, B)).isZero();
            assertThat(rowCount(session, A)).isEqualTo(1);
            assertThat(rowCount(session, C)).isZero();
        }
    }

    /** test_cascade_delete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadeDelete(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            OrphanA a1 = new OrphanA("a1", new OrphanB("b1"));
            session.add(a1);
            session.flush();

            session.delete(a1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).hasSize(3).first().isEqualTo("DELETE atob");
            assertThat(log.verbs()).containsExactlyInAnyOrder("DELETE atob", "DELETE a", "DELETE b");
            assertThat(rowCount(session, ATOB)).isZero();
            assertThat(rowCount(session, B)).isZero();
            assertThat(rowCount(session, A)).isZero();
        }
    }

    /** test_single_parent_raise: a b held by one a cannot join the collection of another. */
    @Test
    void singleParentRaise() {
        OrphanB b1 = new OrphanB();
        b1.data = "b1";
        OrphanA a1 = new OrphanA();
        a1.bs.add(b1);
        OrphanA a2 = new OrphanA();
        assertThatThrownBy(() -> a2.bs.add(b1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OrphanA.bs").hasMessageContaining("singleParent(true)");
        assertThat(a2.bs).isEmpty();
        assertThat(a1.bs).containsExactly(b1);
    }

    /** test_single_parent_backref, without the single_parent raise: setting the scalar backref moves the b. */
    @Test
    void settingTheScalarBackrefMovesTheB() {
        ScalarB b1 = new ScalarB();
        b1.data = "b1";
        ScalarA a1 = new ScalarA();
        a1.bs.add(b1);
        assertThat(b1.a).isSameAs(a1);

        ScalarA a2 = new ScalarA();
        b1.a = a2;
        assertThat(a1.bs).doesNotContain(b1);
        assertThat(a2.bs).contains(b1);
    }

    /** test_none_m2m_collection_assignment */
    @ParameterizedTest
    @EnumSource(Database.class)
    void noneM2mCollectionAssignment(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            PlainA a1 = new PlainA();
            a1.bs = new ArrayList<>(Arrays.asList((PlainB) null));
            session.add(a1);
            assertThat(a1.bs).containsExactly((PlainB) null);
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class)
                    .hasMessageContaining("None value found in collection PlainA.bs");
            assertThat(a1.bs).containsExactly((PlainB) null);
        }
    }

    /** test_none_m2m_collection_append */
    @ParameterizedTest
    @EnumSource(Database.class)
    void noneM2mCollectionAppend(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            PlainA a1 = new PlainA();
            a1.bs.add(null);
            session.add(a1);
            assertThat(a1.bs).containsExactly((PlainB) null);
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class)
                    .hasMessageContaining("None value found in collection PlainA.bs");
            assertThat(a1.bs).containsExactly((PlainB) null);
        }
    }
}
