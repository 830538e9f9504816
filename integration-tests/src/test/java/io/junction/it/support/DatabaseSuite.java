package io.junction.it.support;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.orm.session.Session;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A suite run on each {@link Database}: one engine per database, with the suite's tables created fresh for each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseSuite {
    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);

    /** The tables of the suite. */
    protected abstract MetaData metadata();

    /** The engine of {@code database}, with the suite's tables dropped and created again. */
    protected Engine fresh(Database database) {
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        metadata().dropAll(engine);
        metadata().createAll(engine);
        return engine;
    }

    /** Drops the suite's tables and closes each engine, so that its pool's connections close. */
    @AfterAll
    void dropTables() {
        engines.values().forEach(engine -> {
            try {
                metadata().dropAll(engine);
            } finally {
                engine.close();
            }
        });
    }

    /** Rows as another connection sees them: what is committed. */
    protected static List<Row> rows(Engine engine, Select select) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select).all();
        }
    }

    /** Rows as the session's transaction sees them. */
    protected static List<Row> rows(Session session, Select select) {
        return session.connection().execute(select).all();
    }

    /** The rows as strings joined by {@code /}, such as {@code 1/2}, for compact assertions. */
    protected static List<String> strings(List<Row> rows) {
        return rows.stream().map(r -> String.join("/", r.values().stream().map(String::valueOf).toList())).toList();
    }
}
