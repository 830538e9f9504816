package io.junction.engine;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.bindparam;
import static io.junction.sql.expression.Sql.delete;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code executeMany}: one JDBC batch per call, on H2 and PostgreSQL. */
class ExecuteManyTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MetaData metadata = new MetaData();
    private final Table items = metadata.table("items",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).nullable(false),
            column("qty", INTEGER));
    private final TestEngines.Recorder recorder = new TestEngines.Recorder();

    private Engine engine(String url) {
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        engine.addListener(recorder);
        return engine;
    }

    private static Map<String, Object> item(Integer id, String name, Integer qty) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("qty", qty);
        return row;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void anInsertOfManyRowsIsOneBatchStatement(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Result result = connection.executeMany(insert(items),
                    List.of(item(1, "a", 1), item(2, "b", null), item(3, "c", 3)));
            assertThat(result.rowCounts()).containsExactly(1, 1, 1);
            assertThat(result.rowCount()).isEqualTo(3);
            assertThat(result.returnsRows()).isFalse();
            assertThat(recorder.statements()).hasSize(1);
            ExecutedStatement batch = recorder.statements().get(0);
            assertThat(batch.batch()).isTrue();
            assertThat(batch.sql()).isEqualTo("INSERT INTO items (id, name, qty) VALUES (?, ?, ?)");
            assertThat(batch.parameterSets()).containsExactly(
                    List.of(1, "a", 1), java.util.Arrays.asList(2, "b", null), List.of(3, "c", 3));
            assertThat(connection.execute(select(items.c("qty")).orderBy(items.c("id"))).all())
                    .extracting(r -> r.get(0)).containsExactly(1, null, 3);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void updatesAndDeletesWithKeyedParametersAreBatchesWithACountPerRow(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(items), List.of(item(1, "a", 1), item(2, "b", 2), item(3, "c", 3)));
            recorder.clear();
            Result updated = connection.executeMany(
                    update(items).set("qty", bindparam("new_qty")).where(items.c("name").eq(bindparam("item_name"))),
                    List.of(Map.of("new_qty", 10, "item_name", "a"), Map.of("new_qty", 30, "item_name", "c"),
                            Map.of("new_qty", 99, "item_name", "nobody")));
            assertThat(updated.rowCounts()).containsExactly(1, 1, 0);
            assertThat(updated.rowCount()).isEqualTo(2);
            Result deleted = connection.executeMany(delete(items).where(items.c("id").eq(bindparam("id"))),
                    List.of(Map.of("id", 2), Map.of("id", 3)));
            assertThat(deleted.rowCounts()).containsExactly(1, 1);
            assertThat(recorder.statements()).hasSize(2).allMatch(ExecutedStatement::batch);
            assertThat(recorder.sql()).containsExactly(
                    "UPDATE items SET qty=? WHERE items.name = ?", "DELETE FROM items WHERE items.id = ?");
            assertThat(recorder.statements().get(0).parameterSets())
                    .containsExactly(List.of(10, "a"), List.of(30, "c"), List.of(99, "nobody"));
            assertThat(connection.execute(select(items)).all()).extracting(Row::values)
                    .containsExactly(List.of(1, "a", 10));
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aBatchInsertReturningGivesTheGeneratedKeyOfEachRowInOrder(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                rows.add(Map.of("name", "item" + i, "qty", i));
            }
            Result keys = connection.executeMany(insert(items)
                    .values(Map.of("name", bindparam("name"), "qty", bindparam("qty")))
                    .returning(items.c("id")), rows);
            assertThat(keys.rowCounts()).hasSize(25);
            List<Row> ids = keys.all();
            assertThat(ids).extracting(r -> r.get(items.c("id"))).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
            assertThat(ids.get(0).get("id")).isEqualTo(1);
            assertThat(recorder.statements()).hasSize(1);
            assertThat(recorder.statements().get(0).batch()).isTrue();
            assertThat(recorder.statements().get(0).sql()).isEqualTo("INSERT INTO items (name, qty) VALUES (?, ?)");
            assertThat(connection.execute(select(items.c("id")).where(items.c("name").eq("item24"))).scalar())
                    .isEqualTo(25);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void noRowsRunsNothing(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            assertThat(connection.executeMany(insert(items), List.of()).rowCounts()).isEmpty();
            Result keys = connection.executeMany(insert(items).returning(items.c("id")), List.of());
            assertThat(keys.all()).isEmpty();
            assertThat(recorder.statements()).isEmpty();
            assertThat(connection.inTransaction()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aSelectIsNotABatch(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            assertThatThrownBy(() -> connection.executeMany(select(items), List.of(Map.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("execute");
        }
    }
}
