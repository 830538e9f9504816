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
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cycles.py, class PostUpdateOnUpdateTest, as far as Junction
 * goes: Junction's columns have no Python-side or SQL-expression {@code onupdate} (nor any column
 * default) and the mapper has no refresh_flush/expire events, so {@code updated} and
 * {@code updated_db} are plain columns here, and only the scenario of test_update_defaults_can_set_value
 * is ported: values set by the application before the flush survive the post-update UPDATE.
 */
class PostUpdateOnUpdateTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table A_TABLE = METADATA.table("a",
            column("id", INTEGER).primaryKey(),
            column("data", INTEGER),
            column("favorite_b_id", INTEGER).foreignKey("b.id"),
            column("updated", INTEGER),
            column("updated_db", INTEGER));
    static final Table B_TABLE = METADATA.table("b",
            column("id", INTEGER).primaryKey(),
            column("a_id", INTEGER).foreignKey("a.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class A {
        Integer id;
        Integer data;
        Integer favoriteBId;
        Integer updated;
        Integer updatedDb;
        List<B> bs = new ArrayList<>();
        B favoriteB;
    }

    @Mapped
    static class B {
        Integer id;
        Integer aId;
    }

    static {
        REGISTRY.map(A.class, A_TABLE,
                relationship("bs", B.class).primaryJoin(A_TABLE.c("id").eq(B_TABLE.c("a_id"))),
                relationship("favoriteB", B.class).primaryJoin(A_TABLE.c("favorite_b_id").eq(B_TABLE.c("id")))
                        .postUpdate(true));
        REGISTRY.map(B.class, B_TABLE);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_update_defaults_can_set_value */
    @ParameterizedTest
    @EnumSource(Database.class)
    void valuesSetBeforeTheFlushSurviveThePostUpdate(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            A a1 = new A();
            B b1 = new B();
            a1.bs.add(b1);
            a1.favoriteB = b1;
            a1.updated = 5;
            a1.updatedDb = 7;
            session.add(a1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT a", "INSERT b", "UPDATE a");
            assertThat(log.sql().get(0)).startsWith("INSERT INTO a (updated, updated_db) VALUES (?, ?)");
            assertThat(log.statements().get(0).parameters()).containsExactly(5, 7);
            // SQLAlchemy's post-update also sets updated=5, updated_db=7 there, because those columns
            // have an onupdate that the explicit values override; without onupdate only the key is written.
            assertThat(log.sql().get(2)).isEqualTo("UPDATE a SET favorite_b_id=? WHERE a.id = ?");
            assertThat(log.statements().get(2).parameters()).containsExactly(b1.id, a1.id);

            session.expunge(a1);
            log.clear();
            assertThat(a1.updated).isEqualTo(5);
            assertThat(a1.updatedDb).isEqualTo(7);
            assertThat(log.count()).as("no database access").isZero();
            session.commit();
        }
        assertThat(strings(rows(engine, select(A_TABLE.c("id"), A_TABLE.c("favorite_b_id"), A_TABLE.c("updated"),
                A_TABLE.c("updated_db"))))).containsExactly("1/1/5/7");
    }
}
