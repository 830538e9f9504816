package io.junction.engine;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.BIGINT;
import static io.junction.sql.schema.Schema.BINARY;
import static io.junction.sql.schema.Schema.DOUBLE;
import static io.junction.sql.schema.Schema.JSON;
import static io.junction.sql.schema.Schema.JSONB;
import static io.junction.sql.schema.Schema.REAL;
import static io.junction.sql.schema.Schema.SMALLINT;
import static io.junction.sql.schema.Schema.TIME;
import static io.junction.sql.schema.Schema.TIMESTAMP_TZ;
import static io.junction.sql.schema.Schema.array;
import static io.junction.sql.schema.Schema.BOOLEAN;
import static io.junction.sql.schema.Schema.DATE;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.TEXT;
import static io.junction.sql.schema.Schema.TIMESTAMP;
import static io.junction.sql.schema.Schema.UUID;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.foreignKey;
import static io.junction.sql.schema.Schema.numeric;
import static io.junction.sql.schema.Schema.primaryKey;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code MetaData.reflect} reads tables back from the database's catalog (SQLAlchemy's
 * {@code MetaData.reflect}): a reflected schema compiles to the same DDL as the declared one.
 */
class ReflectTest {

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    /** Every type Junction maps (but enums, which need their Java class), nullability, an identity key, a composite key and foreign keys with actions. */
    private static MetaData declared() {
        MetaData metadata = new MetaData();
        metadata.table("authors",
                column("id", INTEGER).primaryKey(),
                column("name", string(40)).nullable(false),
                column("bio", TEXT),
                column("active", BOOLEAN).nullable(false),
                column("born", DATE),
                column("seen", TIMESTAMP),
                column("token", UUID),
                column("balance", numeric(10, 2)),
                column("visits", BIGINT));
        metadata.table("readings",
                column("id", INTEGER).primaryKey(),
                column("level", SMALLINT),
                column("ratio", REAL),
                column("score", DOUBLE),
                column("opens", TIME),
                column("taken", TIMESTAMP_TZ),
                column("raw", BINARY),
                column("doc", JSON),
                column("docb", JSONB),
                column("tags", array(TEXT)),
                column("counts", array(INTEGER)));
        metadata.table("posts",
                column("id", INTEGER).primaryKey(),
                column("author_id", INTEGER).nullable(false)
                        .foreignKey("authors.id", ReferentialAction.CASCADE, ReferentialAction.CASCADE),
                column("title", string(80)));
        metadata.table("post_tags",
                column("post_id", INTEGER).foreignKey("posts.id"),
                column("tag", string(20)),
                primaryKey("post_id", "tag"));
        metadata.table("tag_notes",
                column("id", INTEGER).primaryKey(),
                column("post_id", INTEGER),
                column("tag", string(20)),
                foreignKey(List.of("post_id", "tag"), "post_tags", List.of("post_id", "tag")));
        return metadata;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aReflectedSchemaCompilesToTheDeclaredDdl(String url) {
        Engine engine = Engine.builder(url).build();
        MetaData declared = declared();
        declared.createAll(engine);

        MetaData reflected = new MetaData();
        reflected.reflect(engine);

        assertThat(reflected.tables()).extracting(Table::name)
                .containsExactlyInAnyOrder("authors", "readings", "posts", "post_tags", "tag_notes");
        assertThat(engine.dialect().ddlCompiler().createStatements(reflected))
                .as("the same tables' DDL; tables that do not depend on each other may come in another order")
                .containsExactlyInAnyOrderElementsOf(engine.dialect().ddlCompiler().createStatements(declared));
        Table posts = reflected.table("posts");
        assertThat(posts.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referencedTable()).isSameAs(reflected.table("authors"));
            assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        });
        assertThat(reflected.table("authors").c("id").isAutoincrement()).isTrue();
        assertThat(reflected.table("post_tags").primaryKey()).extracting(c -> c.name()).containsExactly("post_id", "tag");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void reflectedTablesRunStatements(String url) {
        Engine engine = Engine.builder(url).build();
        declared().createAll(engine);
        MetaData reflected = new MetaData();
        reflected.reflect(engine, "authors");
        Table authors = reflected.table("authors");
        try (Connection connection = engine.connect()) {
            connection.execute(insert(authors).values(Map.of("name", "Ann", "active", true)));
            connection.commit();
            assertThat(connection.execute(select(authors.c("id"), authors.c("name"))).all())
                    .extracting(row -> row.get(0) + " " + row.get(1)).containsExactly("1 Ann");
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void onlyTheNamedTablesAndTheTablesTheyReferToAreRead(String url) {
        Engine engine = Engine.builder(url).build();
        declared().createAll(engine);
        MetaData reflected = new MetaData();

        reflected.reflect(engine, "tag_notes");

        assertThat(reflected.tables()).extracting(Table::name)
                .containsExactlyInAnyOrder("tag_notes", "post_tags", "posts", "authors");
        MetaData onlyAuthors = new MetaData();
        onlyAuthors.reflect(engine, "authors");
        assertThat(onlyAuthors.tables()).extracting(Table::name).containsExactly("authors");
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aTableDeclaredAlreadyIsKeptAsDeclared(String url) {
        Engine engine = Engine.builder(url).build();
        declared().createAll(engine);
        MetaData metadata = new MetaData();
        Table mine = metadata.table("authors", column("id", INTEGER).primaryKey(), column("name", string(40)));

        metadata.reflect(engine, "posts");

        assertThat(metadata.table("authors")).isSameAs(mine);
        assertThat(metadata.table("posts").foreignKeys().get(0).referencedTable()).isSameAs(mine);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aTypeJunctionDoesNotMapIsNamedWithTheFix(String url) throws SQLException {
        Engine engine = Engine.builder(url).build();
        try (Connection connection = engine.connect(); Statement statement = connection.jdbc().createStatement()) {
            statement.execute("CREATE TABLE readings (id INTEGER PRIMARY KEY, level "
                    + (url.startsWith("jdbc:h2") ? "INTERVAL DAY" : "INTERVAL") + ")");
            connection.jdbc().commit();
        }

        assertThatThrownBy(() -> new MetaData().reflect(engine)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readings.level")
                .hasMessageContaining("metadata.reflect(engine, \"a\", \"b\")");
        assertThatThrownBy(() -> new MetaData().reflect(engine, "missing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no table 'missing'").hasMessageContaining("readings");
    }
}
