package io.junction.engine;

import io.junction.sql.schema.Converter;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Schema;
import io.junction.sql.schema.SqlType;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.BINARY;
import static io.junction.sql.schema.Schema.BIGINT;
import static io.junction.sql.schema.Schema.DOUBLE;
import static io.junction.sql.schema.Schema.INSTANT;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.JSON;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The column types beyond the basic ones through Core statements on H2 and PostgreSQL: values
 * bound as the column stores them and read back as the Java type, NULLs, a converter called once
 * per value and never per statement, and a stored value no enum constant has refused by name.
 */
class ConvertedTypesTest {
    enum Color { RED, GREEN }

    /** Cents in a BIGINT as a {@code Money}, counting its calls. */
    record Money(long cents) {
    }

    static final class MoneyConverter implements Converter<Money, Long> {
        final List<String> calls = new ArrayList<>();

        @Override
        public Class<Money> javaType() {
            return Money.class;
        }

        @Override
        public SqlType columnType() {
            return BIGINT;
        }

        @Override
        public Long toColumn(Money value) {
            calls.add("to " + value.cents());
            return value.cents();
        }

        @Override
        public Money fromColumn(Long value) {
            calls.add("from " + value);
            return new Money(value);
        }
    }

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MoneyConverter money = new MoneyConverter();
    private final MetaData metadata = new MetaData();
    private final Table typed = metadata.table("converted",
            column("id", INTEGER).primaryKey().autoincrement(false),
            column("by_name", enumByName(Color.class)),
            column("by_ordinal", enumByOrdinal(Color.class)),
            column("native", nativeEnum("color", Color.class)),
            column("small", SMALLINT), column("real", REAL), column("dbl", DOUBLE),
            column("at", INSTANT), column("offset_at", TIMESTAMP_TZ), column("clock", TIME),
            column("bytes", BINARY), column("doc", JSON), column("words", array(TEXT)), column("numbers", array(INTEGER)),
            column("price", converted(money)), column("ints", Schema.INT_ARRAY));

    private Engine engine(String url) {
        Engine engine = Engine.builder(url).build();
        metadata.dropAll(engine);
        metadata.createAll(engine);
        return engine;
    }

