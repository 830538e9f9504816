package io.junction.declarative;

import io.junction.orm.mapper.Naming;
import io.junction.orm.mapper.PropertySpec;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.MetaData;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The declarative side of one base: its {@link MetaData}, its {@link Registry}, and the model classes
 * found for it. It turns each model class's annotations into a table of the metadata and into one
 * {@code registry.map(type, table, properties...)} call, exactly as a classical user would write it,
 * then configures the registry. {@link TableDeclarer} reads the tables, {@link RelationshipDeclarer} the
 * relationships, and {@link NameResolver} the names they refer to; this class finds the model classes
 * and owns when they are declared, initialized, mapped and published.
 *
 * <pre>{@code
 * DeclarativeRegistry.of(Base.class).scan("com.example.model");   // optional: the base's package is always scanned
 * Registry registry = DeclarativeRegistry.of(Base.class).registry();
 * }</pre>
 */
public final class DeclarativeRegistry {
    private static final Map<Class<? extends DeclarativeBase>, DeclarativeRegistry> BASES = new ConcurrentHashMap<>();
    private static final Set<Class<?>> READY = ConcurrentHashMap.newKeySet();

    private final Class<? extends DeclarativeBase> base;
    private final MetaData metadata = new MetaData();
    private final Registry registry;
    private final Set<String> packages = new LinkedHashSet<>();
    private final Set<String> scannedPackages = new LinkedHashSet<>();
    private final Map<Class<?>, Model> models = new LinkedHashMap<>();
    private final NameResolver names;
    private final TableDeclarer tables;
    private final RelationshipDeclarer relationships;
    private final CallbackDeclarer callbacks;
    private Thread configuringThread;

    private DeclarativeRegistry(Class<? extends DeclarativeBase> base) {
        this.base = base;
        this.registry = new Registry(metadata, "the registry of declarative base " + base.getName());
        this.packages.add(base.getPackageName());
        this.names = new NameResolver(base, metadata, models);
        this.tables = new TableDeclarer(base, metadata, names);
        this.relationships = new RelationshipDeclarer(base, metadata, models, names);
        this.callbacks = new CallbackDeclarer(base);
    }

    /** The registry of the base that {@code type} is (or that {@code type}, a model class, extends). */
    public static DeclarativeRegistry of(Class<? extends DeclarativeBase> type) {
        return BASES.computeIfAbsent(rootBase(type), DeclarativeRegistry::new);
    }

