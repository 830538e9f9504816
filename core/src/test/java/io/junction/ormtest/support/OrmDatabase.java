package io.junction.ormtest.support;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.orm.session.Session;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Statement;
import io.junction.sql.schema.MetaData;
import io.junction.testing.TestDatabases;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A new in-memory H2 database with a model's tables, and the log of the SQL its engine runs. */
public final class OrmDatabase {
    private final Engine engine;
    private final SqlLog log = new SqlLog();

    private OrmDatabase(Engine engine) {
        this.engine = engine;
        engine.addListener(log);
    }

    /** A fresh database with the tables of {@code metadata} created; the log starts empty. */
    public static OrmDatabase fresh(MetaData metadata) {
        OrmDatabase database = new OrmDatabase(Engine.builder(TestDatabases.h2Url("orm")).build());
        metadata.createAll(database.engine);
        database.log.clear();
        return database;
    }

    public Engine engine() {
        return engine;
    }

    public SqlLog log() {
        return log;
    }

    public Session session() {
        return new Session(engine);
    }

    /** Runs {@code statements} on a connection of their own and commits, as another program would. */
    public void execute(Statement... statements) {
        try (Connection connection = engine.connect()) {
            for (Statement statement : statements) {
                connection.execute(statement);
            }
            connection.commit();
        }
    }

    /** The committed rows of {@code select}, each as its values joined by {@code /}, such as {@code 1/null/a}. */
    public List<String> rows(Select select) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select).all().stream().map(OrmDatabase::text).toList();
        }
    }

    private static String text(Row row) {
        return row.values().stream().map(String::valueOf).collect(Collectors.joining("/"));
    }

    /** A row of values for comparing with {@link SqlLog#rows(int)}; unlike {@code List.of} it takes {@code null}. */
    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