    private static Map<String, Object> row(int id) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("by_name", Color.GREEN);
        row.put("by_ordinal", Color.GREEN);
        row.put("native", Color.RED);
        row.put("small", (short) -5);
        row.put("real", 0.5f);
        row.put("dbl", 1e300);
        row.put("at", Instant.parse("2020-01-01T00:00:00.5Z"));
        row.put("offset_at", OffsetDateTime.parse("2020-01-01T05:00:00+05:00"));
        row.put("clock", LocalTime.of(23, 59, 58));
        row.put("bytes", new byte[] {9, 8});
        row.put("doc", "[1, 2]");
        row.put("words", List.of("a", "b"));
        row.put("numbers", List.of(1, 2));
        row.put("price", new Money(1999 + id));
        row.put("ints", new int[] {4, -4});
        return row;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void valuesAreBoundAsStoredAndReadAsTheirJavaType(String url) {
        Engine engine = engine(url);
        List<ExecutedStatement> seen = new ArrayList<>();
        engine.addListener(new ExecutionListener() {
            @Override
            public void onStatement(ExecutedStatement statement) {
                seen.add(statement);
            }
        });
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(typed), List.of(row(1), row(2), row(3)));
            assertThat(seen.get(0).rows().get(0)).contains("GREEN", 1, "RED", 2000L).doesNotContain(Color.GREEN);
            assertThat(money.calls).containsExactly("to 2000", "to 2001", "to 2002");
            money.calls.clear();
            List<Row> rows = connection.execute(select(typed).orderBy(typed.c("id"))).all();
            assertThat(money.calls).containsExactly("from 2000", "from 2001", "from 2002");
            Row read = rows.get(0);
            assertThat(read.get(typed.c("by_name"))).isSameAs(Color.GREEN);
            assertThat(read.get(typed.c("by_ordinal"))).isSameAs(Color.GREEN);
            assertThat(read.get(typed.c("native"))).isSameAs(Color.RED);
            assertThat(read.get(typed.c("small"))).isEqualTo((short) -5);
            assertThat(read.get(typed.c("real"))).isEqualTo(0.5f);
            assertThat(read.get(typed.c("dbl"))).isEqualTo(1e300);
            assertThat(read.get(typed.c("at"))).isEqualTo(Instant.parse("2020-01-01T00:00:00.5Z"));
            assertThat((OffsetDateTime) read.get(typed.c("offset_at"))).isAtSameInstantAs(OffsetDateTime.parse("2020-01-01T00:00:00Z"));
            assertThat(read.get(typed.c("clock"))).isEqualTo(LocalTime.of(23, 59, 58));
            assertThat((byte[]) read.get(typed.c("bytes"))).containsExactly(9, 8);
            assertThat(((String) read.get(typed.c("doc"))).replace(" ", "")).isEqualTo("[1,2]");
            assertThat(read.get(typed.c("words"))).isEqualTo(List.of("a", "b"));
            assertThat(read.get(typed.c("numbers"))).isEqualTo(List.of(1, 2));
            assertThat(read.get(typed.c("price"))).isEqualTo(new Money(2000));
            assertThat((int[]) read.get(typed.c("ints"))).containsExactly(4, -4);
            assertThat(connection.execute(select(typed.c("id")).where(typed.c("by_ordinal").eq(Color.GREEN))
                    .where(typed.c("native").eq(Color.RED)).where(typed.c("price").eq(new Money(2001)))).scalar()).isEqualTo(2);
            assertThat(connection.execute(select(typed.c("id")).where(typed.c("by_name").eq("GREEN"))
                    .where(typed.c("id").eq(3))).scalar()).as("a value of the column's own type passes as it is").isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void nullsAreBoundAndReadWithoutTheConverter(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Map<String, Object> nulls = new HashMap<>();
            nulls.put("id", 1);
            typed.columns().stream().skip(1).forEach(c -> nulls.put(c.name(), null));
            connection.execute(insert(typed).values(nulls));
            Row read = connection.execute(select(typed)).one();
            assertThat(read.values().subList(1, read.size())).containsOnlyNulls();
            assertThat(money.calls).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aStoredNameNoConstantHasIsRefusedNamingTheEnum(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", 1);
            row.put("by_name", "BLUE");
            row.put("by_ordinal", 7);
            connection.execute(insert(typed).values(row));
            assertThatThrownBy(() -> connection.execute(select(typed.c("by_name"))).all())
                    .hasMessageContaining("the column holds 'BLUE', which is not a constant of enum "
                            + Color.class.getName() + " [RED, GREEN]");
            assertThatThrownBy(() -> connection.execute(select(typed.c("by_ordinal"))).all())
                    .hasMessageContaining("the column holds ordinal 7, which no constant of enum " + Color.class.getName()
                            + " has (it has 2)");
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void theDdlNamesEachDatabasesTypes(String url) {
        Engine engine = engine(url);
        String ddl = String.join("\n", engine.dialect().ddlCompiler().createStatements(metadata)).replaceAll("\\s+", " ");
        if (url.startsWith("jdbc:h2")) {
            assertThat(ddl).contains("by_name VARCHAR(5), by_ordinal INTEGER, native ENUM('RED', 'GREEN'), small SMALLINT, "
                    + "real REAL, dbl DOUBLE PRECISION, at TIMESTAMP WITH TIME ZONE, offset_at TIMESTAMP WITH TIME ZONE, "
                    + "clock TIME, bytes BINARY VARYING, doc JSON, words CHARACTER VARYING ARRAY, numbers INTEGER ARRAY, "
                    + "price BIGINT, ints INTEGER ARRAY");
        } else {
            assertThat(ddl).startsWith("CREATE TYPE color AS ENUM ('RED', 'GREEN') CREATE TABLE converted")
                    .contains("native color, small SMALLINT, real REAL, dbl DOUBLE PRECISION, at TIMESTAMP WITH TIME ZONE, "
                            + "offset_at TIMESTAMP WITH TIME ZONE, clock TIME, bytes BYTEA, doc JSON, words TEXT[], "
                            + "numbers INTEGER[], price BIGINT, ints INTEGER[]");
            assertThat(engine.dialect().ddlCompiler().dropStatements(metadata))
                    .containsExactly("DROP TABLE IF EXISTS converted", "DROP TYPE IF EXISTS color");
        }
        assertThat(Schema.enumByName(Color.class)).hasToString("VARCHAR(5) as Color by name")
                .isEqualTo(Schema.enumByName(Color.class)).isNotEqualTo(Schema.enumByOrdinal(Color.class));
        assertThat(converted(money)).hasToString("BIGINT through MoneyConverter");
        assertThat(INSTANT).hasToString("TIMESTAMP_TZ as Instant");
        assertThat(Schema.INT_ARRAY).hasToString("INTEGER[] as int[]");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void createAllChecksFirstForANativeEnumTypeLeftBehindByItsTable(String url) throws java.sql.SQLException {
        Engine engine = engine(url);
        try (Connection connection = engine.connect(); java.sql.Statement drop = connection.jdbc().createStatement()) {
            drop.execute("DROP TABLE converted");
            if (!connection.jdbc().getAutoCommit()) {
                connection.jdbc().commit();
            }
        }

        metadata.createAll(engine);

        try (Connection connection = engine.connect()) {
            connection.execute(insert(typed).values(row(1)));
            assertThat(connection.execute(select(typed.c("native"))).all()).extracting(r -> r.get(0))
                    .containsExactly(Color.RED);
        }
        engine.close();
    }
}
