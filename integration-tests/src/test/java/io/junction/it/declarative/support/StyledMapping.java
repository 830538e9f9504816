package io.junction.it.declarative.support;

import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.DeclarativeRegistry;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The model classes of one seed pattern (they extend a declarative base and carry annotations), with
 * the classical {@code registry.map(...)} calls a classical user writes for the same tables. A test
 * body calls {@link #activate} with a style and then runs unchanged: in {@link Style#CLASSICAL} the
 * classes are mapped by those calls (the annotations unused), in {@link Style#DECLARATIVE} by the
 * annotations. So each assertion, SQL text included, holds for both styles or the suite fails.
 *
 * <p>To cover a new pattern: model classes in a package with its own {@code Base}, one
 * {@code StyledMapping} with the classical calls, and tests parameterised by {@link #cases()}.
 */
public final class StyledMapping {
    private final Class<? extends DeclarativeBase> base;
    private final Supplier<Registry> classical;
    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);
    private Registry classicalRegistry;
    private Style active;

    /** {@code classical} creates a new MetaData with the tables, a Registry over it, and maps the classes. */
    public StyledMapping(Class<? extends DeclarativeBase> base, Supplier<Registry> classical) {
        this.base = base;
        this.classical = classical;
    }

    /** Maps the classes in {@code style} (unmapping the other style) and returns that style's registry. */
    public synchronized Registry activate(Style style) {
        DeclarativeRegistry declarative = DeclarativeRegistry.of(base);
        if (style == active) {
            return registry();
        }
        if (style == Style.CLASSICAL) {
            declarative.configure();    // so that constructing an object never maps its class declaratively
            declarative.dispose();
            classicalRegistry = classical.get();
            classicalRegistry.configure();
        } else {
            if (classicalRegistry != null) {
                classicalRegistry.dispose();
                classicalRegistry = null;
            }
            declarative.configure();
        }
        active = style;
        return registry();
    }

    /** The registry of the active style. */
    public synchronized Registry registry() {
        return active == Style.CLASSICAL ? classicalRegistry : DeclarativeRegistry.of(base).registry();
    }

    public MetaData metadata() {
        return registry().metadata();
    }

    /** Activates {@code style} and returns an engine on {@code database} with this pattern's tables, empty. */
    public Engine fresh(Style style, Database database) {
        activate(style);
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        metadata().dropAll(engine);
        metadata().createAll(engine);
        return engine;
    }

    /** Drops the tables from every engine used. */
    public void dropAll() {
        if (active != null) {
            engines.values().forEach(metadata()::dropAll);
        }
    }

    /** The description of a style's configuration, for {@link MappingDescription} comparisons. */
    public String describe(Style style) {
        return MappingDescription.of(activate(style));
    }

    /** Every style on every database, for {@code @MethodSource}. */
    public static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Style style : Style.values()) {
            for (Database database : Database.values()) {
                cases.add(Arguments.of(style, database));
            }
        }
        return cases.stream();
    }
}
