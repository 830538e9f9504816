package io.junction.orm.mapper;

import io.junction.orm.attribute.ClassManager;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes mapped over one {@link MetaData}. Mapping happens in two phases: {@link #map}
 * collects each class, and the first use of any mapped class configures them all together, so
 * relationships may name classes mapped later.
 *
 * <p>Thread-safe. Configuration runs once, under this registry's monitor, and calls no user code
 * (no class is initialized); only when every mapper is configured and every backref linked are
 * the mappers published, so a thread that uses a mapper never sees it half-configured. Lookups
 * read an immutable snapshot and take no lock.
 */
public final class Registry {
    private final MetaData metadata;
    private final String name;
    private volatile Map<Class<?>, Mapper> mappers = Map.of();
    private boolean configuring;
    private final RegistryEvents events = new RegistryEvents(this);

    public Registry(MetaData metadata) {
        this(metadata, null);
    }

    /** A registry that error messages call {@code name}, such as "the registry of declarative base Base". */
    public Registry(MetaData metadata, String name) {
        this.metadata = metadata;
        this.name = name;
    }

    public MetaData metadata() {
        return metadata;
    }

    /** The listeners of this registry's classes: flush, load and refresh events per class, set, append and remove per attribute. */
    public RegistryEvents events() {
        return events;
    }

    /**
     * Maps {@code type} to {@code table}: every column becomes an attribute of the field with its
     * name (or camelCase name), and {@code properties} add relationships or rename columns.
     */
    public synchronized Mapper map(Class<?> type, Table table, PropertySpec... properties) {
        ClassManager.requireEnhanced(type);
        if (mappers.containsKey(type)) {
            throw new MappingException("class " + type.getName() + " is already mapped in this registry");
        }
        Mapper earlier = Mapper.active(type);
        if (earlier != null && earlier.registry() != this) {
            throw new MappingException("class " + type.getName() + " is already mapped to table '" + earlier.table().name()
                    + "' in " + earlier.registry() + "; mapping it to table '" + table.name() + "' in " + this
                    + " as well would silently replace that mapping for every session. A class is mapped by one registry "
                    + "at a time: call dispose() on the first registry (DeclarativeRegistry.of(Base.class).dispose() for "
                    + "a declarative base) before mapping " + type.getSimpleName() + " again, or map another class");
        }
        if (table.metadata() != metadata) {
            throw new MappingException("cannot map " + type.getSimpleName() + " to table '" + table.name()
                    + "': the table belongs to another MetaData than this registry's");
        }
        Mapper mapper = new Mapper(this, type, table, Arrays.asList(properties));
        Map<Class<?>, Mapper> next = new LinkedHashMap<>(mappers);
        next.put(type, mapper);
        mappers = Collections.unmodifiableMap(next);
        mapper.events(events.of(type));
        mapper.activate();
        return mapper;
    }

    /** The mapper of {@code type}; an exception lists the mapped classes when there is none. */
    public Mapper mapper(Class<?> type) {
        Mapper mapper = mappers.get(type);
        if (mapper == null) {
            throw new MappingException("class " + type.getName() + " is not mapped in this registry; mapped are "
                    + mappers.keySet().stream().map(Class::getSimpleName).toList());
        }
        return mapper;
    }

    /** The mapper of {@code type} if it is mapped here, else {@code null}. */
    public Mapper mapperOrNull(Class<?> type) {
        return mappers.get(type);
    }

    public List<Mapper> mappers() {
        return new ArrayList<>(mappers.values());
    }

    /**
     * Configures every mapper not configured yet: relationships resolve their targets, backrefs
     * appear and are linked; then publishes every mapper at once. A call from inside a
     * configuration (on the same thread) returns at once; other threads wait for it to finish.
     */
    public synchronized void configure() {
        if (configuring) {
            return;
        }
        configuring = true;
        try {
            List<Mapper> pending = new ArrayList<>();
            for (Mapper mapper : mappers.values()) {
                if (!mapper.isConfigured()) {
                    pending.add(mapper);
                }
            }
            for (Mapper mapper : pending) {
                mapper.configureProperties();
            }
            for (Mapper mapper : pending) {
                mapper.postConfigureProperties();
            }
            for (Mapper mapper : pending) {
                mapper.installValidators();
                events.configured(mapper);
            }
            for (Mapper mapper : mappers.values()) {
                mapper.publish();
            }
        } finally {
            configuring = false;
        }
    }

    /** The name given at construction, else a description by the tables of its metadata. */
    @Override
    public String toString() {
        return name != null ? name : "the registry over tables " + metadata.tables().stream().map(Table::name).toList();
    }

    /** Forgets every mapping of this registry, so its classes can be mapped again (used by tests). */
    public synchronized void dispose() {
        for (Mapper mapper : mappers.values()) {
            mapper.deactivate();
        }
        mappers = Map.of();
    }
}
