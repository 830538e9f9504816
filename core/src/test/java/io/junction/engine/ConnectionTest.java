package io.junction.engine;

import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.bindparam;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.delete;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statements and transactions on one connection, on H2 and PostgreSQL. */
class ConnectionTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MetaData metadata = new MetaData();
    private final Table items = metadata.table("items",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).nullable(false),
            column("qty", INTEGER));

    private Engine engine(String url) {
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        return engine;
    }

    private List<List<Object>> rows(Engine engine) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select(items).orderBy(items.c("id"))).all().stream().map(Row::values).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void insertSelectUpdateDeleteRoundTrip(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            Result inserted = connection.execute(insert(items).values(Map.of("id", 1, "name", "apple", "qty", 3)));
            assertThat(inserted.returnsRows()).isFalse();
            assertThat(inserted.rowCount()).isEqualTo(1);
            connection.execute(insert(items).values(Map.of("id", 2, "name", "pear", "qty", 5)));

            List<Row> all = connection.execute(select(items).orderBy(items.c("id"))).all();
            assertThat(all).extracting(Row::values).containsExactly(List.of(1, "apple", 3), List.of(2, "pear", 5));
            assertThat(all.get(1).get(items.c("name"))).isEqualTo("pear");

            Result updated = connection.execute(update(items).set("qty", 10).where(items.c("name").eq("pear")));
            assertThat(updated.rowCount()).isEqualTo(1);
            assertThat(connection.execute(select(items.c("qty")).where(items.c("id").eq(2))).scalar()).isEqualTo(10);

            assertThat(connection.execute(delete(items).where(items.c("id").eq(1))).rowCount()).isEqualTo(1);
            assertThat(connection.execute(select(count()).from(items)).scalar()).isEqualTo(1L);
            connection.commit();
        }
        assertThat(rows(engine)).containsExactly(List.of(2, "pear", 10));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void keyedParametersTakeTheirValuesFromTheMap(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(items).values(Map.of("id", 1, "name", "apple", "qty", 3)));
            connection.execute(insert(items).values(Map.of("id", 2, "name", "pear", "qty", 5)));
            Select byName = select(items.c("qty")).where(items.c("name").eq(bindparam("wanted")));
            assertThat(connection.execute(byName, Map.of("wanted", "pear")).scalar()).isEqualTo(5);
            assertThat(connection.execute(byName, Map.of("wanted", "apple")).scalar()).isEqualTo(3);
            assertThatThrownBy(() -> connection.execute(byName))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wanted");
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void theFirstStatementBeginsATransactionThatRollbackUndoes(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            assertThat(connection.inTransaction()).isFalse();
            connection.execute(insert(items).values(Map.of("id", 1, "name", "apple")));
            assertThat(connection.inTransaction()).isTrue();
            connection.rollback();
            assertThat(connection.inTransaction()).isFalse();
            assertThat(connection.execute(select(items)).all()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void closingRollsBackWhatWasNotCommitted(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(items).values(Map.of("id", 1, "name", "kept")));
            connection.commit();
            connection.execute(insert(items).values(Map.of("id", 2, "name", "lost")));
        }
        assertThat(rows(engine)).containsExactly(java.util.Arrays.asList(1, "kept", null));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void anExplicitTransactionCommitsOrRollsBackWhenClosed(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            try (Transaction transaction = connection.begin()) {
                connection.execute(insert(items).values(Map.of("id", 1, "name", "committed")));
                transaction.commit();
                assertThat(transaction.isActive()).isFalse();
            }
            try (Transaction transaction = connection.begin()) {
                assertThat(transaction.isActive()).isTrue();
                connection.execute(insert(items).values(Map.of("id", 2, "name", "rolled back")));
            }
            assertThat(connection.inTransaction()).isFalse();
            assertThat(connection.execute(select(items.c("name"))).all()).extracting(r -> r.get(0))
                    .containsExactly("committed");
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void beginRefusesWhileATransactionIsOpenAndAnEndedTransactionRefusesToCommit(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            connection.execute(select(items));
            assertThatThrownBy(connection::begin).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open");
            connection.rollback();
            Transaction transaction = connection.begin();
            connection.commit();
            assertThat(transaction.isActive()).isFalse();
            assertThatThrownBy(transaction::commit).isInstanceOf(IllegalStateException.class);
            transaction.close();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aClosedConnectionRefusesStatementsAndClosesTwiceQuietly(String url) throws Exception {
        Engine engine = engine(url);
        Connection connection = engine.connect();
        connection.close();
        connection.close();
        assertThat(connection.isClosed()).isTrue();
        assertThat(connection.jdbc().isClosed()).isTrue();
        assertThatThrownBy(() -> connection.execute(select(items))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void closingTheConnectionClosesResultsNotYetRead(String url) throws Exception {
        Engine engine = engine(url);
        java.util.Iterator<Row> rows;
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(items), List.of(
                    Map.of("id", 1, "name", "a", "qty", 1), Map.of("id", 2, "name", "b", "qty", 2)));
            rows = connection.execute(select(items).orderBy(items.c("id"))).iterator();
            assertThat(rows.next().get(items.c("name"))).isEqualTo("a");
        }
        assertThat(rows.hasNext()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aConnectionClosedUnderneathIsLostAndClosesQuietly(String url) throws Exception {
        Engine engine = engine(url);
        Connection connection = engine.connect();
        connection.execute(insert(items).values(Map.of("id", 1, "name", "a")));
        Result open = connection.execute(select(items));
        connection.jdbc().close();
        connection.close();
        assertThat(connection.isLost()).isTrue();
        assertThat(connection.isClosed()).isTrue();
        assertThat(connection.inTransaction()).isFalse();
        open.close();
        connection.close();
    }
}
