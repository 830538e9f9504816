package io.junction.orm.mapper;

import io.junction.orm.attribute.ClassManager;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes mapped over one {@link MetaData}. Mapping happens in two phases: {@link #map}
 * collects each class, and the first use of any mapped class configures them all together, so
 * relationships may name classes mapped later.
 */
public final class Registry {
    private final MetaData metadata;
    private final Map<Class<?>, Mapper> mappers = new LinkedHashMap<>();
    private boolean configuring;

    public Registry(MetaData metadata) {
        this.metadata = metadata;
    }

    public MetaData metadata() {
        return metadata;
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
        if (table.metadata() != metadata) {
            throw new MappingException("cannot map " + type.getSimpleName() + " to table '" + table.name()
                    + "': the table belongs to another MetaData than this registry's");
        }
        Mapper mapper = new Mapper(this, type, table, Arrays.asList(properties));
        mappers.put(type, mapper);
        mapper.activate();
        return mapper;
    }

    /** The mapper of {@code type}; an exception lists the mapped classes when there is none. */
    public synchronized Mapper mapper(Class<?> type) {
        Mapper mapper = mappers.get(type);
        if (mapper == null) {
            throw new MappingException("class " + type.getName() + " is not mapped in this registry; mapped are "
                    + mappers.keySet().stream().map(Class::getSimpleName).toList());
        }
        return mapper;
    }

    /** The mapper of {@code type} if it is mapped here, else {@code null}. */
    public synchronized Mapper mapperOrNull(Class<?> type) {
        return mappers.get(type);
    }

    public synchronized List<Mapper> mappers() {
        return new ArrayList<>(mappers.values());
    }

    /** Configures every mapper not configured yet: relationships resolve their targets, backrefs appear. */
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
        } finally {
            configuring = false;
        }
    }

    /** Forgets every mapping of this registry, so its classes can be mapped again (used by tests). */
    public synchronized void dispose() {
        for (Mapper mapper : mappers.values()) {
            mapper.deactivate();
        }
        mappers.clear();
    }
}
