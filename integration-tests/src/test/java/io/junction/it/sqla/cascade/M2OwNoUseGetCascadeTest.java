package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.Relationship;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class M2OwNoUseGetCascadeTest: a many-to-one joined on a unique
 * non-key column ({@code a.email == b.email}), so its lazy load cannot be answered from the identity map. The fixture's
 * {@code singleParent(true)} is, as SQLAlchemy's {@code single_parent=True}, the precondition for delete-orphan on a
 * many-to-one.
 */
class M2OwNoUseGetCascadeTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table A = METADATA.table("a",
            column("id", INTEGER).primaryKey(),
            column("email", string(50)).unique());
    static final Table B = METADATA.table("b",
            column("id", INTEGER).primaryKey(),
            column("email", string(50)).foreignKey("a.email"));

    /** cascade="all, delete-orphan" on B.user. */
    static final Registry DELETE_ORPHAN = new Registry(METADATA);
    /** cascade="save-update", lazy="select". */
    static final Registry SAVE_UPDATE = new Registry(METADATA);
    /** cascade="save-update", lazy="raise". */
    static final Registry SAVE_UPDATE_RAISE = new Registry(METADATA);

    @Mapped
    static class OrphanA {
        Integer id;
        String email;
        List<OrphanB> bs = new ArrayList<>();
    }

    @Mapped
    static class OrphanB {
        Integer id;
        String email;
        OrphanA user;
    }

    @Mapped
    static class SelectA {
        Integer id;
        String email;
        List<SelectB> bs = new ArrayList<>();
    }

    @Mapped
    static class SelectB {
        Integer id;
        String email;
        SelectA user;
    }

    @Mapped
    static class RaiseA {
        Integer id;
        String email;
        List<RaiseB> bs = new ArrayList<>();
    }

    @Mapped
    static class RaiseB {
        Integer id;
        String email;
        RaiseA user;
    }

    private static void map(Registry registry, Class<?> a, Class<?> b, Lazy lazy, String cascade) {
        var join = A.c("email").eq(B.c("email"));
        registry.map(a, A, relationship("bs", b).primaryJoin(join).backPopulates("user"));
        Relationship user = relationship("user", a).primaryJoin(join).backPopulates("bs").lazy(lazy).cascade(cascade)
                .singleParent(true);
        registry.map(b, B, user);
        registry.configure();
    }

    static {
        map(DELETE_ORPHAN, OrphanA.class, OrphanB.class, Lazy.SELECT, "all, delete-orphan");
        map(SAVE_UPDATE, SelectA.class, SelectB.class, Lazy.SELECT, "save-update");
        map(SAVE_UPDATE_RAISE, RaiseA.class, RaiseB.class, Lazy.RAISE, "save-update");
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_cascade_deletes_user: deleting the B deletes its A, after loading the A's other Bs. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadeDeletesUser(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            OrphanA a1 = new OrphanA();
            a1.email = "x";
            OrphanB b1 = new OrphanB();
            b1.user = a1;
            session.addAll(List.of(a1, b1));
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            OrphanB b1 = session.query(OrphanB.class).first();
            session.delete(b1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("SELECT b", "DELETE b", "DELETE a");
            assertThat(log.statements().get(0).parameters()).containsExactly("x");
            assertThat(log.statements().get(1).parameters()).containsExactly(1);
            assertThat(log.statements().get(2).parameters()).containsExactly(1);
            session.commit();
        }
        assertThat(rows(engine, select(A.c("id")))).isEmpty();
        assertThat(rows(engine, select(B.c("id")))).isEmpty();
    }

    private void ignoresUser(Database database, Supplier<List<Object>> a1AndB1, Class<?> bType) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            session.addAll(a1AndB1.get());
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Object b1 = session.query(bType).first();
            log.clear();
            session.delete(b1);
            session.flush();
            // Junction differs: SQLAlchemy first loads the A (SELECT a WHERE a.email = 'x'), a SELECT its test says it
            // "would like to be able to skip"; Junction skips it, as the save-update-only many-to-one needs nothing.
            assertThat(log.verbs()).containsExactly("DELETE b");
            assertThat(log.statements().get(0).parameters()).containsExactly(1);
            session.commit();
        }
        assertThat(strings(rows(engine, select(A.c("email"))))).containsExactly("x");
        assertThat(rows(engine, select(B.c("id")))).isEmpty();
    }

    /** test_ignores_user, lazy="select": the A is not deleted. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void ignoresUserLazySelect(Database database) {
        ignoresUser(database, () -> {
            SelectA a1 = new SelectA();
            a1.email = "x";
            SelectB b1 = new SelectB();
            b1.user = a1;
            return List.of(a1, b1);
        }, SelectB.class);
    }

    /** test_ignores_user, lazy="raise": deleting the B does not trip the raise loader, and the A is not deleted. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void ignoresUserLazyRaise(Database database) {
        ignoresUser(database, () -> {
            RaiseA a1 = new RaiseA();
            a1.email = "x";
            RaiseB b1 = new RaiseB();
            b1.user = a1;
            return List.of(a1, b1);
        }, RaiseB.class);
    }
}