    /** Called by {@link DeclarativeBase}'s constructor: registers and configures {@code type} once. */
    static void ensureMapped(Class<?> type) {
        if (READY.contains(type)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Class<? extends DeclarativeBase> model = (Class<? extends DeclarativeBase>) type;
        DeclarativeRegistry registry = of(model);
        if (model == registry.base) {
            return;
        }
        if (model.getAnnotation(Table.class) == null) {
            throw new DeclarativeException("class " + type.getName() + " extends " + registry.base.getSimpleName()
                    + " but has no @Table, so it is not mapped; annotate it @Table(\"" + Naming.snakeCase(type.getSimpleName())
                    + "\") or make it abstract");
        }
        registry.register(model);
        registry.configure();
    }

    private static Class<? extends DeclarativeBase> rootBase(Class<?> type) {
        if (type == null || type == DeclarativeBase.class || !DeclarativeBase.class.isAssignableFrom(type)) {
            throw new DeclarativeException("DeclarativeRegistry.of needs a subclass of DeclarativeBase, such as "
                    + "'public abstract class Base extends DeclarativeBase {}', not " + (type == null ? "null" : type.getName()));
        }
        Class<?> current = type;
        while (current.getSuperclass() != DeclarativeBase.class) {
            current = current.getSuperclass();
        }
        @SuppressWarnings("unchecked")
        Class<? extends DeclarativeBase> root = (Class<? extends DeclarativeBase>) current;
        return root;
    }

    /**
     * Adds packages (and their subpackages) whose classes that extend this base and carry
     * {@link Table} are model classes; the base's own package is always one of them.
     */
    public synchronized DeclarativeRegistry scan(String... packageNames) {
        for (String name : packageNames) {
            packages.add(name);
        }
        return this;
    }

    /** Adds model classes by hand (for classes outside the scanned packages). */
    public synchronized DeclarativeRegistry register(Class<?>... classes) {
        for (Class<?> type : classes) {
            if (!base.isAssignableFrom(type) || type == base) {
                throw new DeclarativeException("cannot register " + type.getName() + " with " + base.getSimpleName()
                        + ": it does not extend " + base.getName() + "; declare it 'class " + type.getSimpleName()
                        + " extends " + base.getSimpleName() + "'");
            }
            if (type.getAnnotation(Table.class) == null) {
                throw new DeclarativeException("cannot register " + type.getName() + ": it has no @Table; annotate it @Table(\""
                        + Naming.snakeCase(type.getSimpleName()) + "\")");
            }
            models.computeIfAbsent(type, t -> new Model(t, base));
        }
        return this;
    }

    /** The metadata, with every known model class's table (and every plain table the model classes declare). */
    public MetaData metadata() {
        configure();
        return metadata;
    }

    /** The registry, every known model class mapped and configured. */
    public Registry registry() {
        configure();
        return registry;
    }

    /** The model classes of this base known so far, in the order they were found. */
    public List<Class<?>> modelClasses() {
        configure();
        synchronized (this) {
            return List.copyOf(models.keySet());
        }
    }

    /** The table of a model class. */
    public io.junction.sql.schema.Table table(Class<?> model) {
        return model(model).table;
    }

    /** The column that the field {@code fieldName} of {@code model} maps (used by the generated metamodel). */
    public Column column(Class<?> model, String fieldName) {
        return names.columnField(model(model), fieldName);
    }

    /**
     * Forgets the mappings of this base's classes (their tables stay in the metadata), so that the
     * same classes can be mapped otherwise, such as classically in a test that compares both
     * styles; {@link #configure()} maps them again. Constructing an object does not re-map a
     * disposed class.
     */
    public synchronized void dispose() {
        registry.dispose();
        for (Model model : models.values()) {
            model.mapped = false;
        }
    }

    private Model model(Class<?> type) {
        synchronized (this) {
            if (!models.containsKey(type)) {
                register(type);
            }
        }
        configure();
        synchronized (this) {
            return models.get(type);
        }
    }

    /**
     * Finds the model classes (the base's package, scanned packages), declares their tables, runs
     * their static initializers (which may declare plain tables such as an association table),
     * maps them and configures the registry. Safe to call from any number of threads: no lock is
     * held while a class initializes, and the classes are mapped and the registry configured in
     * one step under this registry's monitor. A call from inside a configuration returns at once;
     * a call from a static initializer of the base or a model class (which may be about to declare
     * a plain table) declares the tables but leaves initializing the other classes and mapping
     * them to the next use, since initializing a subclass from its base's initializer can deadlock
     * with a thread initializing that subclass.
     */
    public DeclarativeRegistry configure() {
        List<Model> pending = declarePending();
        if (pending.isEmpty() || insideStaticInitializer()) {
            return this;
        }
        for (Model model : pending) {
            initialize(model.type);
        }
        mapPending(pending);
        return this;
    }

    /** Finds the model classes and declares their tables; returns those not mapped yet (none when called during mapping). */
    private synchronized List<Model> declarePending() {
        if (configuringThread == Thread.currentThread()) {
            return List.of();
        }
        scanPackages();
        discoverTargets();
        List<Model> pending = new ArrayList<>();
        for (Model model : new ArrayList<>(models.values())) {
            if (!model.mapped) {
                pending.add(model);
            }
        }
        for (Model model : pending) {
            if (model.table == null) {
                tables.declare(model);
            }
        }
        return pending;
    }

    /** Maps the models of {@code pending} that no other thread mapped meanwhile, and configures the registry. */
    private synchronized void mapPending(List<Model> pending) {
        List<Model> unmapped = pending.stream().filter(model -> !model.mapped).toList();
        if (unmapped.isEmpty()) {
            return;
        }
        configuringThread = Thread.currentThread();
        try {
            for (Model model : unmapped) {
                tables.checkForeignKeys(model);
            }
            Map<Model, List<PropertySpec>> specs = new LinkedHashMap<>();
            for (Model model : unmapped) {
                List<PropertySpec> properties = new ArrayList<>(tables.columnProperties(model));
                properties.addAll(relationships.relationships(model));
                properties.addAll(callbacks.validators(model));
                properties.addAll(ProxyDeclarer.proxies(model));
                specs.put(model, properties);
            }
            for (Map.Entry<Model, List<PropertySpec>> entry : specs.entrySet()) {
                Model model = entry.getKey();
                registry.map(model.type, model.table, entry.getValue().toArray(PropertySpec[]::new));
                callbacks.listeners(model, registry.events());
                model.mapped = true;
            }
            registry.configure();
            for (Model model : unmapped) {
                READY.add(model.type);
            }
        } finally {
            configuringThread = null;
        }
    }

    private boolean insideStaticInitializer() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames.anyMatch(
                frame -> frame.getMethodName().equals("<clinit>") && base.isAssignableFrom(frame.getDeclaringClass())));
    }

    private void scanPackages() {
        ClassLoader loader = base.getClassLoader() != null ? base.getClassLoader() : ClassLoader.getSystemClassLoader();
        for (String packageName : new ArrayList<>(packages)) {
            if (!scannedPackages.add(packageName)) {
                continue;
            }
            for (String name : Scanner.classNames(loader, packageName)) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError unloadable) {
                    continue;
                }
                if (type != base && base.isAssignableFrom(type) && type.getAnnotation(Table.class) != null
                        && !Modifier.isAbstract(type.getModifiers())) {
                    models.computeIfAbsent(type, t -> new Model(t, base));
                }
            }
        }
    }

    /** Registers the model classes that relationships of known classes name by type, until none is new. */
    private void discoverTargets() {
        boolean found = true;
        while (found) {
            found = false;
            for (Model model : new ArrayList<>(models.values())) {
                for (Field field : model.fields) {
                    if (field.getAnnotation(Relationship.class) == null) {
                        continue;
                    }
                    Class<?> type = field.getType();
                    if (Collection.class.isAssignableFrom(type) && field.getGenericType() instanceof ParameterizedType p
                            && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                        type = element;
                    }
                    if (type != base && base.isAssignableFrom(type) && type.getAnnotation(Table.class) != null
                            && !Modifier.isAbstract(type.getModifiers()) && !models.containsKey(type)) {
                        models.put(type, new Model(type, base));
                        found = true;
                    }
                }
            }
        }
    }

    private static void initialize(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new DeclarativeException("cannot initialize model class " + type.getName(), e);
        }
    }
}
