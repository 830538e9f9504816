package io.junction.schema;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.engine.TestEngines;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.primaryKey;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every table of the seed chapter, created with {@code metadata.createAll(engine)} and dropped with
 * {@code dropAll} on H2 and PostgreSQL; the tables are checked in the database's catalog.
 */
class SeedTablesDdlTest {

    /** Each schema of the seed chapter, by the section that declares it. */
    static Map<String, Supplier<MetaData>> schemas() {
        Map<String, Supplier<MetaData>> schemas = new java.util.LinkedHashMap<>();
        schemas.put("one-to-many", SeedTablesDdlTest::oneToMany);
        schemas.put("many-to-one", SeedTablesDdlTest::manyToOne);
        schemas.put("many-to-many", SeedTablesDdlTest::manyToMany);
        schemas.put("association-object", SeedTablesDdlTest::associationObject);
        schemas.put("adjacency-list", SeedTablesDdlTest::nodes);
        schemas.put("alternate-join-conditions", SeedTablesDdlTest::usersAndAddresses);
        schemas.put("mutable-primary-keys", SeedTablesDdlTest::mutablePrimaryKeys);
        schemas.put("row-that-points-to-itself", SeedTablesDdlTest::user);
        schemas.put("mutually-dependent-rows", SeedTablesDdlTest::widgetAndEntry);
        return schemas;
    }

    static Stream<Arguments> schemasOnBothDatabases() {
        List<Arguments> arguments = new ArrayList<>();
        for (Map.Entry<String, Supplier<MetaData>> schema : schemas().entrySet()) {
            for (Named<String> url : List.of(TestEngines.h2(), TestEngines.postgres())) {
                arguments.add(Arguments.of(Named.of(schema.getKey(), schema.getValue()), url));
            }
        }
        return arguments.stream();
    }

    static Stream<Named<String>> urls() {
        return TestEngines.urls();
    }

    static MetaData oneToMany() {
        MetaData metadata = new MetaData();
        metadata.table("parent", column("id", INTEGER).primaryKey());
        metadata.table("child", column("id", INTEGER).primaryKey(), column("parent_id", INTEGER).foreignKey("parent.id"));
        return metadata;
    }

    static MetaData manyToOne() {
        MetaData metadata = new MetaData();
        metadata.table("parent", column("id", INTEGER).primaryKey(), column("child_id", INTEGER).foreignKey("child.id"));
        metadata.table("child", column("id", INTEGER).primaryKey());
        return metadata;
    }

