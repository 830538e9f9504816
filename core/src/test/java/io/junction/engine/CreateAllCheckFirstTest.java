package io.junction.engine;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code createAll} and {@code dropAll} check the catalog first by default, as SQLAlchemy's
 * {@code create_all(checkfirst=True)}: tables that exist are left alone, missing ones are created
 * with their indexes; {@code checkFirst} false sends every statement.
 */
class CreateAllCheckFirstTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    private static MetaData parentsAndChildren() {
        MetaData metadata = new MetaData();
        metadata.table("parents", column("id", INTEGER).primaryKey(), column("name", string(20)));
        metadata.table("children", column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("parents.id").index());
        return metadata;
    }

    private static Engine recorded(String url, TestEngines.Recorder recorder) {
        Engine engine = Engine.builder(url).build();
        engine.addListener(recorder);
        return engine;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aSecondCreateAllSendsNoStatementAndKeepsTheRows(String url) {
        TestEngines.Recorder recorder = new TestEngines.Recorder();
        Engine engine = recorded(url, recorder);
        MetaData metadata = parentsAndChildren();
        metadata.createAll(engine);
        assertThat(recorder.sql()).hasSize(3).extracting(sql -> sql.split(" \\(")[0])
                .containsExactly("CREATE TABLE parents", "CREATE TABLE children", "CREATE INDEX ix_children_parent_id ON children");
        Table parents = metadata.table("parents");
        try (Connection connection = engine.connect()) {
            connection.execute(insert(parents).values(Map.of("id", 1, "name", "kept")));
            connection.commit();
        }
        recorder.clear();

        metadata.createAll(engine);

        assertThat(recorder.sql()).as("every table exists: nothing is sent").isEmpty();
        try (Connection connection = engine.connect()) {
            assertThat(connection.execute(select(parents.c("name"))).all()).extracting(row -> row.get(0))
                    .containsExactly("kept");
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void onlyTheMissingTablesAreCreatedWithTheirIndexes(String url) {
        TestEngines.Recorder recorder = new TestEngines.Recorder();
        Engine engine = recorded(url, recorder);
        MetaData onlyParents = new MetaData();
        onlyParents.table("parents", column("id", INTEGER).primaryKey(), column("name", string(20)));
        onlyParents.createAll(engine);
        recorder.clear();

        parentsAndChildren().createAll(engine);

        assertThat(recorder.sql()).extracting(sql -> sql.split(" \\(")[0])
                .containsExactly("CREATE TABLE children", "CREATE INDEX ix_children_parent_id ON children");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void withoutCheckFirstAnExistingTableFailsTheCreation(String url) {
        Engine engine = Engine.builder(url).build();
        MetaData metadata = parentsAndChildren();
        metadata.createAll(engine);

        assertThatThrownBy(() -> metadata.createAll(engine, false)).isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("parents");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void namesTheDialectQuotesAreFoundAsStored(String url) {
        TestEngines.Recorder recorder = new TestEngines.Recorder();
        Engine engine = recorded(url, recorder);
        MetaData metadata = new MetaData();
        metadata.table("user", column("id", INTEGER).primaryKey());
        metadata.table("MixedCase", column("id", INTEGER).primaryKey());
        metadata.table("under_score", column("id", INTEGER).primaryKey());
        metadata.createAll(engine);
        assertThat(recorder.sql()).hasSize(3);
        recorder.clear();

        metadata.createAll(engine);

        assertThat(recorder.sql()).as("a reserved word, a mixed-case name and an underscore are each found").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aTableOfTheSameNameInAnotherSchemaDoesNotCount(String url) {
        // each PostgreSQL URL is its own schema of one database (TestEngines); H2 URLs are separate databases
        Engine other = Engine.builder(url.startsWith("jdbc:h2:") ? TestEngines.h2().getPayload()
                : TestEngines.postgres().getPayload()).build();
        parentsAndChildren().createAll(other);
        TestEngines.Recorder recorder = new TestEngines.Recorder();
        Engine engine = recorded(url, recorder);

        parentsAndChildren().createAll(engine);

        assertThat(recorder.sql()).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void tablesThatReferToEachOtherGetTheirLateForeignKeysOnlyWhenCreated(String url) {
        TestEngines.Recorder recorder = new TestEngines.Recorder();
        Engine engine = recorded(url, recorder);
        MetaData metadata = new MetaData();
        metadata.table("widget", column("widget_id", INTEGER).primaryKey(),
                column("favorite_entry_id", INTEGER).foreignKey("entry.entry_id"));
        metadata.table("entry", column("entry_id", INTEGER).primaryKey(),
                column("widget_id", INTEGER).foreignKey("widget.widget_id"));
        metadata.createAll(engine);
        assertThat(recorder.sql()).extracting(sql -> sql.split(" ")[0] + " " + sql.split(" ")[1])
                .containsExactly("CREATE TABLE", "CREATE TABLE", "ALTER TABLE", "ALTER TABLE");
        recorder.clear();

        metadata.createAll(engine);

        assertThat(recorder.sql()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("urls")
    void dropAllChecksFirstUnlessToldNot(String url) {
        Engine engine = Engine.builder(url).build();
        MetaData metadata = parentsAndChildren();

        metadata.dropAll(engine);

        assertThatThrownBy(() -> metadata.dropAll(engine, false)).isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("children");
        metadata.createAll(engine);
        metadata.dropAll(engine, false);
        try (Connection connection = engine.connect()) {
            assertThat(connection.hasTable("parents")).isFalse();
            assertThat(connection.hasTable("children")).isFalse();
        }
    }
}
