package io.junction.engine;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Database errors become Junction's exceptions, carrying the SQL; the connection goes on after a rollback. */
class ErrorsTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private final MetaData metadata = new MetaData();
    private final Table parents = metadata.table("parents",
            column("id", INTEGER).primaryKey());
    private final Table things = metadata.table("things",
            column("id", INTEGER).primaryKey(),
            column("name", string(10)).nullable(false),
            column("parent_id", INTEGER).foreignKey("parents.id"));

    /** The same table as the database does not have it: with one more column. */
    private final MetaData imagined = new MetaData();
    private final Table imaginedThings = imagined.table("things",
            column("id", INTEGER).primaryKey(),
            column("name", string(10)).nullable(false),
            column("extra", INTEGER));

    private Engine engine(String url) {
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        return engine;
    }

    private static Map<String, Object> thing(Object id, Object name) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("name", name);
        return row;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aDuplicateKeyIsAnIntegrityErrorWithTheSqlAndParameters(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(things).values(thing(1, "x")));
            IntegrityException error = catchThrowableOfType(IntegrityException.class,
                    () -> connection.execute(insert(things).values(thing(1, "y"))));
            assertThat(error.sql()).isEqualTo("INSERT INTO things (id, name) VALUES (?, ?)");
            assertThat(error.parameters()).containsExactly(1, "y");
            assertThat(error.sqlState()).isEqualTo("23505");
            assertThat((Throwable) error.getCause()).isInstanceOf(SQLException.class);
            assertThat(error.getMessage()).startsWith("(integrity) ")
                    .contains("[SQL: INSERT INTO things (id, name) VALUES (?, ?)]")
                    .endsWith("[parameters: [1, 'y']]");
            connection.rollback();
            connection.execute(insert(things).values(thing(2, "z")));
            assertThat(connection.execute(select(things.c("id"))).all()).extracting(r -> r.get(0)).containsExactly(2);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aDuplicateKeyInABatchNamesTheBatch(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            IntegrityException error = catchThrowableOfType(IntegrityException.class,
                    () -> connection.executeMany(insert(things).values(Map.of(
                            "id", io.junction.sql.expression.Sql.bindparam("id"),
                            "name", io.junction.sql.expression.Sql.bindparam("name"))),
                            List.of(Map.of("id", 1, "name", "a"), Map.of("id", 1, "name", "b"))));
            assertThat(error.sql()).isEqualTo("INSERT INTO things (id, name) VALUES (?, ?)");
            assertThat(error.parameters()).containsExactly(List.of(1, "a"), List.of(1, "b"));
            assertThat(error.getMessage()).endsWith("[parameters: [[1, 'a'], [1, 'b']]]");
            assertThat(error.sqlState()).isEqualTo("23505");
            connection.rollback();
            assertThat(connection.execute(select(things)).all()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aNullIntoNotNullIsAnIntegrityError(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            assertThatThrownBy(() -> connection.execute(insert(things).values(thing(1, null))))
                    .isInstanceOfSatisfying(IntegrityException.class, e -> {
                        assertThat(e.sqlState()).isEqualTo("23502");
                        assertThat(e.parameters()).containsExactly(1, null);
                        assertThat(e.getMessage()).endsWith("[parameters: [1, None]]");
                    });
            connection.rollback();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aBrokenForeignKeyIsAnIntegrityError(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            assertThatThrownBy(() -> connection.execute(insert(things).values(Map.of("id", 1, "name", "a", "parent_id", 9))))
                    .isInstanceOfSatisfying(IntegrityException.class, e -> assertThat(e.sqlState()).startsWith("2350"));
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aValueOfTheWrongTypeIsADataError(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            DataException error = catchThrowableOfType(DataException.class,
                    () -> connection.execute(insert(things).values(thing("not a number", "a"))));
            assertThat(error.sql()).isEqualTo("INSERT INTO things (id, name) VALUES (?, ?)");
            assertThat(error.sqlState()).startsWith("22");
            assertThat(error.getMessage()).startsWith("(data) ");
            connection.rollback();
            assertThatThrownBy(() -> connection.execute(insert(things).values(thing(1, "far too long a name"))))
                    .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.sqlState()).isEqualTo("22001"));
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void anUnknownColumnIsAProgrammingError(String url) {
        Engine engine = engine(url);
        try (Connection connection = engine.connect()) {
            ProgrammingException error = catchThrowableOfType(ProgrammingException.class,
                    () -> connection.execute(insert(imaginedThings).values(Map.of("id", 1, "name", "a", "extra", 5))));
            assertThat(error.sql()).isEqualTo("INSERT INTO things (id, name, extra) VALUES (?, ?, ?)");
            assertThat(error.parameters()).containsExactly(1, "a", 5);
            assertThat(error.sqlState()).startsWith("42");
            assertThat(error.getMessage()).startsWith("(programming) ").containsIgnoringCase("extra");
            connection.rollback();
            assertThatThrownBy(() -> connection.execute(select(imaginedThings.c("extra"))))
                    .isInstanceOfSatisfying(ProgrammingException.class,
                            e -> assertThat(e.sql()).isEqualTo("SELECT things.extra AS things_extra \nFROM things"));
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void anUnknownTableIsAProgrammingError(String url) {
        Engine engine = Engine.builder(url).build();
        try (Connection connection = engine.connect()) {
            assertThatThrownBy(() -> connection.execute(select(things)))
                    .isInstanceOfSatisfying(ProgrammingException.class, e -> assertThat(e.sqlState()).startsWith("42"));
        }
    }

    @Test
    void postgresRefusesEveryStatementOfAnAbortedTransactionUntilRollback() {
        Engine engine = engine(TestEngines.postgres().getPayload());
        try (Connection connection = engine.connect()) {
            connection.execute(insert(things).values(thing(1, "x")));
            assertThatThrownBy(() -> connection.execute(insert(things).values(thing(1, "x"))))
                    .isInstanceOf(IntegrityException.class);
            assertThatThrownBy(() -> connection.execute(select(things)))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("25P02"));
            connection.rollback();
            assertThat(connection.execute(select(things)).all()).isEmpty();
        }
    }

    @Test
    void aConnectionThatCannotBeOpenedIsAnOperationalError() {
        Engine engine = Engine.builder("jdbc:postgresql://127.0.0.1:1/nothing?user=nobody&password=secret")
                .build();
        assertThatThrownBy(engine::connect).isInstanceOfSatisfying(OperationalException.class, e -> {
            assertThat(e.sql()).isNull();
            assertThat(e.parameters()).isEmpty();
            assertThat(e.getMessage()).startsWith("(operational) ").contains("127.0.0.1:1")
                    .doesNotContain("secret");
        });
    }

    @Test
    void sqlStatesAreSortedIntoKinds() {
        assertThat(kind("23505")).isEqualTo(ExceptionTranslator.Kind.INTEGRITY);
        assertThat(kind("22P02")).isEqualTo(ExceptionTranslator.Kind.DATA);
        assertThat(kind("42703")).isEqualTo(ExceptionTranslator.Kind.PROGRAMMING);
        assertThat(kind("0A000")).isEqualTo(ExceptionTranslator.Kind.PROGRAMMING);
        for (String state : List.of("08006", "53300", "57014", "40001", "40P01")) {
            assertThat(kind(state)).as(state).isEqualTo(ExceptionTranslator.Kind.OPERATIONAL);
        }
        assertThat(kind("25P02")).isEqualTo(ExceptionTranslator.Kind.DATABASE);
        assertThat(kind(null)).isEqualTo(ExceptionTranslator.Kind.DATABASE);
        assertThat(ExceptionTranslator.kind(null, new java.sql.SQLRecoverableException("gone")))
                .isEqualTo(ExceptionTranslator.Kind.OPERATIONAL);
        assertThat(ExceptionTranslator.kind(null, new java.sql.SQLIntegrityConstraintViolationException("dup")))
                .isEqualTo(ExceptionTranslator.Kind.INTEGRITY);
    }

    @Test
    void aBatchFailureIsTranslatedByTheErrorItChains() {
        java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException("Batch entry 1 was aborted", null, 0,
                new int[] {1});
        batch.setNextException(new SQLException("duplicate key value", "23505"));
        DatabaseException error = ExceptionTranslator.translate(batch,
                new ExecutedStatement("INSERT INTO t VALUES (?)", List.of(List.of(1), List.of(1)), true));
        assertThat(error).isInstanceOf(IntegrityException.class);
        assertThat((Throwable) error.getCause()).isSameAs(batch);
        assertThat(error.getMessage()).isEqualTo("(integrity) duplicate key value\n[SQL: INSERT INTO t VALUES (?)]\n"
                + "[parameters: [[1], [1]]]");
    }

    private static ExceptionTranslator.Kind kind(String state) {
        return ExceptionTranslator.kind(state, new SQLException("x", state));
    }
}
