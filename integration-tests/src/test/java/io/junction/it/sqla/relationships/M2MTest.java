package io.junction.it.sqla.relationships;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.StaleDataException;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.delete;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_manytomany.py, class M2MTest: places and transitions joined
 * through two association tables, and places joined to places through a third (self-referential,
 * with primaryJoin and secondaryJoin); eager loading through two association tables to one table;
 * and stale association rows.
 */
class M2MTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table PLACE = METADATA.table("place", column("place_id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table TRANSITION = METADATA.table("transition", column("transition_id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table PLACE_THINGY = METADATA.table("place_thingy", column("thingy_id", INTEGER).primaryKey(),
            column("place_id", INTEGER).foreignKey("place.place_id").nullable(false),
            column("name", string(30)).nullable(false));
    static final Table PLACE_INPUT = METADATA.table("place_input",
            column("place_id", INTEGER).foreignKey("place.place_id"),
            column("transition_id", INTEGER).foreignKey("transition.transition_id"));
    static final Table PLACE_OUTPUT = METADATA.table("place_output",
            column("place_id", INTEGER).foreignKey("place.place_id"),
            column("transition_id", INTEGER).foreignKey("transition.transition_id"));
    static final Table PLACE_PLACE = METADATA.table("place_place",
            column("pl1_id", INTEGER).foreignKey("place.place_id"),
            column("pl2_id", INTEGER).foreignKey("place.place_id"));

    /** test_self_referential_roundtrip */
    static final Registry ROUNDTRIP = new Registry(METADATA);
    /** test_self_referential_bidirectional_mutation */
    static final Registry MUTATION = new Registry(METADATA);
    /** test_joinedload_on_double */
    static final Registry DOUBLE = new Registry(METADATA);
    /** test_bidirectional */
    static final Registry BIDIRECTIONAL = new Registry(METADATA);
    /** test_stale_conditions */
    static final Registry STALE = new Registry(METADATA);

    @Mapped
    static class Place {
        Integer placeId;
        String name;
        List<Place> places = new ArrayList<>();

        Place() {
        }

        Place(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class MutablePlace {
        Integer placeId;
        String name;
        List<MutablePlace> childPlaces = new ArrayList<>();
        List<MutablePlace> parentPlaces = new ArrayList<>();

        MutablePlace() {
        }

        MutablePlace(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class ThingyPlace {
        Integer placeId;
        String name;
        List<PlaceThingy> thingies = new ArrayList<>();

        ThingyPlace() {
        }

        ThingyPlace(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class PlaceThingy {
        Integer thingyId;
        Integer placeId;
        String name;
    }

    @Mapped
    static class DoubleTransition {
        Integer transitionId;
        String name;
        List<ThingyPlace> inputs = new ArrayList<>();
        List<ThingyPlace> outputs = new ArrayList<>();

        DoubleTransition() {
        }

        DoubleTransition(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class BiPlace {
        Integer placeId;
        String name;
        List<BiTransition> inputs = new ArrayList<>();
        List<BiTransition> outputs = new ArrayList<>();

        BiPlace() {
        }

        BiPlace(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class BiTransition {
        Integer transitionId;
        String name;
        List<BiPlace> inputs = new ArrayList<>();
        List<BiPlace> outputs = new ArrayList<>();

        BiTransition() {
        }

        BiTransition(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class StalePlace {
        Integer placeId;
        String name;
        List<StaleTransition> transitions = new ArrayList<>();

        StalePlace() {
        }

        StalePlace(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class StaleTransition {
        Integer transitionId;
        String name;

        StaleTransition() {
        }

        StaleTransition(String name) {
            this.name = name;
        }
    }

    static {
        ROUNDTRIP.map(Place.class, PLACE, relationship("places", Place.class).secondary(PLACE_PLACE)
                .primaryJoin(PLACE.c("place_id").eq(PLACE_PLACE.c("pl1_id")))
                .secondaryJoin(PLACE.c("place_id").eq(PLACE_PLACE.c("pl2_id")))
                .orderBy(PLACE_PLACE.c("pl2_id")));
        ROUNDTRIP.configure();

        MUTATION.map(MutablePlace.class, PLACE, relationship("childPlaces", MutablePlace.class).secondary(PLACE_PLACE)
                .primaryJoin(PLACE.c("place_id").eq(PLACE_PLACE.c("pl1_id")))
                .secondaryJoin(PLACE.c("place_id").eq(PLACE_PLACE.c("pl2_id")))
                .orderBy(PLACE_PLACE.c("pl2_id")).backref("parentPlaces"));
        MUTATION.configure();

        DOUBLE.map(PlaceThingy.class, PLACE_THINGY);
        DOUBLE.map(ThingyPlace.class, PLACE, relationship("thingies", PlaceThingy.class).lazy(Lazy.JOINED));
        DOUBLE.map(DoubleTransition.class, TRANSITION,
                relationship("inputs", ThingyPlace.class).secondary(PLACE_OUTPUT).lazy(Lazy.JOINED),
                relationship("outputs", ThingyPlace.class).secondary(PLACE_INPUT).lazy(Lazy.JOINED));
        DOUBLE.configure();

        BIDIRECTIONAL.map(BiPlace.class, PLACE);
        BIDIRECTIONAL.map(BiTransition.class, TRANSITION,
                relationship("inputs", BiPlace.class).secondary(PLACE_OUTPUT)
                        .backref(backref("inputs").orderBy(TRANSITION.c("transition_id")))
                        .orderBy(PLACE.c("place_id")),
                relationship("outputs", BiPlace.class).secondary(PLACE_INPUT)
                        .backref(backref("outputs").orderBy(TRANSITION.c("transition_id")))
                        .orderBy(PLACE.c("place_id")));
        BIDIRECTIONAL.configure();

        STALE.map(StalePlace.class, PLACE,
                relationship("transitions", StaleTransition.class).secondary(PLACE_INPUT).passiveUpdates(false));
        STALE.map(StaleTransition.class, TRANSITION);
        STALE.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @Mapped
    static class OverlapPlace {
        Integer placeId;
        String name;
        List<OverlapTransition> transitions = new ArrayList<>();
    }

    @Mapped
    static class OverlapTransition {
        Integer transitionId;
        String name;
        List<OverlapPlace> places = new ArrayList<>();
    }

    /** test_overlapping_attribute_error: a backref named like a relationship the target declares. */
    @Test
    void overlappingAttributeError() {
        Registry registry = new Registry(METADATA);
        try {
            registry.map(OverlapPlace.class, PLACE,
                    relationship("transitions", OverlapTransition.class).secondary(PLACE_INPUT).backref("places"));
            registry.map(OverlapTransition.class, TRANSITION,
                    relationship("places", OverlapPlace.class).secondary(PLACE_INPUT).backref("transitions"));
            assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                    .hasMessageContaining("clashes").hasMessageContaining("already mapped");
        } finally {
            registry.dispose();
        }
    }

    private static List<String> names(List<?> places) {
        return places.stream().map(p -> p instanceof Place place ? place.name : ((MutablePlace) p).name).toList();
    }

    /** test_self_referential_roundtrip */
    @ParameterizedTest
    @EnumSource(Database.class)
    void selfReferentialRoundtrip(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Place p1 = new Place("place1");
            Place p2 = new Place("place2");
            Place p3 = new Place("place3");
            Place p4 = new Place("place4");
            Place p5 = new Place("place5");
            Place p6 = new Place("place6");
            Place p7 = new Place("place7");
            session.addAll(List.of(p1, p2, p3, p4, p5, p6, p7));
            p1.places.add(p2);
            p1.places.add(p3);
            p5.places.add(p6);
            p6.places.add(p1);
            p7.places.add(p1);
            p1.places.add(p5);
            p4.places.add(p3);
            p3.places.add(p4);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT place", "INSERT place_place");
            if (database == Database.POSTGRESQL) {
                // one multi-row INSERT ... RETURNING
                assertThat(log.statements().get(0).parameters()).hasSize(7);
            } else {
                assertThat(log.statements().get(0).parameterSets()).hasSize(7);
            }
            assertThat(log.statements().get(1).parameterSets()).hasSize(8);

            // expired by the commit: each collection loads again, ordered by pl2_id
            assertThat(p1.places).containsExactly(p2, p3, p5);
            assertThat(p5.places).containsExactly(p6);
            assertThat(p7.places).containsExactly(p1);
            assertThat(p6.places).containsExactly(p1);
            assertThat(p4.places).containsExactly(p3);
            assertThat(p3.places).containsExactly(p4);
            assertThat(p2.places).isEmpty();
        }
    }

    /** test_self_referential_bidirectional_mutation */
    @ParameterizedTest
    @EnumSource(Database.class)
    void selfReferentialBidirectionalMutation(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            MutablePlace p1 = new MutablePlace("place1");
            MutablePlace p2 = new MutablePlace("place2");
            p2.parentPlaces = new ArrayList<>(List.of(p1));
            session.addAll(List.of(p1, p2));
            p1.parentPlaces.add(p2);
            session.commit();

            assertThat(p2.parentPlaces).contains(p1);
            assertThat(p1.parentPlaces).contains(p2);
            assertThat(strings(rows(session, select(PLACE_PLACE.c("pl1_id"), PLACE_PLACE.c("pl2_id"))
                    .orderBy(PLACE_PLACE.c("pl1_id"))))).containsExactly(p1.placeId + "/" + p2.placeId,
                    p2.placeId + "/" + p1.placeId);
        }
    }

    /** test_joinedload_on_double: two joined-eager many-to-manys to one table, through two association tables. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void joinedloadOnDouble(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            DoubleTransition tran = new DoubleTransition("transition1");
            tran.inputs.add(new ThingyPlace("place1"));
            tran.outputs.add(new ThingyPlace("place2"));
            tran.outputs.add(new ThingyPlace("place3"));
            session.add(tran);
            session.commit();

            log.clear();
            List<DoubleTransition> result = session.query(DoubleTransition.class).all();
            assertThat(log.verbs()).as("one SELECT loads the transitions, both collections and the thingies")
                    .containsExactly("SELECT transition");
            assertThat(result).hasSize(1);
            DoubleTransition loaded = result.get(0);
            assertThat(loaded.name).isEqualTo("transition1");
            assertThat(loaded.inputs).extracting(p -> p.name).containsExactlyInAnyOrder("place1");
            assertThat(loaded.outputs).extracting(p -> p.name).containsExactlyInAnyOrder("place2", "place3");
            assertThat(loaded.outputs.get(0).thingies).isEmpty();
            assertThat(log.count()).isEqualTo(1);
        }
    }

    /** test_bidirectional: two many-to-manys between the same classes, each with an ordered backref. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void bidirectional(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            BiTransition t1 = new BiTransition("transition1");
            BiTransition t2 = new BiTransition("transition2");
            BiTransition t3 = new BiTransition("transition3");
            BiPlace p1 = new BiPlace("place1");
            BiPlace p2 = new BiPlace("place2");
            BiPlace p3 = new BiPlace("place3");
            session.addAll(List.of(p3, p1, t1, t2, p2, t3));

            t1.inputs.add(p1);
            t1.inputs.add(p2);
            t1.outputs.add(p3);
            t2.inputs.add(p1);
            p2.inputs.add(t2);
            p3.inputs.add(t2);
            p1.outputs.add(t1);
            session.commit();

            assertThat(t1.outputs).extracting(p -> p.name).containsExactly("place3", "place1");
            assertThat(p2.inputs).extracting(t -> t.name).containsExactly("transition1", "transition2");
        }
    }

    /**
     * test_stale_conditions: with passiveUpdates(false), a primary key change UPDATEs the
     * association rows, and a removal DELETEs one; each expects to match its row.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void staleConditions(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            StalePlace p1 = new StalePlace("place1");
            StaleTransition t1 = new StaleTransition("t1");
            p1.transitions.add(t1);
            session.addAll(List.of(p1, t1));
            session.commit();

            assertThat(p1.placeId).isNotNull();
            assertThat(p1.transitions).containsExactly(t1);

            session.connection().execute(delete(PLACE_INPUT));
            p1.placeId = 7;
            log.clear();
            assertThatThrownBy(session::commit).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("UPDATE").hasMessageContaining("place_input");
            assertThat(log.verbs()).containsExactly("UPDATE place", "UPDATE place_input");
            session.rollback();

            assertThat(p1.placeId).isNotNull();
            assertThat(p1.transitions).containsExactly(t1);
            session.connection().execute(delete(PLACE_INPUT));
            p1.transitions.remove(t1);
            log.clear();
            assertThatThrownBy(session::commit).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("DELETE").hasMessageContaining("place_input");
            assertThat(log.verbs()).containsExactly("DELETE place_input");
        }
    }
}
