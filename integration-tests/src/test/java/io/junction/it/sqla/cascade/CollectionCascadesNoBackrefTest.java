package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class CollectionCascadesNoBackrefTest: appending to a collection
 * of an object in the session cascades save-update; setting the many-to-one backref (the reverse direction) does
 * not. Ported for a set ({@code add}) and a list ({@code append}, assignment); the
 * {@code attribute_keyed_dict} combinations are not ported: Junction has no dictionary collections.
 */
class CollectionCascadesNoBackrefTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table A = METADATA.table("a",
            column("id", INTEGER).primaryKey());
    static final Table B = METADATA.table("b_",
            column("id", INTEGER).primaryKey(),
            column("a_id", INTEGER).foreignKey("a.id"),
            column("key", string(20)));

    static final Registry LIST = new Registry(METADATA);
    static final Registry SET = new Registry(METADATA);

    @Mapped
    static class ListA {
        Integer id;
        List<ListB> bs = new ArrayList<>();
    }

    @Mapped
    static class ListB {
        Integer id;
        String key;
        ListA a;

        ListB() {
        }

        ListB(String key) {
            this.key = key;
        }
    }

    @Mapped
    static class SetA {
        Integer id;
        Set<SetB> bs = new HashSet<>();
    }

    @Mapped
    static class SetB {
        Integer id;
        String key;
        SetA a;

        SetB() {
        }

        SetB(String key) {
            this.key = key;
        }
    }

    static {
        LIST.map(ListA.class, A, relationship("bs", ListB.class).backref("a"));
        LIST.map(ListB.class, B);
        LIST.configure();

        SET.map(SetA.class, A, relationship("bs", SetB.class).backref("a"));
        SET.map(SetB.class, B);
        SET.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_cascades_on_collection, (set, "add") */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadesOnSetAdd(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            SetA a1 = new SetA();
            session.add(a1);
            SetB b1 = new SetB("b1");
            SetB b2 = new SetB("b2");
            SetB b3 = new SetB("b3");
            b1.a = a1;
            b3.a = a1;
            assertThat(session.contains(b1)).isFalse();
            assertThat(session.contains(b3)).isFalse();

            a1.bs.add(b1);
            a1.bs.add(b2);
            assertThat(session.contains(b1)).isTrue();
            assertThat(session.contains(b2)).isTrue();
            assertThat(session.contains(b3)).as("the event never triggers from reverse").isFalse();
        }
    }

    /** test_cascades_on_collection, (list, "append") */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadesOnListAppend(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            ListA a1 = new ListA();
            session.add(a1);
            ListB b1 = new ListB("b1");
            ListB b2 = new ListB("b2");
            ListB b3 = new ListB("b3");
            b1.a = a1;
            b3.a = a1;
            assertThat(session.contains(b1)).isFalse();
            assertThat(session.contains(b3)).isFalse();

            a1.bs.add(b1);
            a1.bs.add(b2);
            assertThat(session.contains(b1)).isTrue();
            assertThat(session.contains(b2)).isTrue();
            assertThat(session.contains(b3)).as("the event never triggers from reverse").isFalse();
        }
    }

    /** test_cascades_on_collection, (list, "assign") */
    @ParameterizedTest
    @EnumSource(Database.class)
    void cascadesOnListAssign(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            ListA a1 = new ListA();
            session.add(a1);
            ListB b1 = new ListB("b1");
            ListB b2 = new ListB("b2");
            ListB b3 = new ListB("b3");
            b1.a = a1;
            b3.a = a1;
            assertThat(session.contains(b1)).isFalse();
            assertThat(session.contains(b3)).isFalse();

            a1.bs = new ArrayList<>(List.of(b1, b2));
            assertThat(session.contains(b1)).isTrue();
            assertThat(session.contains(b2)).isTrue();
            assertThat(session.contains(b3)).as("the event never triggers from reverse").isFalse();
        }
    }
}
