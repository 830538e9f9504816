package io.junction.engine;

import io.junction.sql.schema.Column;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.BIGINT;
import static io.junction.sql.schema.Schema.BOOLEAN;
import static io.junction.sql.schema.Schema.DATE;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.TEXT;
import static io.junction.sql.schema.Schema.TIMESTAMP;
import static io.junction.sql.schema.Schema.UUID;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.numeric;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** Every SQL type of the schema, and NULL of each, written and read back as the same Java values on H2 and PostgreSQL. */
class TypesTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MetaData metadata = new MetaData();
    private final Table typed = metadata.table("typed",
            column("id", INTEGER).primaryKey().autoincrement(false),
            column("i", INTEGER),
            column("b", BIGINT),
            column("v", string(20)),
            column("t", TEXT),
            column("flag", BOOLEAN),
            column("n", numeric(10, 2)),
            column("d", DATE),
            column("ts", TIMESTAMP),
            column("u", UUID));

    private static final Map<String, Object> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("i", 42);
        VALUES.put("b", 9_000_000_000L);
        VALUES.put("v", "it's short");
        VALUES.put("t", "a long text ".repeat(100));
        VALUES.put("flag", true);
        VALUES.put("n", new BigDecimal("12345678.90"));
        VALUES.put("d", LocalDate.of(2024, 2, 29));
        VALUES.put("ts", LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000));
        VALUES.put("u", java.util.UUID.fromString("6f1c1a38-0e0b-4f57-9b59-5f6b1b0f6a11"));
    }

    private Engine engine(String url) {
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        return engine;
    }

    private static Map<String, Object> nulls(int id) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        VALUES.keySet().forEach(name -> row.put(name, null));
        return row;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void everyTypeComesBackAsItsJavaType(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Map<String, Object> row = new HashMap<>(VALUES);
            row.put("id", 1);
            connection.execute(insert(typed).values(row));
            connection.commit();
            Row read = connection.execute(select(typed).where(typed.c("id").eq(1))).one();
            for (Map.Entry<String, Object> entry : VALUES.entrySet()) {
                Column column = typed.c(entry.getKey());
                assertThat(read.get(column)).as(entry.getKey()).isEqualTo(entry.getValue())
                        .isInstanceOf(column.type().javaType());
            }
            assertThat(connection.execute(select(typed.c("n")).where(typed.c("n").gt(new BigDecimal("100")))).scalar())
                    .isEqualTo(new BigDecimal("12345678.90"));
            assertThat(connection.execute(select(typed.c("id"))
                    .where(typed.c("d").eq(LocalDate.of(2024, 2, 29)))
                    .where(typed.c("u").eq(VALUES.get("u")))
                    .where(typed.c("flag").eq(true))).scalar()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aNullOfEveryTypeIsBoundAndReadBack(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(typed).values(nulls(1)));
            connection.executeMany(insert(typed), List.of(nulls(2), nulls(3)));
            List<Row> rows = connection.execute(select(typed).orderBy(typed.c("id"))).all();
            assertThat(rows).hasSize(3);
            for (Row row : rows) {
                assertThat(row.values().subList(1, row.size())).containsOnlyNulls();
            }
            assertThat(rows.get(0).toString()).isEqualTo("(1, None, None, None, None, None, None, None, None, None)");
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aNullOfUnknownTypeIsBoundToo(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Map<String, Object> row = new HashMap<>(VALUES);
            row.put("id", 1);
            connection.execute(insert(typed).values(row));
            Map<Object, Object> untyped = new LinkedHashMap<>();
            VALUES.keySet().forEach(name -> untyped.put(name, literal(null)));
            assertThat(connection.execute(update(typed).set(untyped)).rowCount()).isEqualTo(1);
            Row read = connection.execute(select(typed)).one();
            assertThat(read.values().subList(1, read.size())).containsOnlyNulls();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void textIsConvertedByTheDatabaseWhereTheColumnIsNotText(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", 1);
            row.put("i", "42");
            row.put("d", "2024-02-29");
            row.put("u", "6f1c1a38-0e0b-4f57-9b59-5f6b1b0f6a11");
            connection.execute(insert(typed).values(row));
            Row read = connection.execute(select(typed.c("i"), typed.c("d"), typed.c("u"))).one();
            assertThat(read.values()).containsExactly(42, LocalDate.of(2024, 2, 29), VALUES.get("u"));
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void numbersConvertToTheAskedClassWithoutLoss(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Map<String, Object> row = new HashMap<>(VALUES);
            row.put("id", 1);
            connection.execute(insert(typed).values(row));
            Row read = connection.execute(select(typed)).one();
            assertThat(read.get(typed.c("i"), Long.class)).isEqualTo(42L);
            assertThat(read.get(typed.c("b"), BigDecimal.class)).isEqualTo(new BigDecimal(9_000_000_000L));
            assertThat(read.get("n", Double.class)).isEqualTo(12345678.90);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.get(typed.c("b"), Integer.class))
                    .isInstanceOf(ClassCastException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.get(typed.c("v"), Integer.class))
                    .isInstanceOf(ClassCastException.class).hasMessageContaining("'it\\'s short'");
        }
    }
}
