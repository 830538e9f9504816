package io.junction.it.support;

import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.DeclarativeRegistry;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;

import java.util.function.Supplier;

/**
 * The model classes of one pattern (they extend a declarative base and carry annotations), with
 * the classical {@code registry.map(...)} calls a classical user writes for the same tables.
 * {@link #activate} maps the classes in one {@link Style}: in {@link Style#CLASSICAL} by those
 * calls (the annotations unused), in {@link Style#DECLARATIVE} by the annotations.
 *
 * <p>To cover a pattern in both styles: model classes in a package with its own {@code Base}, one
 * {@code StyledMapping} with the classical calls, and a {@link StyledSuite} over it.
 */
public final class StyledMapping {
    private final Class<? extends DeclarativeBase> base;
    private final Supplier<Registry> classical;
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

    /** The tables of the active style. */
    public MetaData metadata() {
        return registry().metadata();
    }

    /** The description of a style's configuration, for {@link MappingDescription} comparisons. */
    public String describe(Style style) {
        return MappingDescription.of(activate(style));
    }
}
