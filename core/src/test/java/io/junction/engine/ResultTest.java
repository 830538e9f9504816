package io.junction.engine;

import io.junction.sql.expression.Alias;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading results: rows by position, expression and label; one, first, scalar, streams; on H2 and PostgreSQL. */
class ResultTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MetaData metadata = new MetaData();
    private final Table items = metadata.table("items",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).nullable(false),
            column("qty", INTEGER));

    private Connection connect(String url, int rows) {
        return connect(Engine.builder(url).build(), rows);
    }

    private Connection connect(Engine engine, int rows) {
        metadata.createAll(engine);
        Connection connection = engine.connect();
        List<Map<String, ?>> batch = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            batch.add(Map.of("id", i, "name", "item" + i, "qty", i * 10));
        }
        if (rows > 0) {
            connection.executeMany(insert(items), batch);
        }
        return connection;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aRowIsReadByPositionExpressionLabelOrName(String url) {
        try (Connection connection = connect(url, 1)) {
            Result result = connection.execute(select(items));
            assertThat(result.columns()).containsExactly("items_id", "items_name", "items_qty");
            Row row = result.one();
            assertThat(row.size()).isEqualTo(3);
            assertThat(row.get(1)).isEqualTo("item1");
            assertThat(row.get(items.c("name"))).isEqualTo("item1");
            assertThat(row.get("items_name")).isEqualTo("item1");
            assertThat(row.get("ITEMS_NAME")).isEqualTo("item1");
            assertThat(row.get("name")).isEqualTo("item1");
            assertThat(row.get("qty", Integer.class)).isEqualTo(10);
            assertThat(row.values()).containsExactly(1, "item1", 10);
            assertThat(row).hasToString("(1, 'item1', 10)");
            assertThatThrownBy(() -> row.get("nothing")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("items_name");
            assertThatThrownBy(() -> row.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> row.get(metadata.table("items").c("id").label("other")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aPlainNameSharedByTwoColumnsIsAmbiguousButTheirExpressionsAreNot(String url) {
        try (Connection connection = connect(url, 2)) {
            Alias other = items.alias();
            Row row = connection.execute(select(items.c("name"), other.c("name"))
                    .where(items.c("id").eq(1)).where(other.c("id").eq(2))).one();
            assertThat(row.columns()).containsExactly("items_name", "items_1_name");
            assertThat(row.get(items.c("name"))).isEqualTo("item1");
            assertThat(row.get(other.c("name"))).isEqualTo("item2");
            assertThat(row.get("items_1_name")).isEqualTo("item2");
            assertThatThrownBy(() -> row.get("name")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ambiguous");
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void labelsAndFunctionsAreFoundByTheirExpressionAndName(String url) {
        try (Connection connection = connect(url, 3)) {
            var total = count().label("total");
            Row row = connection.execute(select(total, items.c("qty").label("amount")).from(items)
                    .groupBy(items.c("qty")).orderBy(items.c("qty")).limit(1)).first();
            assertThat(row.get(total)).isEqualTo(1L);
            assertThat(row.get("total")).isEqualTo(1L);
            assertThat(row.get(items.c("qty"))).isEqualTo(10);
            assertThat(row.get("amount")).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void oneFirstAndScalarReadWhatTheySay(String url) {
        try (Connection connection = connect(url, 2)) {
            assertThat(connection.execute(select(items).where(items.c("id").eq(2))).one().get(items.c("qty")))
                    .isEqualTo(20);
            assertThatThrownBy(() -> connection.execute(select(items).where(items.c("id").eq(3))).one())
                    .isInstanceOf(NoResultException.class).hasMessageContaining("SELECT");
            assertThatThrownBy(() -> connection.execute(select(items)).one())
                    .isInstanceOf(MultipleResultsException.class);
            assertThat(connection.execute(select(items).orderBy(items.c("id").desc())).first().get(0)).isEqualTo(2);
            assertThat(connection.execute(select(items).where(items.c("id").eq(3))).first()).isNull();
            assertThat(connection.execute(select(items.c("name")).where(items.c("id").eq(3))).scalar()).isNull();
            assertThat(connection.execute(select(count()).from(items)).scalar()).isEqualTo(2L);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void rowsAreIteratedOrStreamedOnceAndTheResultClosesAfterTheLast(String url) {
        try (Connection connection = connect(url, 5)) {
            Result result = connection.execute(select(items.c("id")).orderBy(items.c("id")));
            List<Object> ids = new ArrayList<>();
            for (Row row : result) {
                ids.add(row.get(0));
            }
            assertThat(ids).containsExactly(1, 2, 3, 4, 5);
            assertThatThrownBy(result::iterator).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("once");
            try (Stream<Row> rows = connection.execute(select(items.c("id")).orderBy(items.c("id"))).stream()) {
                assertThat(rows.filter(r -> (Integer) r.get(0) % 2 == 0).map(r -> r.get(0))).containsExactly(2, 4);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aResultClosedEarlyGivesNoMoreRows(String url) {
        try (Connection connection = connect(url, 5)) {
            Result result = connection.execute(select(items).orderBy(items.c("id")));
            Iterator<Row> rows = result.iterator();
            assertThat(rows.next().get(0)).isEqualTo(1);
            result.close();
            result.close();
            assertThat(rows.hasNext()).isFalse();
            connection.commit();
            assertThat(connection.execute(select(count()).from(items)).scalar()).isEqualTo(5L);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void dmlHasCountsButNoRows(String url) {
        try (Connection connection = connect(url, 3)) {
            Result result = connection.execute(update(items).set("qty", 0).where(items.c("id").gt(1)));
            assertThat(result.returnsRows()).isFalse();
            assertThat(result.rowCount()).isEqualTo(2);
            assertThat(result.rowCounts()).containsExactly(2);
            assertThat(result.columns()).isEmpty();
            assertThatThrownBy(result::all).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("returns no rows");
            assertThat(connection.execute(select(items)).rowCount()).isEqualTo(-1);
        }
    }

    @Test
    void postgresStreamsAResultInFetchSizedChunks() {
        Engine engine = Engine.builder(TestEngines.postgres().getPayload()).fetchSize(10).build();
        try (Connection connection = connect(engine, 100)) {
            connection.commit();
            try (Stream<Row> rows = connection.execute(select(items).orderBy(items.c("id"))).stream()) {
                assertThat(rows.limit(25).map(r -> r.get(0))).hasSize(25).last().isEqualTo(25);
            }
            assertThat(connection.execute(select(items.c("id")).orderBy(items.c("id").desc())).first().get(0))
                    .isEqualTo(100);
        }
    }

    @Test
    void aSingleValueRowPrintsLikeATupleOfOne() {
        try (Connection connection = connect(TestEngines.h2().getPayload(), 1)) {
            assertThat(connection.execute(select(items.c("name"))).one()).hasToString("('item1',)");
        }
    }
}
