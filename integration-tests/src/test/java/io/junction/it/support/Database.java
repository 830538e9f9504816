package io.junction.it.support;

import io.junction.engine.Engine;
import io.junction.testing.TestDatabases;

import java.util.function.Supplier;
import java.util.stream.Stream;

/** A database the suites run on: embedded H2, or a fresh database on a real PostgreSQL. */
public enum Database {
    H2(() -> TestDatabases.h2Url("it")),
    POSTGRESQL(() -> TestDatabases.postgres().freshDatabaseUrl());

    private final Supplier<String> url;

    Database(Supplier<String> url) {
        this.url = url;
    }

    /** A new, empty database of this kind, with SQL echo on. */
    public Engine engine() {
        return Engine.builder(url.get()).echo(true).build();
    }

    /**
     * A new, empty database of this kind without SQL echo (whatever the level of the logger
     * {@code io.junction.sql}), for suites that run thousands of statements.
     */
    public Engine quietEngine() {
        return Engine.builder(url.get()).echo(false).build();
    }

    /** Both databases, for {@code @MethodSource}. */
    public static Stream<Database> all() {
        return Stream.of(values());
    }
}
