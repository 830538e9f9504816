package io.junction.it.sqla.query;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.Query;
import io.junction.orm.loading.Rel;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static io.junction.it.sqla.query.Fixtures.row;
import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_query.py, class HasAnyTest: {@code has} along a
 * many-to-one, {@code any} along a one-to-many and through an association table, and that the
 * EXISTS subquery keeps its own target (and association table) in its FROM list when the
 * enclosing query joins them too, aliased or not. SQLAlchemy's test_has_composite_secondary
 * (a secondary that is a join of two tables) is not ported: Junction's secondary is a table.
 * The hint tests are MSSQL-only and not ported.
 */
class HasAnyTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table D = METADATA.table("d", column("id", INTEGER).primaryKey());
    static final Table C = METADATA.table("c", column("id", INTEGER).primaryKey(),
            column("d_id", INTEGER).foreignKey("d.id"));
    static final Table B = METADATA.table("b", column("id", INTEGER).primaryKey(),
            column("c_id", INTEGER).foreignKey("c.id"));
    static final Table B_D = METADATA.table("b_d", column("bid", INTEGER).foreignKey("b.id"),
            column("did", INTEGER).foreignKey("d.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(DObj.class, D);
        REGISTRY.map(CObj.class, C, relationship("bs", BObj.class).backPopulates("c"));
        REGISTRY.map(BObj.class, B, relationship("c", CObj.class).backPopulates("bs"),
                relationship("d", DObj.class).secondary(B_D));
        REGISTRY.configure();
    }

    @Mapped
    static class DObj {
        Integer id;
    }

    @Mapped
    static class CObj {
        Integer id;
        Integer dId;
        List<BObj> bs = new ArrayList<>();
    }

    @Mapped
    static class BObj {
        Integer id;
        Integer cId;
        CObj c;
        List<DObj> d = new ArrayList<>();
    }

    private static final String SELECT_B = "SELECT b.id AS b_id, b.c_id AS b_c_id FROM ";

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** d 1, 2; c 1 (d 1), 2 (d 2); b 1 (c 1) with d 1, b 2 (c 2) with d 2, b 3 (no c) with d 1. */
    private Engine data(Database database) {
        Engine engine = fresh(database);
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(D), List.of(row("id", 1), row("id", 2)));
            connection.executeMany(insert(C), List.of(row("id", 1, "d_id", 1), row("id", 2, "d_id", 2)));
            connection.executeMany(insert(B), List.of(row("id", 1, "c_id", 1), row("id", 2, "c_id", 2),
                    row("id", 3, "c_id", null)));
            connection.executeMany(insert(B_D), List.of(row("bid", 1, "did", 1), row("bid", 2, "did", 2),
                    row("bid", 3, "did", 1)));
            connection.commit();
        }
        return engine;
    }

    /** Runs the query of Bs, asserting its SQL, its one parameter (1) and the ids it returns. */
    private void assertB(Database database, Function<Query<BObj>, Query<BObj>> query, String sql, Integer... ids) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<BObj> found = query.apply(session.query(BObj.class)).orderBy(B.c("id")).all();
            assertThat(found).extracting(b -> b.id).containsExactly(ids);
            assertThat(log.sql()).containsExactly(sql + " ORDER BY b.id");
            assertThat(log.statements().get(0).parameters()).containsExactly(1);
        }
    }

    /** test_has_many_to_one */
    @ParameterizedTest
    @EnumSource(Database.class)
    void hasManyToOne(Database database) {
        assertB(database, q -> q.filter(Rel.of(BObj.class, "c").has(C.c("id").eq(1))),
                SELECT_B + "b WHERE EXISTS (SELECT 1 FROM c WHERE c.id = b.c_id AND c.id = ?)", 1);
    }

    /** test_any_many_to_many */
    @ParameterizedTest
    @EnumSource(Database.class)
    void anyManyToMany(Database database) {
        assertB(database, q -> q.filter(Rel.of(BObj.class, "d").any(D.c("id").eq(1))),
                SELECT_B + "b WHERE EXISTS (SELECT 1 FROM d, b_d WHERE b.id = b_d.bid AND d.id = b_d.did AND d.id = ?)",
                1, 3);
    }

    /** test_any_one_to_many */
    @ParameterizedTest
    @EnumSource(Database.class)
    void anyOneToMany(Database database) {
        Engine engine = data(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<CObj> found = session.query(CObj.class).filter(Rel.of(CObj.class, "bs").any(B.c("id").eq(1))).all();
            assertThat(found).extracting(c -> c.id).containsExactly(1);
            assertThat(log.sql()).containsExactly("SELECT c.id AS c_id, c.d_id AS c_d_id FROM c WHERE "
                    + "EXISTS (SELECT 1 FROM b WHERE c.id = b.c_id AND b.id = ?)");
        }
    }

    /**
     * test_any_many_to_many_doesnt_overcorrelate: the query joins d and b_d, and the subquery still
     * has its own (Junction joins the association table without an alias where it is not there yet).
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void anyManyToManyDoesntOvercorrelate(Database database) {
        assertB(database, q -> q.join("d").filter(Rel.of(BObj.class, "d").any(D.c("id").eq(1))),
                SELECT_B + "b JOIN b_d ON b.id = b_d.bid JOIN d ON d.id = b_d.did WHERE "
                        + "EXISTS (SELECT 1 FROM d, b_d WHERE b.id = b_d.bid AND d.id = b_d.did AND d.id = ?)",
                1, 3);
    }

    /** test_has_doesnt_overcorrelate */
    @ParameterizedTest
    @EnumSource(Database.class)
    void hasDoesntOvercorrelate(Database database) {
        assertB(database, q -> q.join("c").filter(Rel.of(BObj.class, "c").has(C.c("id").eq(1))),
                SELECT_B + "b JOIN c ON c.id = b.c_id WHERE EXISTS (SELECT 1 FROM c WHERE c.id = b.c_id AND c.id = ?)", 1);
    }

    /** test_has_doesnt_get_aliased_join_subq */
    @ParameterizedTest
    @EnumSource(Database.class)
    void hasDoesntGetAliasedJoinSubquery(Database database) {
        assertB(database, q -> q.join("c", aliased(CObj.class)).filter(Rel.of(BObj.class, "c").has(C.c("id").eq(1))),
                SELECT_B + "b JOIN c AS c_1 ON c_1.id = b.c_id WHERE "
                        + "EXISTS (SELECT 1 FROM c WHERE c.id = b.c_id AND c.id = ?)", 1);
    }

    /** test_any_many_to_many_doesnt_get_aliased_join_subq */
    @ParameterizedTest
    @EnumSource(Database.class)
    void anyManyToManyDoesntGetAliasedJoinSubquery(Database database) {
        assertB(database, q -> q.join("d", aliased(DObj.class)).filter(Rel.of(BObj.class, "d").any(D.c("id").eq(1))),
                SELECT_B + "b JOIN b_d AS b_d_1 ON b.id = b_d_1.bid JOIN d AS d_1 ON d_1.id = b_d_1.did WHERE "
                        + "EXISTS (SELECT 1 FROM d, b_d WHERE b.id = b_d.bid AND d.id = b_d.did AND d.id = ?)", 1, 3);
    }
}
