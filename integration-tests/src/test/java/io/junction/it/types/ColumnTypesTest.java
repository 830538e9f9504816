package io.junction.it.types;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.engine.Row;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.BINARY;
import static io.junction.sql.schema.Schema.DOUBLE;
import static io.junction.sql.schema.Schema.INSTANT;
import static io.junction.sql.schema.Schema.INT_ARRAY;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.JSONB;
import static io.junction.sql.schema.Schema.REAL;
import static io.junction.sql.schema.Schema.SMALLINT;
import static io.junction.sql.schema.Schema.TEXT;
import static io.junction.sql.schema.Schema.TIME;
import static io.junction.sql.schema.Schema.TIMESTAMP_TZ;
import static io.junction.sql.schema.Schema.array;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.converted;
import static io.junction.sql.schema.Schema.enumByName;
import static io.junction.sql.schema.Schema.enumByOrdinal;
import static io.junction.sql.schema.Schema.nativeEnum;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enums (by name, by ordinal, native), SMALLINT, REAL, DOUBLE PRECISION and primitives, Instant,
 * OffsetDateTime, LocalTime, bytes, JSONB held as a String and through a converter, and arrays:
 * their DDL, the values bound (as the column stores them), the rows stored, and the objects loaded,
 * in both mapping styles on H2 and PostgreSQL.
 */
class ColumnTypesTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table sample = metadata.table("sample", column("id", INTEGER).primaryKey(),
                column("status", enumByName(Status.class)),
                column("priority", enumByOrdinal(Priority.class)),
                column("mood", nativeEnum("mood", Mood.class)),
                column("small", SMALLINT), column("tiny", SMALLINT), column("ratio", REAL), column("score", DOUBLE),
                column("created_at", INSTANT), column("seen_at", TIMESTAMP_TZ), column("opens_at", TIME),
                column("payload", BINARY), column("document", JSONB), column("location", converted(new PointConverter())),
                column("tags", array(TEXT)), column("scores", array(INTEGER)), column("counts", INT_ARRAY));
        Registry registry = new Registry(metadata);
        registry.map(Sample.class, sample);
        return registry;
    });

    static final Instant CREATED = Instant.parse("2024-03-01T10:15:30.123456Z");
    static final OffsetDateTime SEEN = OffsetDateTime.parse("2024-03-01T12:00:00+02:00");

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void bothStylesDeclareTheSameTableWithEachDatabasesTypeNames(Database database) {
        MAPPING.activate(Style.CLASSICAL);
        Engine engine = fresh(Style.CLASSICAL, database);
        List<String> classical = engine.dialect().ddlCompiler().createStatements(metadata());
        MAPPING.activate(Style.DECLARATIVE);
        assertThat(engine.dialect().ddlCompiler().createStatements(metadata())).isEqualTo(classical);
        String columns = database == Database.H2
                ? "status VARCHAR(9), priority INTEGER, mood ENUM('HAPPY', 'SAD'), small SMALLINT, tiny SMALLINT, "
                + "ratio REAL, score DOUBLE PRECISION, created_at TIMESTAMP WITH TIME ZONE, "
                + "seen_at TIMESTAMP WITH TIME ZONE, opens_at TIME, payload BINARY VARYING, document JSON, location JSON, "
                + "tags CHARACTER VARYING ARRAY, scores INTEGER ARRAY, counts INTEGER ARRAY"
                : "status VARCHAR(9), priority INTEGER, mood mood, small SMALLINT, tiny SMALLINT, "
                + "ratio REAL, score DOUBLE PRECISION, created_at TIMESTAMP WITH TIME ZONE, "
                + "seen_at TIMESTAMP WITH TIME ZONE, opens_at TIME, payload BYTEA, document JSONB, location JSONB, "
                + "tags TEXT[], scores INTEGER[], counts INTEGER[]";
        List<String> expected = new ArrayList<>();
        if (database == Database.POSTGRESQL) {
            expected.add("CREATE TYPE mood AS ENUM ('HAPPY', 'SAD')");
        }
        expected.add("CREATE TABLE sample ( id INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL, " + columns + ", PRIMARY KEY (id) )");
        assertThat(classical.stream().map(SqlLog::normalize).toList()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyTypeIsBoundAsItsColumnStoresItAndLoadsBack(Style style, Database database) throws SQLException {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            Sample sample = filled();
            session.add(sample);
            log.clear();
            session.commit();
            id = sample.id;
            ExecutedStatement insert = log.statements().get(0);
            assertThat(SqlLog.normalize(insert.sql())).isEqualTo("INSERT INTO sample (status, priority, mood, small, tiny, "
                    + "ratio, score, created_at, seen_at, opens_at, payload, document, location, tags, scores, counts) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + (database == Database.POSTGRESQL ? " RETURNING id" : ""));
            assertThat(insert.parameters()).containsExactly("SUSPENDED", 2, "SAD", (short) 300, (short) 7, 1.5f, 2.25d,
                    CREATED.atOffset(ZoneOffset.UTC), SEEN, LocalTime.of(9, 30), new byte[] {0, 1, -1},
                    "{\"a\": [1, 2]}", "{\"x\":1,\"y\":-2}", List.of("red", "green"), List.of(3, 1, 2), List.of(8, 9));
        }
        assertThat(stored(engine, id)).containsExactly("SUSPENDED", "2", "SAD", "{\"a\":[1,2]}", "{\"x\":1,\"y\":-2}");

        try (Session session = new Session(engine)) {
            log.clear();
            Sample loaded = session.get(Sample.class, id);
            assertThat(log.count()).isEqualTo(1);
            assertThat(loaded.status).isSameAs(Status.SUSPENDED);
            assertThat(loaded.priority).isSameAs(Priority.HIGH);
            assertThat(loaded.mood).isSameAs(Mood.SAD);
            assertThat(loaded.small).isEqualTo((short) 300);
            assertThat(loaded.tiny).isEqualTo((byte) 7);
            assertThat(loaded.ratio).isEqualTo(1.5f);
            assertThat(loaded.score).isEqualTo(2.25d);
            assertThat(loaded.createdAt).isEqualTo(CREATED);
            assertThat(loaded.seenAt).isAtSameInstantAs(SEEN);
            assertThat(loaded.opensAt).isEqualTo(LocalTime.of(9, 30));
            assertThat(loaded.payload).containsExactly(0, 1, -1);
            assertThat(loaded.document.replace(" ", "")).isEqualTo("{\"a\":[1,2]}");
            assertThat(loaded.location).isEqualTo(new Point(1, -2));
            assertThat(loaded.tags).containsExactly("red", "green");
            assertThat(loaded.scores).containsExactly(3, 1, 2);
            assertThat(loaded.counts).containsExactly(8, 9);
            assertThat(session.dirtyObjects()).isEmpty();

            loaded.status = Status.DONE;
            loaded.location = new Point(5, 6);
            loaded.tags = List.of("blue");
            log.clear();
            session.commit();
            assertThat(log.sql()).containsExactly("UPDATE sample SET status=?, location=?, tags=? WHERE sample.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("DONE", "{\"x\":5,\"y\":6}", List.of("blue"), id);
        }
        assertThat(stored(engine, id)).containsExactly("DONE", "2", "SAD", "{\"a\":[1,2]}", "{\"x\":5,\"y\":6}");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void criteriaBindJavaValuesAsTheColumnStoresThem(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Sample first = filled();
            Sample second = filled();
            second.status = Status.ACTIVE;
            second.priority = Priority.LOW;
            second.location = new Point(0, 0);
            session.add(first);
            session.add(second);
            session.commit();
            Table sample = table("sample");
            log.clear();
            List<Sample> found = session.query(Sample.class)
                    .filter(sample.c("status").eq(Status.ACTIVE).and(sample.c("priority").eq(Priority.LOW))).all();
            assertThat(found).containsExactly(second);
            assertThat(log.statements().get(0).parameters()).containsExactly("ACTIVE", 0);

            List<Row> rows = rows(engine, select(sample.c("status"), sample.c("mood"), sample.c("created_at"), sample.c("location"))
                    .orderBy(sample.c("id")));
            assertThat(rows).extracting(r -> r.get(0)).containsExactly(Status.SUSPENDED, Status.ACTIVE);
            assertThat(rows).extracting(r -> r.get(1)).containsExactly(Mood.SAD, Mood.SAD);
            assertThat(rows).extracting(r -> r.get(2)).containsExactly(CREATED, CREATED);
            assertThat(rows).extracting(r -> r.get(3)).containsExactly(new Point(1, -2), new Point(0, 0));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void nullsStayNullAndPrimitivesKeepTheirZero(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            Sample empty = new Sample();
            session.add(empty);
            log.clear();
            session.commit();
            id = empty.id;
            assertThat(SqlLog.normalize(log.statements().get(0).sql())).startsWith("INSERT INTO sample (tiny, score) VALUES (?, ?)");
            assertThat(log.statements().get(0).parameters()).containsExactly((short) 0, 0.0d);
        }
        try (Session session = new Session(engine)) {
            Sample loaded = session.get(Sample.class, id);
            assertThat(loaded.status).isNull();
            assertThat(loaded.priority).isNull();
            assertThat(loaded.mood).isNull();
            assertThat(loaded.createdAt).isNull();
            assertThat(loaded.payload).isNull();
            assertThat(loaded.location).isNull();
            assertThat(loaded.tags).isNull();
            assertThat(loaded.counts).isNull();
            assertThat(loaded.tiny).isZero();
            assertThat(loaded.score).isZero();
        }
    }

    @Test
    void aJsonStringIsStoredAsAJsonObjectNotAsAJsonString() throws SQLException {
        for (Database database : Database.values()) {
            Engine engine = fresh(Style.CLASSICAL, database);
            try (Session session = new Session(engine)) {
                Sample sample = new Sample();
                sample.document = "{\"k\": \"v\"}";
                session.add(sample);
                session.commit();
            }
            String query = database == Database.H2 ? "SELECT document IS JSON OBJECT, CAST(document AS VARCHAR) FROM sample"
                    : "SELECT jsonb_typeof(document) = 'object', document->>'k' FROM sample";
            try (Connection connection = engine.connect(); Statement statement = connection.jdbc().createStatement();
                 ResultSet result = statement.executeQuery(query)) {
                assertThat(result.next()).isTrue();
                assertThat(result.getBoolean(1)).as(database.name()).isTrue();
                assertThat(result.getString(2).replace(" ", "")).as(database.name())
                        .isEqualTo(database == Database.H2 ? "{\"k\":\"v\"}" : "v");
            }
        }
    }

    private static Sample filled() {
        Sample sample = new Sample();
        sample.status = Status.SUSPENDED;
        sample.priority = Priority.HIGH;
        sample.mood = Mood.SAD;
        sample.small = 300;
        sample.tiny = 7;
        sample.ratio = 1.5f;
        sample.score = 2.25d;
        sample.createdAt = CREATED;
        sample.seenAt = SEEN;
        sample.opensAt = LocalTime.of(9, 30);
        sample.payload = new byte[] {0, 1, -1};
        sample.document = "{\"a\": [1, 2]}";
        sample.location = new Point(1, -2);
        sample.tags = List.of("red", "green");
        sample.scores = List.of(3, 1, 2);
        sample.counts = new int[] {8, 9};
        return sample;
    }

    /** The row's enum and JSON columns as the database holds them, read as text without Junction (JSON without spaces). */
    private static List<String> stored(Engine engine, Integer id) throws SQLException {
        try (Connection connection = engine.connect(); Statement statement = connection.jdbc().createStatement();
             ResultSet result = statement.executeQuery("SELECT status, CAST(priority AS VARCHAR(5)), CAST(mood AS VARCHAR(5)), "
                     + "document, location FROM sample WHERE id = " + id)) {
            assertThat(result.next()).isTrue();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                values.add(i >= 4 ? result.getString(i).replace(" ", "") : result.getString(i));
            }
            return values;
        }
    }
}
