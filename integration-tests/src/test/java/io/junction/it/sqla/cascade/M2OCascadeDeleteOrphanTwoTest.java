package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class M2OCascadeDeleteOrphanTestTwo: a chain of many-to-ones
 * t1 -> t2 -> t3, each "all, delete-orphan" with {@code singleParent(true)}; t2.t3 has the scalar backref t3.t2.
 */
class M2OCascadeDeleteOrphanTwoTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table T3 = METADATA.table("t3",
            column("id", INTEGER).primaryKey(),
            column("data", string(50)));
    static final Table T2 = METADATA.table("t2",
            column("id", INTEGER).primaryKey(),
            column("data", string(50)),
            column("t3id", INTEGER).foreignKey("t3.id"));
    static final Table T1 = METADATA.table("t1",
            column("id", INTEGER).primaryKey(),
            column("data", string(50)),
            column("t2id", INTEGER).foreignKey("t2.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class One {
        Integer id;
        String data;
        Two t2;

        One() {
        }

        One(String data, Two t2) {
            this.data = data;
            this.t2 = t2;
        }
    }

    @Mapped
    static class Two {
        Integer id;
        String data;
        Three t3;

        Two() {
        }

        Two(String data, Three t3) {
            this.data = data;
            this.t3 = t3;
        }
    }

    @Mapped
    static class Three {
        Integer id;
        String data;
        Two t2;

        Three() {
        }

        Three(String data) {
            this.data = data;
        }
    }

    static {
        REGISTRY.map(One.class, T1, relationship("t2", Two.class).cascade("all, delete-orphan").singleParent(true));
        REGISTRY.map(Two.class, T2, relationship("t3", Three.class).cascade("all, delete-orphan").singleParent(true)
                .backref(backref("t2").uselist(false)));
        REGISTRY.map(Three.class, T3);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static void assertCounts(Session session, int t1, int t2, int t3) {
        assertThat(session.query(One.class).all()).hasSize(t1);
        assertThat(session.query(Two.class).all()).hasSize(t2);
        assertThat(session.query(Three.class).all()).hasSize(t3);
    }

    /** test_cascade_delete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadeDelete(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            One x = new One("t1a", new Two("t2a", new Three("t3a")));
            session.add(x);
            session.flush();

            session.delete(x);
            log.clear();
            session.flush();
            assertThat(log.verbs()).as("each row before the one it refers to").containsExactly("DELETE t1", "DELETE t2", "DELETE t3");
            assertCounts(session, 0, 0, 0);
        }
    }

    /** test_deletes_orphans_onelevel */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletesOrphansOneLevel(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            One x2 = new One("t1b", new Two("t2b", new Three("t3b")));
            session.add(x2);
            session.flush();
            x2.t2 = null;

            session.delete(x2);
            session.flush();
            assertCounts(session, 0, 0, 0);
        }
    }

    /** test_deletes_orphans_twolevel */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletesOrphansTwoLevel(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            One x = new One("t1a", new Two("t2a", new Three("t3a")));
            session.add(x);
            session.flush();

            x.t2.t3 = null;
            session.delete(x);
            session.flush();
            assertCounts(session, 0, 0, 0);
        }
    }

    /** test_finds_orphans_twolevel */
    @ParameterizedTest
    @EnumSource(Database.class)
    void findsOrphansTwoLevel(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            One x = new One("t1a", new Two("t2a", new Three("t3a")));
            session.add(x);
            session.flush();

            x.t2.t3 = null;
            session.flush();
            assertCounts(session, 1, 1, 0);
        }
    }

    /** test_single_parent_raise: a second t1 cannot take the t2 of the first. */
    @Test
    void singleParentRaise() {
        Two y = new Two();
        y.data = "T2a";
        One first = new One();
        first.data = "T1a";
        first.t2 = y;
        One second = new One();
        second.data = "T1b";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.t2 = y)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("One.t2").hasMessageContaining("singleParent(true)");
        assertThat(second.t2).isNull();
        assertThat(first.t2).isSameAs(y);
    }

    /** test_single_parent_backref, without the single_parent raise: setting the backref moves the t3 to the new t2. */
    @Test
    void settingTheScalarBackrefUnsetsThePreviousParent() {
        Three y = new Three("T3a");
        Two x = new Two("T2a", y);
        assertThat(y.t2).isSameAs(x);
        Two z = new Two("T2b", null);
        y.t2 = z;
        assertThat(z.t3).isSameAs(y);
        assertThat(x.t3).isNull();
    }
}
