package io.junction.it.loading;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.session.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.junction.it.loading.LoadingTest.row;
import static io.junction.it.loading.ShelfModel.BOOKS;
import static io.junction.it.loading.ShelfModel.METADATA;
import static io.junction.it.loading.ShelfModel.SHELVES;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.sql.expression.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading by primary key — {@code session.get}, {@code query.get}, and the refresh of expired
 * columns — with a relationship configured to load by SUBQUERY: the statements, their parameters,
 * and the same statements from every session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GetByKeyTest {
    private static final String SHELF_BY_KEY = "SELECT shelves.id AS shelves_id, shelves.name AS shelves_name "
            + "FROM shelves WHERE shelves.id = ?";
    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);

    static {
        ShelfModel.REGISTRY.configure();
    }

    private Engine fresh(Database database) {
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(SHELVES), List.of(row("id", 1, "name", "fiction"), row("id", 2, "name", "poetry")));
            connection.executeMany(insert(BOOKS), List.of(
                    row("id", 1, "shelf_id", 1, "title", "Emma"),
                    row("id", 2, "shelf_id", 1, "title", "Dracula"),
                    row("id", 3, "shelf_id", 2, "title", "Odes")));
            connection.commit();
        }
        return engine;
    }

    @AfterAll
    void dropTables() {
        engines.values().forEach(METADATA::dropAll);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void getSelectsByKeyThenRepeatsThatStatementForTheSubqueryLoad(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        for (int round = 0; round < 2; round++) {
            log.clear();
            try (Session session = new Session(engine)) {
                Shelf fiction = session.get(Shelf.class, 1);
                assertThat(log.sql()).containsExactly(SHELF_BY_KEY,
                        "SELECT anon_1.id AS anon_1_id, books.id AS books_id, "
                                + "books.shelf_id AS books_shelf_id, books.title AS books_title "
                                + "FROM (SELECT DISTINCT shelves.id FROM shelves WHERE shelves.id = ?) AS anon_1 "
                                + "JOIN books ON anon_1.id = books.shelf_id ORDER BY anon_1.id, books.id");
                assertThat(log.statements()).allSatisfy(statement -> assertThat(statement.parameters()).containsExactly(1));
                assertThat(fiction.name).isEqualTo("fiction");
                assertThat(fiction.books).extracting(book -> book.title).containsExactly("Emma", "Dracula");
                assertThat(fiction.books).allSatisfy(book -> assertThat(book.shelf).isSameAs(fiction));
                assertThat(log.count()).isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void getOfAnHeldObjectRunsNoSqlAndOfAnExpiredOneReloadsItsColumnsOnly(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Shelf poetry = session.get(Shelf.class, 2);
            log.clear();
            assertThat(session.get(Shelf.class, 2L)).isSameAs(poetry);
            assertThat(log.sql()).isEmpty();
            session.expire(poetry);
            assertThat(session.get(Shelf.class, 2)).isSameAs(poetry);
            assertThat(log.sql()).containsExactly(SHELF_BY_KEY);
            assertThat(log.statements().get(0).parameters()).containsExactly(2);
            assertThat(poetry.name).isEqualTo("poetry");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void getOfAMissingOrNullKeyIsNullAfterOneSelect(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            assertThat(session.get(Shelf.class, 99)).isNull();
            assertThat(session.get(Shelf.class, (Object) null)).isNull();
            assertThat(log.sql()).containsExactly(SHELF_BY_KEY,
                    "SELECT shelves.id AS shelves_id, shelves.name AS shelves_name FROM shelves WHERE shelves.id IS NULL");
            assertThat(log.statements().get(0).parameters()).containsExactly(99);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void queryGetTakesAHeldObjectAndOtherwiseRunsTheQueryWithItsOptions(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Shelf fiction = session.query(Shelf.class).options(selectinLoad("books")).get(1);
            assertThat(log.sql().stream().map(sql -> sql.replace("FETCH FIRST ? ROWS ONLY", "LIMIT ?"))).containsExactly(
                    SHELF_BY_KEY + " LIMIT ?",
                    "SELECT books.id AS books_id, books.shelf_id AS books_shelf_id, books.title AS books_title "
                            + "FROM books WHERE books.shelf_id IN (?) ORDER BY books.id");
            assertThat(fiction.books).extracting(book -> book.title).containsExactly("Emma", "Dracula");
            log.clear();
            assertThat(session.query(Shelf.class).get(1)).isSameAs(fiction);
            assertThat(log.sql()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aManyToOneHeldByTheSessionLoadsWithoutSql(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Shelf fiction = session.get(Shelf.class, 1);
            Book odes = session.query(Book.class).filter(BOOKS.c("id").eq(3)).one();
            Shelf poetry = session.get(Shelf.class, 2);
            log.clear();
            assertThat(odes.shelf).isSameAs(poetry);
            assertThat(fiction.books.get(0).shelf).isSameAs(fiction);
            assertThat(log.sql()).isEmpty();
        }
    }
}