    static MetaData manyToMany() {
        MetaData metadata = new MetaData();
        metadata.table("left", column("id", INTEGER).primaryKey());
        metadata.table("right", column("id", INTEGER).primaryKey());
        metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id"),
                column("right_id", INTEGER).foreignKey("right.id"));
        return metadata;
    }

    static MetaData associationObject() {
        MetaData metadata = new MetaData();
        metadata.table("left", column("id", INTEGER).primaryKey());
        metadata.table("right", column("id", INTEGER).primaryKey());
        metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id").primaryKey(),
                column("right_id", INTEGER).foreignKey("right.id").primaryKey(),
                column("data", string(50)));
        return metadata;
    }

    static MetaData nodes() {
        MetaData metadata = new MetaData();
        metadata.table("nodes",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("nodes.id"),
                column("data", string(50)));
        return metadata;
    }

    static MetaData usersAndAddresses() {
        MetaData metadata = new MetaData();
        metadata.table("users", column("user_id", INTEGER).primaryKey(), column("name", string(50)));
        metadata.table("addresses",
                column("address_id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.user_id"),
                column("email", string(50)),
                column("city", string(50)));
        metadata.table("keywords", column("keyword_id", INTEGER).primaryKey(), column("name", string(50)));
        metadata.table("userkeywords",
                column("user_id", INTEGER).foreignKey("users.user_id"),
                column("keyword_id", INTEGER).foreignKey("keywords.keyword_id"),
                primaryKey("user_id", "keyword_id"));
        return metadata;
    }

    static MetaData mutablePrimaryKeys() {
        MetaData metadata = new MetaData();
        metadata.table("users", column("username", string(50)).primaryKey(), column("fullname", string(100)));
        metadata.table("addresses",
                column("email", string(50)).primaryKey(),
                column("username", string(50)).foreignKey("users.username", ReferentialAction.CASCADE, null));
        return metadata;
    }

    static MetaData user() {
        MetaData metadata = new MetaData();
        metadata.table("user",
                column("user_id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("related_user_id", INTEGER).foreignKey("user.user_id"));
        return metadata;
    }

    static MetaData widgetAndEntry() {
        MetaData metadata = new MetaData();
        metadata.table("widget",
                column("widget_id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("favorite_entry_id", INTEGER).foreignKey("entry.entry_id"));
        metadata.table("entry",
                column("entry_id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("widget_id", INTEGER).foreignKey("widget.widget_id"));
        return metadata;
    }

    /** The tables of the connection's current schema, in lower case. */
    static Set<String> tables(Connection connection) {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.jdbc().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA")) {
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static Set<String> tableNames(MetaData metadata) {
        Set<String> names = new TreeSet<>();
        metadata.tables().forEach(t -> names.add(t.name()));
        return names;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("schemasOnBothDatabases")
    void createAllCreatesEveryTableAndDropAllDropsThem(Supplier<MetaData> schema, String url) {
        MetaData metadata = schema.get();
        Engine engine = Engine.builder(url).build();
        TestEngines.Recorder recorder = new TestEngines.Recorder();
        engine.addListener(recorder);
        metadata.createAll(engine);
        try (Connection connection = engine.connect()) {
            assertThat(tables(connection)).isEqualTo(tableNames(metadata));
            for (Table table : metadata.tables()) {
                assertThat(connection.execute(select(table)).all()).as(table.name()).isEmpty();
            }
        }
        assertThat(recorder.sql()).filteredOn(s -> s.startsWith("CREATE TABLE")).hasSize(metadata.tables().size());
        metadata.dropAll(engine);
        try (Connection connection = engine.connect()) {
            assertThat(tables(connection)).isEmpty();
        }
        metadata.dropAll(engine);
    }

    @ParameterizedTest
    @MethodSource("urls")
    void theWidgetEntryCycleIsClosedByAlterTableAndOpenedBeforeTheDrop(String url) {
        MetaData metadata = widgetAndEntry();
        Engine engine = Engine.builder(url).build();
        TestEngines.Recorder recorder = new TestEngines.Recorder();
        engine.addListener(recorder);
        metadata.createAll(engine);
        List<String> created = recorder.sql();
        int lastCreate = Math.max(indexOf(created, "CREATE TABLE widget"), indexOf(created, "CREATE TABLE entry"));
        int firstAlter = indexOf(created, "ALTER TABLE");
        assertThat(firstAlter).isGreaterThan(lastCreate);
        assertThat(created.subList(firstAlter, created.size()))
                .allMatch(s -> s.startsWith("ALTER TABLE") && s.contains("ADD CONSTRAINT") && s.contains("FOREIGN KEY"))
                .anyMatch(s -> s.startsWith("ALTER TABLE widget") && s.contains("REFERENCES entry"));
        assertThat(created.subList(0, firstAlter)).noneMatch(s -> s.contains("REFERENCES"));

        try (Connection connection = engine.connect()) {
            connection.execute(insert(metadata.table("widget")).values(Map.of("widget_id", 1, "name", "somewidget")));
            connection.execute(insert(metadata.table("entry"))
                    .values(Map.of("entry_id", 5, "name", "someentry", "widget_id", 1)));
            connection.execute(update(metadata.table("widget")).set("favorite_entry_id", 5));
            connection.commit();
            assertThatThrownBy(() -> connection.execute(update(metadata.table("widget")).set("favorite_entry_id", 6)))
                    .as("the constraint added by ALTER TABLE holds").isInstanceOf(IntegrityException.class);
            connection.rollback();
        }

        recorder.clear();
        metadata.dropAll(engine);
        List<String> dropped = recorder.sql();
        assertThat(dropped.subList(0, 2)).allMatch(s -> s.startsWith("ALTER TABLE") && s.contains("DROP CONSTRAINT"));
        assertThat(dropped.subList(2, dropped.size())).allMatch(s -> s.startsWith("DROP TABLE")).hasSize(2);
        try (Connection connection = engine.connect()) {
            assertThat(tables(connection)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void onUpdateCascadeCarriesAChangedUsernameToTheAddresses(String url) {
        MetaData metadata = mutablePrimaryKeys();
        Table users = metadata.table("users");
        Table addresses = metadata.table("addresses");
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(users).values(Map.of("username", "jack", "fullname", "Jack Bean")));
            connection.executeMany(insert(addresses), List.of(
                    address("jack@google.com", "jack"), address("jack@yahoo.com", "jack")));
            connection.commit();
            assertThat(connection.execute(update(users).set("username", "ed").where(users.c("username").eq("jack")))
                    .rowCount()).isEqualTo(1);
            connection.commit();
            assertThat(connection.execute(select(addresses.c("username")).orderBy(addresses.c("email"))).all())
                    .extracting(r -> r.get(0)).containsExactly("ed", "ed");
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void aRowMayPointToItself(String url) {
        MetaData metadata = user();
        Table user = metadata.table("user");
        Engine engine = Engine.builder(url).build();
        metadata.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(user).values(Map.of("user_id", 1, "name", "ed")));
            connection.execute(update(user).set("related_user_id", 1).where(user.c("user_id").eq(1)));
            connection.commit();
            assertThat(connection.execute(select(user)).one()).hasToString("(1, 'ed', 1)");
            assertThatThrownBy(() -> connection.execute(update(user).set("related_user_id", 2)))
                    .isInstanceOf(IntegrityException.class);
        }
    }

    private static Map<String, Object> address(String email, String username) {
        Map<String, Object> row = new HashMap<>();
        row.put("email", email);
        row.put("username", username);
        return row;
    }

    private static int indexOf(List<String> statements, String prefix) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no statement starts with " + prefix + " in " + statements);
    }
}
