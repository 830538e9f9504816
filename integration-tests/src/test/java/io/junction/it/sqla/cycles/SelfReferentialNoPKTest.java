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
import java.util.concurrent.atomic.AtomicInteger;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cycles.py, class SelfReferentialNoPKTest: a self-referential
 * relationship joined on a unique column other than the primary key.
 */
class SelfReferentialNoPKTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table ITEM = METADATA.table("item",
            column("id", INTEGER).primaryKey(),
            column("uuid", string(32)).unique().nullable(false),
            column("parent_uuid", string(32)).foreignKey("item.uuid"));
    static final Registry REGISTRY = new Registry(METADATA);
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Mapped
    static class TT {
        Integer id;
        String uuid;
        String parentUuid;
        List<TT> children = new ArrayList<>();
        TT parent;

        TT() {
            this.uuid = "tt-" + Integer.toHexString(SERIAL.incrementAndGet());
        }
    }

    static {
        REGISTRY.map(TT.class, ITEM, relationship("children", TT.class).remoteSide(ITEM.c("parent_uuid"))
                .backref(backref("parent").remoteSide(ITEM.c("uuid"))));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static void expungeAll(Session session) {
        for (Object o : List.copyOf(session.identityMapObjects())) {
            session.expunge(o);
        }
    }

    /** test_basic */
    @ParameterizedTest
    @EnumSource(Database.class)
    void theChildrenCarryTheParentsUuidNotItsPrimaryKey(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        TT t1 = new TT();
        TT a = new TT();
        TT b = new TT();
        try (Session session = new Session(engine)) {
            t1.children.add(a);
            t1.children.add(b);
            assertThat(a.parent).isSameAs(t1);
            session.add(t1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT item", "INSERT item");
            assertThat(log.sql().get(0)).startsWith("INSERT INTO item (uuid) VALUES (?)");
            assertThat(log.statements().get(0).parameters()).containsExactly(t1.uuid);
            assertThat(log.sql().get(1)).startsWith("INSERT INTO item (uuid, parent_uuid) VALUES (?, ?)");
            assertThat(Batches.rows(log.statements().get(1), 2))
                    .containsExactly(List.of(a.uuid, t1.uuid), List.of(b.uuid, t1.uuid));
            assertThat(a.parentUuid).isEqualTo(t1.uuid);

            expungeAll(session);
            TT t = session.query(TT.class).filterBy("id", t1.id).one();
            assertThat(t).isNotSameAs(t1);
            assertThat(t.children).hasSize(2);
            assertThat(t.children.get(0).parentUuid).isEqualTo(t1.uuid);
            session.commit();
        }
        assertThat(strings(rows(engine, select(ITEM.c("uuid"), ITEM.c("parent_uuid")).orderBy(ITEM.c("id")))))
                .containsExactly(t1.uuid + "/null", a.uuid + "/" + t1.uuid, b.uuid + "/" + t1.uuid);
    }

    /** test_lazy_clause */
    @ParameterizedTest
    @EnumSource(Database.class)
    void theParentLoadsLazilyByTheUuidColumn(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            TT t1 = new TT();
            TT t2 = new TT();
            t1.children.add(t2);
            session.add(t1);
            session.flush();
            expungeAll(session);

            TT t = session.query(TT.class).filterBy("id", t2.id).one();
            assertThat(t.uuid).isEqualTo(t2.uuid);
            log.clear();
            TT parent = t.parent;
            assertThat(parent.uuid).isEqualTo(t1.uuid);
            assertThat(log.verbs()).containsExactly("SELECT item");
            assertThat(log.sql().get(0)).endsWith("WHERE item.uuid = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(t1.uuid);
        }
    }
}
