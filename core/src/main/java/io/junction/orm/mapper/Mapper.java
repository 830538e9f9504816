package io.junction.orm.mapper;

import io.junction.orm.attribute.ClassManager;
import io.junction.orm.attribute.InstanceState;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How one class maps to one table: a column property per column, the relationships, and the
 * primary key that gives each object its identity.
 */
public final class Mapper extends ClassManager {
    private final Registry registry;
    private final Table table;
    private final Map<String, MapperProperty> properties = new LinkedHashMap<>();
    private final Map<Column, ColumnProperty> byColumn = new LinkedHashMap<>();
    private final List<ColumnProperty> primaryKey;
    private final KeyRoles roles;
    private List<MapperProperty> propertyList = List.of();
    private List<ColumnProperty> columnList = List.of();
    private List<ColumnProperty> insertDefaults = List.of();
    private List<ColumnProperty> updateDefaults = List.of();
    private List<ColumnProperty> serverDefaults = List.of();
    private boolean configured;
    private volatile boolean published;
    private long columnBits;
    private final Map<Class<?>, Object> memos = new ConcurrentHashMap<>(2);
    private final List<Validation> validations = new ArrayList<>(0);
    private MapperEvents events;

    Mapper(Registry registry, Class<?> type, Table table, List<PropertySpec> specs) {
        super(type);
        this.registry = registry;
        this.table = table;
        if (table.primaryKey().isEmpty()) {
            throw new MappingException("cannot map " + type.getSimpleName() + " to table '" + table.name()
                    + "': the table has no primary key; declare one with column(...).primaryKey() or primaryKey(...)");
        }
        Map<Column, PropertySpec> overrides = new LinkedHashMap<>();
        List<PropertySpec> others = new ArrayList<>();
        for (PropertySpec spec : specs) {
            if (spec instanceof Validation validation) {
                validations.add(validation);
                continue;
            }
            Column mapped = KeyRoles.column(spec);
            if (mapped != null) {
                if (mapped.table() != table) {
                    throw new MappingException(type.getSimpleName() + "." + spec.name() + " maps column "
                            + mapped.table().name() + "." + mapped.name()
                            + ", which is not a column of table '" + table.name() + "' that " + type.getSimpleName()
                            + " is mapped to; name a column of " + table.name() + ", such as table.c(\"" + spec.name() + "\")");
                }
                if (overrides.put(mapped, spec) != null) {
                    throw new MappingException(type.getSimpleName() + " maps column " + table.name() + "." + mapped.name()
                            + " twice in registry.map(...); give it one columnProperty, versionId or uuidKey");
                }
            } else {
                others.add(spec);
            }
        }
        for (Column column : table.columns()) {
            PropertySpec override = overrides.get(column);
            ColumnProperty property;
            if (override != null) {
                property = (ColumnProperty) override.create(this);
            } else {
                Field field = FieldLookup.forColumn(type, column.name());
                String key = field != null ? field.getName() : column.name();
                property = new ColumnProperty(key, column, this, field);
            }
            add(property);
            byColumn.put(column, property);
        }
        List<ColumnProperty> pk = new ArrayList<>();
        for (Column column : table.primaryKey()) {
            pk.add(byColumn.get(column));
        }
        this.primaryKey = List.copyOf(pk);
        this.roles = KeyRoles.of(this, specs);
        for (PropertySpec spec : others) {
            add(spec.create(this));
        }
        Set<String> validated = new HashSet<>();
        for (Validation validation : validations) {
            if (!validated.add(validation.name())) {
                throw new MappingException(type.getSimpleName() + "." + validation.name() + " has two validators; "
                        + "an attribute takes one: merge them into one validates(\"" + validation.name() + "\", ...)");
            }
        }
    }

    /** The flush, load and refresh listeners of this class, or {@code null} when it has none: one null check for the flush and loading. */
    public MapperEvents events() {
        return events;
    }

    @Override
    public boolean listensToFlush() {
        return events != null || super.listensToFlush();
    }

    void events(MapperEvents listeners) {
        this.events = listeners;
    }

    /** Installs this class's validators on their attributes, once every property and backref is configured. */
    void installValidators() {
        for (Validation validation : validations) {
            validation.install(this);
        }
    }

    /** The mapper of a mapped object's class. */
    public static Mapper of(InstanceState state) {
        return (Mapper) state.manager();
    }

    /** The mapper of a class, configuring its registry if needed; an exception names the class when it is not mapped. */
    public static Mapper forClass(Class<?> type) {
        ClassManager manager = ClassManager.forClass(type);
        if (!(manager instanceof Mapper) && MapperSource.mapOnDemand(type)) {
            manager = ClassManager.forClass(type);
        }
        if (!(manager instanceof Mapper mapper)) {
            requireEnhanced(type);
            throw new MappingException("class " + type.getName() + " is not mapped: map it with registry.map("
                    + type.getSimpleName() + ".class, table, ...) or make it extend a DeclarativeBase");
        }
        mapper.ensureConfigured();
        return mapper;
    }

    /** The field named {@code name} in this class or a superclass, or {@code null}. */
    public Field field(String name) {
        return FieldLookup.find(type(), name);
    }

    public Registry registry() {
        return registry;
    }

    public Table table() {
        return table;
    }

