package io.junction.engine;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.bindparam;
import static io.junction.sql.expression.Sql.delete;
import static io.junction.sql.expression.Sql.func;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.literal;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an {@link ExecutionListener} learns of each statement: before it runs, and its row count after. */
class ExecutedStatementTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MetaData metadata = new MetaData();
    private final Table items = metadata.table("items",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).nullable(false));

    /** Keeps both callbacks, in order. */
    private static final class Both implements ExecutionListener {
        final List<ExecutedStatement> before = Collections.synchronizedList(new ArrayList<>());
        final List<ExecutedStatement> after = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onStatement(ExecutedStatement statement) {
            before.add(statement);
        }

        @Override
        public void onResult(ExecutedStatement statement) {
            after.add(statement);
        }

        void clear() {
            before.clear();
            after.clear();
        }
    }

    private final Both listener = new Both();

    private Engine engine(String url) {
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        engine.addListener(listener);
        return engine;
    }

    @Test
    void aStatementNotYetRunHasNoRowCountAndItsRowsAreItsParameterSets() {
        ExecutedStatement statement = new ExecutedStatement("UPDATE t SET x = ?", List.of(List.of(1)), false);
        assertThat(statement.rowCount()).isEqualTo(-1);
        assertThat(statement.valuesRows()).isEmpty();
        assertThat(statement.multiRowValues()).isFalse();
        assertThat(statement.rows()).containsExactly(List.of(1));
        ExecutedStatement done = statement.withRowCount(3);
        assertThat(done.rowCount()).isEqualTo(3);
        assertThat(done.sql()).isEqualTo(statement.sql());
        assertThat(done.parameterSets()).isEqualTo(statement.parameterSets());

        ExecutedStatement values = new ExecutedStatement("INSERT INTO t (a, b) VALUES (?, ?), (?, ?)",
                List.of(List.of(1, "a", 2, "b")), false, 2, List.of(List.of(1, "a"), List.of(2, "b")));
        assertThat(values.multiRowValues()).isTrue();
        assertThat(values.rows()).containsExactly(List.of(1, "a"), List.of(2, "b"));
        assertThat(values.parameters()).containsExactly(1, "a", 2, "b");
        assertThatThrownBy(() -> values.valuesRows().add(List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void dmlReportsTheRowsItChangedOnceItHasRun(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            listener.clear();
            connection.execute(insert(items).values(Map.of("id", 1, "name", "a")));
            connection.executeMany(insert(items), List.of(Map.of("id", 2, "name", "b"), Map.of("id", 3, "name", "b")));
            connection.execute(update(items).set("name", "c").where(items.c("name").eq("b")));
            connection.executeMany(update(items).set("name", bindparam("new"))
                            .where(items.c("id").eq(bindparam("key"))),
                    List.of(Map.of("new", "x", "key", 1), Map.of("new", "y", "key", 99)));
            connection.execute(delete(items).where(items.c("id").gt(1)));

            assertThat(listener.before).extracting(ExecutedStatement::rowCount).containsOnly(-1);
            assertThat(listener.after).extracting(ExecutedStatement::rowCount).containsExactly(1, 2, 2, 1, 2);
            for (int i = 0; i < listener.before.size(); i++) {
                assertThat(listener.after.get(i).sql()).isEqualTo(listener.before.get(i).sql());
                assertThat(listener.after.get(i).parameterSets()).isEqualTo(listener.before.get(i).parameterSets());
                assertThat(listener.after.get(i).batch()).isEqualTo(listener.before.get(i).batch());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aQueryReportsTheRowsItReturnedWhenTheyHaveAllBeenRead(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(items), List.of(Map.of("id", 1, "name", "a"), Map.of("id", 2, "name", "b"),
                    Map.of("id", 3, "name", "c")));
            listener.clear();
            assertThat(connection.execute(select(items.c("id"))).all()).hasSize(3);
            assertThat(listener.after).extracting(ExecutedStatement::rowCount).containsExactly(3);

            listener.clear();
            connection.execute(select(items.c("id")).where(items.c("id").eq(2))).one();
            assertThat(listener.after).extracting(ExecutedStatement::rowCount).containsExactly(1);

            listener.clear();
            try (Result open = connection.execute(select(items.c("id")))) {
                assertThat(listener.after).isEmpty();
                open.iterator().next();
            }
            assertThat(listener.after).extracting(ExecutedStatement::rowCount)
                    .as("closed before its last row: unknown").containsExactly(-1);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aFailingStatementIsSeenBeforeItRunsButNeverReportedAsDone(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(items).values(Map.of("id", 1, "name", "a")));
            listener.clear();
            assertThatThrownBy(() -> connection.execute(insert(items).values(Map.of("id", 1, "name", "again"))))
                    .isInstanceOf(IntegrityException.class);
            assertThat(listener.before).hasSize(1);
            assertThat(listener.after).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aMultiRowValuesInsertListsItsRows(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            listener.clear();
            connection.execute(insert(items).values(List.of(
                    Map.of("id", 1, "name", "a"),
                    Map.of("id", 2, "name", func("concat", literal("b"), literal("c"))),
                    Map.of("id", 3, "name", "d"))));
            ExecutedStatement before = listener.before.get(0);
            assertThat(before.sql()).isEqualTo("INSERT INTO items (id, name) VALUES (?, ?), (?, concat(?, ?)), (?, ?)");
            assertThat(before.multiRowValues()).isTrue();
            assertThat(before.valuesRows()).containsExactly(List.of(1, "a"), List.of(2, "b", "c"), List.of(3, "d"));
            assertThat(before.rows()).isEqualTo(before.valuesRows());
            assertThat(before.parameters()).containsExactly(1, "a", 2, "b", "c", 3, "d");
            assertThat(listener.after).hasSize(1);
            assertThat(listener.after.get(0).rowCount()).isEqualTo(3);
            assertThat(listener.after.get(0).valuesRows()).isEqualTo(before.valuesRows());
            assertThat(connection.execute(select(items.c("name")).orderBy(items.c("id"))).all())
                    .extracting(r -> r.get(0)).containsExactly("a", "bc", "d");

            listener.clear();
            connection.execute(insert(items).values(Map.of("id", 4, "name", "e")));
            assertThat(listener.before.get(0).multiRowValues()).as("a one-row VALUES").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void anInsertReturningKeysReportsTheRowsItInserted(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            listener.clear();
            List<Row> keys = connection.execute(insert(items).values(Map.of("id", 7, "name", "a"))
                    .returning(items.c("id"))).all();
            assertThat(keys).extracting(r -> ((Number) r.get(0)).intValue()).containsExactly(7);
            assertThat(listener.after).extracting(ExecutedStatement::rowCount).containsExactly(1);
        }
    }
}
