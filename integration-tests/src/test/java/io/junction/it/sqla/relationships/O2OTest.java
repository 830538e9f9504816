package io.junction.it.sqla.relationships;

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

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_onetoone.py, class O2OTest: a one-to-one as a one-to-many
 * with {@code uselist(false)} (with and without a many-to-one backref): setting it, replacing it
 * and setting it to null detach the old row.
 *
 * <p>SQLAlchemy runs each test with the {@code active_history} / {@code _legacy_inactive_history_style}
 * combinations; Junction has neither option (a one-to-one seen from the parent always loads the
 * value it replaces), so each test is ported once.
 */
class O2OTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table JACK = METADATA.table("jack", column("id", INTEGER).primaryKey(), column("number", string(50)),
            column("status", string(20)), column("subroom", string(5)));
    static final Table PORT = METADATA.table("port", column("id", INTEGER).primaryKey(), column("name", string(30)),
            column("description", string(100)), column("jack_id", INTEGER).foreignKey("jack.id"));

    /** test_basic: with the backref {@code jack}. */
    static final Registry WITH_BACKREF = new Registry(METADATA);
    /** test_simple_replace, test_simple_del: without a backref. */
    static final Registry PLAIN = new Registry(METADATA);

    @Mapped
    static class Jack {
        Integer id;
        String number;
        String status;
        String subroom;
        Port port;
    }

    @Mapped
    static class Port {
        Integer id;
        String name;
        String description;
        Integer jackId;
        Jack jack;
    }

    @Mapped
    static class PlainJack {
        Integer id;
        String number;
        String status;
        String subroom;
        PlainPort port;
    }

    @Mapped
    static class PlainPort {
        Integer id;
        String name;
        String description;
        Integer jackId;
    }

    static {
        WITH_BACKREF.map(Port.class, PORT);
        WITH_BACKREF.map(Jack.class, JACK, relationship("port", Port.class).backref("jack").uselist(false));
        WITH_BACKREF.configure();
        PLAIN.map(PlainPort.class, PORT);
        PLAIN.map(PlainJack.class, JACK, relationship("port", PlainPort.class).uselist(false));
        PLAIN.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_basic */
    @ParameterizedTest
    @EnumSource(Database.class)
    void basic(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Jack j = new Jack();
            j.number = "101";
            session.add(j);
            Port p = new Port();
            p.name = "fa0/1";
            session.add(p);

            j.port = p;
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT jack", "INSERT port");
            Integer jid = j.id;
            Integer pid = p.id;
            assertThat(p.jackId).isEqualTo(jid);

            j = session.get(Jack.class, jid);
            p = session.get(Port.class, pid);
            assertThat(p.jack).isNotNull();
            assertThat(p.jack).isSameAs(j);
            assertThat(j.port).isNotNull();
            p.jack = null;
            assertThat(j.port).isNull();

            // SQLAlchemy's expunge_all(): the two objects, with the unflushed change
            session.expunge(j);
            session.expunge(p);

            j = session.get(Jack.class, jid);
            p = session.get(Port.class, pid);

            j.port = null;
            assertThat(p.jack).as("the old port is loaded and detached").isNull();
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE port");
            assertThat(p.jack).isNull();

            session.delete(j);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("DELETE jack");
            assertThat(rows(session, select(JACK.c("id")))).isEmpty();
            assertThat(strings(rows(session, select(PORT.c("name"), PORT.c("jack_id"))))).containsExactly("fa0/1/null");
        }
    }

    /** test_simple_replace */
    @ParameterizedTest
    @EnumSource(Database.class)
    void simpleReplace(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            PlainPort p1 = new PlainPort();
            p1.name = "p1";
            PlainJack j1 = new PlainJack();
            j1.number = "j1";
            j1.port = p1;
            session.add(j1);
            session.commit();

            PlainPort p2 = new PlainPort();
            p2.name = "p2";
            j1.port = p2;
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE port", "INSERT port");

            assertThat(session.query(PlainPort.class).filterBy("name", "p1").one().jackId).isNull();
        }
    }

    /** test_simple_del: {@code del j1.port} is setting the field to null. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void simpleDel(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            PlainPort p1 = new PlainPort();
            p1.name = "p1";
            PlainJack j1 = new PlainJack();
            j1.number = "j1";
            j1.port = p1;
            session.add(j1);
            session.commit();

            j1.port = null;
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE port");

            assertThat(session.query(PlainPort.class).filterBy("name", "p1").one().jackId).isNull();
        }
    }
}