    /** Adds a property; a property added after configuration (a backref) is configured at once. */
    public void add(MapperProperty property) {
        if (properties.containsKey(property.key())) {
            throw new MappingException(type().getSimpleName() + "." + property.key() + " is mapped twice: "
                    + properties.get(property.key()) + " and " + property + "; rename one of them");
        }
        properties.put(property.key(), property);
        propertyList = List.copyOf(properties.values());
        if (property instanceof ColumnProperty column) {
            List<ColumnProperty> columns = new ArrayList<>(columnList);
            columns.add(column);
            columnList = List.copyOf(columns);
            insertDefaults = columnList.stream().filter(c -> c.column().defaultValue() != null).toList();
            updateDefaults = columnList.stream().filter(c -> c.column().onUpdate() != null).toList();
            serverDefaults = columnList.stream().filter(c -> c.column().serverDefault() != null).toList();
        }
        if (property.attribute() != null) {
            addAttribute(property.attribute());
        }
        if (configured) {
            property.configure();
        }
    }

    public MapperProperty property(String key) {
        MapperProperty property = properties.get(key);
        if (property == null) {
            throw new MappingException(type().getSimpleName() + " has no mapped attribute '" + key + "'; its attributes are "
                    + properties.keySet());
        }
        return property;
    }

    public boolean hasProperty(String key) {
        return properties.containsKey(key);
    }

    /** The properties in the order they were added: columns in table order, then relationships. */
    public List<MapperProperty> properties() {
        return propertyList;
    }

    /** The column properties, in the table's column order. */
    public List<ColumnProperty> columnProperties() {
        return columnList;
    }

    /** The property of one of this mapper's table's columns. */
    public ColumnProperty columnProperty(Column column) {
        ColumnProperty property = byColumn.get(column);
        if (property == null) {
            throw new MappingException(type().getSimpleName() + " maps no column " + column);
        }
        return property;
    }

    public List<ColumnProperty> primaryKey() {
        return primaryKey;
    }

    /** The version counter ({@link VersionSpec}), or {@code null} when rows are not versioned. */
    public ColumnProperty versionId() {
        return roles.versionId();
    }

    /** The primary key attribute whose values the flush generates ({@link UuidKeySpec}, or a column's sequence), or {@code null}. */
    public ColumnProperty generatedKey() {
        return roles.generatedKey();
    }

    /** True if the flush gives {@link #generatedKey()} random UUIDs; else its column's sequence gives its values. */
    public boolean generatesUuids() {
        return roles.uuids();
    }

    /**
     * Sets the client-side defaults of {@code state}'s columns before a flush writes its row: the
     * insert defaults of a row to insert; the update values of a row to update, when a column changed.
     */
    public void applyColumnDefaults(InstanceState state, boolean inserting) {
        List<ColumnProperty> defaulted = inserting ? insertDefaults : updateDefaults;
        if (defaulted.isEmpty() || !inserting && !anyColumnChanged(state)) {
            return;
        }
        for (ColumnProperty property : defaulted) {
            property.applyDefault(state, inserting);
        }
    }

    private boolean anyColumnChanged(InstanceState state) {
        for (ColumnProperty property : columnList) {
            if (state.isChanged(property.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * After {@code state}'s row was inserted with {@code inserted} columns: each column left to its
     * server default is expired, so a read loads the value the database gave it.
     */
    public void expireServerDefaults(InstanceState state, List<ColumnProperty> inserted) {
        for (ColumnProperty property : serverDefaults) {
            if (!inserted.contains(property)) {
                state.expireAttribute(property.key());
            }
        }
    }

    /** The primary key values of {@code state}, in key order; {@code null} entries where unset. */
    public Object[] primaryKeyOf(InstanceState state) {
        Object[] values = new Object[primaryKey.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = primaryKey.get(i).get(state);
        }
        return values;
    }

    /** The root of this mapper's class hierarchy, which scopes identity keys. */
    public Class<?> identityClass() {
        return type();
    }

    /** Configures the registry unless this mapper is published: lock-free once it is. */
    @Override
    protected void ensureConfigured() {
        if (!published) {
            registry.configure();
        }
    }

    boolean isConfigured() {
        return configured;
    }

    void configureProperties() {
        for (MapperProperty property : new ArrayList<>(properties.values())) {
            property.configure();
        }
        configured = true;
    }

    /** Makes this fully configured mapper visible to {@link #ensureConfigured()} on every thread. */
    void publish() {
        columnBits = attributeBits(columnList.stream().map(ColumnProperty::key).toList());
        published = true;
    }

    /**
     * What another package derives from this mapper once and keeps for its lifetime (the loading
     * package's statements by key, for one): built by {@code build} on first use, one per
     * {@code kind}, read without a lock afterwards.
     */
    public <V> V memo(Class<V> kind, Function<Mapper, ? extends V> build) {
        Object value = memos.get(kind);
        if (value == null) {
            value = memos.computeIfAbsent(kind, k -> build.apply(this));
        }
        return kind.cast(value);
    }

    /** True if every column of {@code state}, an object of this class, is loaded: none expired or deferred. */
    public boolean columnsLoaded(InstanceState state) {
        if (!state.hasUnloaded()) {
            return true;
        }
        if (columnBits != 0) {
            return state.loadedAll(columnBits);
        }
        for (ColumnProperty property : columnList) {
            if (!state.isLoaded(property.key())) {
                return false;
            }
        }
        return true;
    }

    void postConfigureProperties() {
        for (MapperProperty property : new ArrayList<>(properties.values())) {
            property.postConfigure();
        }
    }

    /** The mapper that objects of exactly {@code type} use now, from whichever registry, or {@code null}. */
    static Mapper active(Class<?> type) {
        return registered(type) instanceof Mapper mapper ? mapper : null;
    }

    /** Registers this mapper so that enhanced objects of its class find it. */
    void activate() {
        register(this);
    }

    void deactivate() {
        unregister(this);
    }
}
