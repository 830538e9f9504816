package io.junction.it.identity;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.Query;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session holds unchanged persistent objects weakly, as SQLAlchemy's identity map does: once
 * the application drops them and the garbage collector runs, they leave the identity map; pending,
 * changed and deleted objects stay until a flush has written them; a stream keeps nothing it has
 * handed on. The tests force collection with {@code System.gc()} in a loop bounded by a deadline,
 * and assert counts only.
 */
class WeakIdentityMapTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table SENSORS = METADATA.table("sensors",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)));
    private static final Table READINGS = METADATA.table("readings",
            column("id", INTEGER).primaryKey(),
            column("sensor_id", INTEGER).foreignKey("sensors.id"),
            column("label", string(50)));
    private static final Registry REGISTRY = new Registry(METADATA);
    private static final int SENSOR_COUNT = 10;

    static {
        REGISTRY.map(Sensor.class, SENSORS,
                relationship("readings", Reading.class).backref("sensor").orderBy(READINGS.c("id")));
        REGISTRY.map(Reading.class, READINGS);
        REGISTRY.configure();
    }

    /** A new database with {@link #SENSOR_COUNT} sensors and readings 1..{@code readings}, reading i of sensor 1 + i % 10. */
    private static Engine seeded(Database database, int readings) {
        Engine engine = database.quietEngine();
        METADATA.createAll(engine);
        try (Connection connection = engine.connect()) {
            List<Map<String, Object>> sensors = new ArrayList<>();
            for (int i = 1; i <= SENSOR_COUNT; i++) {
                sensors.add(row("id", i, "name", "s" + i));
            }
            connection.executeMany(insert(SENSORS), sensors);
            List<Map<String, Object>> rows = new ArrayList<>(readings);
            for (int i = 1; i <= readings; i++) {
                rows.add(row("id", i, "sensor_id", 1 + i % SENSOR_COUNT, "label", "r" + i));
            }
            connection.executeMany(insert(READINGS), rows);
            connection.commit();
        }
        return engine;
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** Runs the garbage collector until {@code done}, for at most a few seconds; the caller asserts what it needs. */
    private static void collectUntil(BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int identityMapSize(Session session) {
        return session.identityMapObjects().size();
    }

    private static String labelInDatabase(Engine engine, int id) {
        try (Session session = new Session(engine)) {
            Reading reading = session.get(Reading.class, id);
            return reading == null ? null : reading.label;
        }
    }

    private static long rowsInDatabase(Engine engine) {
        try (Session session = new Session(engine)) {
            return session.query(Reading.class).count();
        }
    }

    // ---- retention -----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Database.class)
    void droppedObjectsLeaveTheIdentityMapWhileAChangedOneStaysUntilCommitted(Database database) {
        int count = 20_000;
        Engine engine = seeded(database, count);
        try (Session session = new Session(engine)) {
            WeakReference<Reading> probe = loadAllAndChangeOne(session, count);
            collectUntil(() -> probe.get() == null && identityMapSize(session) <= 1);
            int afterCollection = identityMapSize(session);
            System.out.printf("[%s] identity map: %d objects loaded, %d after they were dropped and collected%n",
                    database, count, afterCollection);

            assertThat(probe.get()).as("an unchanged object nobody references is collected").isNull();
            assertThat(afterCollection).as("only the changed object stays").isEqualTo(1);
            assertThat(session.dirtyObjects()).singleElement()
                    .satisfies(changed -> assertThat(((Reading) changed).label).isEqualTo("changed"));

            SqlLog log = new SqlLog(engine);
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE readings");
            assertThat(log.statements().get(0).parameters()).containsExactly("changed", 123);

            collectUntil(() -> identityMapSize(session) == 0);
            int afterCommit = identityMapSize(session);
            System.out.printf("[%s] identity map after commit and collection: %d%n", database, afterCommit);
            assertThat(afterCommit).as("once written, the changed object is held weakly again").isZero();
        }
        assertThat(labelInDatabase(engine, 123)).isEqualTo("changed");
        assertThat(labelInDatabase(engine, 124)).isEqualTo("r124");
    }

    /** Loads every reading, changes reading 123, and drops them all; a probe on reading 1 tells when the collector ran. */
    private static WeakReference<Reading> loadAllAndChangeOne(Session session, int count) {
        List<Reading> all = session.query(Reading.class).orderBy(READINGS.c("id")).all();
        assertThat(all).hasSize(count);
        assertThat(identityMapSize(session)).isEqualTo(count);
        all.get(122).label = "changed";
        assertThat(all.get(122).id).isEqualTo(123);
        return new WeakReference<>(all.get(0));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void pendingAndDeletedObjectsOnlyTheSessionHoldsAreWrittenInTheOrderTheyWereAdded(Database database) {
        Engine engine = seeded(database, 100);
        try (Session session = new Session(engine)) {
            WeakReference<Reading> probe = addAndDelete(session);
            collectUntil(() -> probe.get() == null);
            assertThat(probe.get()).isNull();
            assertThat(session.newObjects()).hasSize(1000);
            assertThat(session.deletedObjects()).hasSize(1);

            SqlLog log = new SqlLog(engine);
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT readings", "DELETE readings");
            ExecutedStatement inserts = log.statements().get(0);
            List<Object> ids = inserts.parameterSets().stream().map(parameters -> parameters.get(0)).toList();
            List<Object> added = new ArrayList<>();
            for (int id = 2000; id > 1000; id--) {
                added.add(id);
            }
            assertThat(ids).as("pending objects are inserted in the order they were added").isEqualTo(added);
            assertThat(log.statements().get(1).parameters()).containsExactly(5);
        }
        assertThat(rowsInDatabase(engine)).isEqualTo(100 + 1000 - 1);
        assertThat(labelInDatabase(engine, 5)).isNull();
        assertThat(labelInDatabase(engine, 1500)).isEqualTo("new1500");
    }

    /** Adds readings 2000 down to 1001, deletes reading 5, and keeps none of them; returns a probe on an unchanged reading. */
    private static WeakReference<Reading> addAndDelete(Session session) {
        WeakReference<Reading> probe = new WeakReference<>(session.get(Reading.class, 6));
        session.delete(session.get(Reading.class, 5));
        for (int id = 2000; id > 1000; id--) {
            session.add(new Reading(id, "new" + id));
        }
        return probe;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void getOfACollectedObjectLoadsItAgainWithOneSelect(Database database) {
        Engine engine = seeded(database, 100);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Reading held = session.get(Reading.class, 42);
            log.clear();
            assertThat(session.get(Reading.class, 42)).isSameAs(held);
            assertThat(log.count()).as("held by the caller, so found in the identity map").isZero();

            WeakReference<Reading> probe = new WeakReference<>(held);
            held = null;
            collectUntil(() -> probe.get() == null);
            assertThat(probe.get()).isNull();
            assertThat(identityMapSize(session)).isZero();

            Reading again = session.get(Reading.class, 42);
            assertThat(again.label).isEqualTo("r42");
            assertThat(log.verbs()).containsExactly("SELECT readings");
            assertThat(session.get(Reading.class, 42)).isSameAs(again);
            assertThat(log.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void lazyLoadsAndBackrefsWorkAfterOtherObjectsWereCollected(Database database) {
        Engine engine = seeded(database, 1000);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            WeakReference<Reading> probe = loadAllReadings(session);
            Sensor sensor = session.get(Sensor.class, 1);
            collectUntil(() -> probe.get() == null && identityMapSize(session) == 1);
            assertThat(probe.get()).isNull();
            assertThat(identityMapSize(session)).as("only the sensor held here").isEqualTo(1);

            log.clear();
            List<Reading> readings = sensor.readings;
            assertThat(readings).hasSize(1000 / SENSOR_COUNT);
            assertThat(readings).allSatisfy(reading -> assertThat(reading.sensor).isSameAs(sensor));
            assertThat(log.verbs()).as("the collection reloads its readings; their sensor comes from the identity map")
                    .containsExactly("SELECT readings");

            Reading moved = readings.get(0);
            Sensor other = session.get(Sensor.class, 2);
            moved.sensor = other;
            assertThat(sensor.readings).doesNotContain(moved);
            assertThat(other.readings).contains(moved);
            int movedId = moved.id;
            readings = null;
            moved = null;
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            session.commit();
            try (Session check = new Session(engine)) {
                assertThat(check.get(Reading.class, movedId).sensorId).isEqualTo(2);
            }
        }
    }

    /** Loads every reading without its sensor and keeps none; returns a probe on one of them. */
    private static WeakReference<Reading> loadAllReadings(Session session) {
        List<Reading> all = session.query(Reading.class).all();
        return new WeakReference<>(all.get(0));
    }

    // ---- streaming -----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStreamKeepsNoObjectItHasHandedOn(Database database) {
        int count = 50_000;
        int yieldPer = 1000;
        Engine engine = seeded(database, count);
        try (Session session = new Session(engine)) {
            int[] streamed = streamAll(session, yieldPer);
            System.out.printf("[%s] streamed %d readings with yieldPer(%d); largest identity map at a checkpoint: %d%n",
                    database, streamed[0], yieldPer, streamed[1]);
            assertThat(streamed[0]).isEqualTo(count);
            assertThat(streamed[1]).as("at most the batch being handed on and the sensors")
                    .isLessThanOrEqualTo(yieldPer + SENSOR_COUNT);

            collectUntil(() -> identityMapSize(session) == 0);
            assertThat(identityMapSize(session)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStreamMakesObjectsUniqueWithinABatchOnly(Database database) {
        Engine engine = seeded(database, 20);
        try (Session session = new Session(engine)) {
            Query<Sensor> byReading = session.query(Sensor.class).join("readings").orderBy(READINGS.c("id"));
            assertThat(byReading.all()).extracting(sensor -> sensor.id).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 1);
            List<Integer> streamed;
            try (Stream<Sensor> stream = byReading.yieldPer(5).stream()) {
                streamed = stream.map(sensor -> sensor.id).toList();
            }
            assertThat(streamed).as("rows 1-5, 6-10, 11-15 and 16-20 each give five sensors")
                    .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1);
        }
    }

    /**
     * Streams every reading with its sensor (SELECTIN), keeping none; every 10,000 readings runs the
     * collector and notes the identity map's size. Returns the number streamed and the largest size noted.
     */
    private static int[] streamAll(Session session, int yieldPer) {
        int streamed = 0;
        int largest = 0;
        try (Stream<Reading> stream = session.query(Reading.class).orderBy(READINGS.c("id"))
                .options(selectinLoad("sensor")).yieldPer(yieldPer).stream()) {
            Iterator<Reading> readings = stream.iterator();
            while (readings.hasNext()) {
                Reading reading = readings.next();
                streamed++;
                if (reading.id != streamed || reading.sensor == null || reading.sensor.id != 1 + streamed % SENSOR_COUNT) {
                    throw new AssertionError("reading " + streamed + " came as " + reading.id);
                }
                if (streamed % 10_000 == 0) {
                    reading = null;
                    collectUntil(() -> identityMapSize(session) <= yieldPer + SENSOR_COUNT);
                    largest = Math.max(largest, identityMapSize(session));
                }
            }
        }
        return new int[] {streamed, largest};
    }
}
