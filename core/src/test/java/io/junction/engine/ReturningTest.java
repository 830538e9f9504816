package io.junction.engine;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** INSERT ... RETURNING: the clause on PostgreSQL, JDBC generated keys on H2. */
class ReturningTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MetaData metadata = new MetaData();
    private final Table items = metadata.table("items",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).nullable(false));
    private final TestEngines.Recorder recorder = new TestEngines.Recorder();

    private Engine engine(String url) {
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        engine.addListener(recorder);
        return engine;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aSingleInsertReturnsItsGeneratedKey(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Row first = connection.execute(insert(items).values(Map.of("name", "a")).returning(items.c("id"))).one();
            Row second = connection.execute(insert(items).values(Map.of("name", "b")).returning(items.c("id"))).one();
            assertThat(first.get(items.c("id"))).isEqualTo(1);
            assertThat(second.get(items.c("id"), Integer.class)).isEqualTo(2);
            assertThat(second.columns()).containsExactly("id");
        }
        String expected = engine.dialect().supportsReturning()
                ? "INSERT INTO items (name) VALUES (?) RETURNING id"
                : "INSERT INTO items (name) VALUES (?)";
        assertThat(recorder.sql()).containsExactly(expected, expected);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void anInsertCanReturnSeveralColumns(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Row row = connection.execute(insert(items).values(Map.of("name", "a"))
                    .returning(items.c("id"), items.c("name"))).one();
            assertThat(row.values()).containsExactly(1, "a");
            assertThat(row.get("name")).isEqualTo("a");
        }
    }

    @Test
    void aMultiRowInsertReturnsEveryKeyOnPostgres() {
        Engine engine = engine(TestEngines.postgres().getPayload());
        try (Connection connection = engine.connect()) {
            List<Row> keys = connection.execute(insert(items)
                    .values(List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("name", "c")))
                    .returning(items.c("id"))).all();
            assertThat(keys).extracting(r -> r.get(items.c("id"))).containsExactly(1, 2, 3);
        }
        assertThat(recorder.sql()).containsExactly("INSERT INTO items (name) VALUES (?), (?), (?) RETURNING id");
        assertThat(recorder.statements().get(0).parameters()).containsExactly("a", "b", "c");
    }

    @Test
    void aMultiRowInsertReturnsEveryKeyOnH2Too() {
        Engine engine = engine(TestEngines.h2().getPayload());
        try (Connection connection = engine.connect()) {
            List<Row> keys = connection.execute(insert(items)
                    .values(List.of(Map.of("name", "a"), Map.of("name", "b")))
                    .returning(items.c("id"))).all();
            assertThat(keys).extracting(r -> r.get(items.c("id"))).containsExactly(1, 2);
        }
    }

    @Test
    void anUpdateReturningRowsRunsOnPostgres() {
        Engine engine = engine(TestEngines.postgres().getPayload());
        try (Connection connection = engine.connect()) {
            connection.execute(insert(items).values(Map.of("id", 7, "name", "a")));
            Row row = connection.execute(update(items).set("name", "b").where(items.c("id").eq(7))
                    .returning(items.c("id"), items.c("name"))).one();
            assertThat(row.values()).containsExactly(7, "b");
        }
    }

    @Test
    void anUpdateReturningRowsIsRefusedOnH2WithAReason() {
        Engine engine = engine(TestEngines.h2().getPayload());
        try (Connection connection = engine.connect()) {
            assertThatThrownBy(() -> connection.execute(update(items).set("name", "b").returning(items.c("id"))))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("RETURNING");
        }
    }
}
