package io.junction.declarative;

import io.junction.orm.attribute.ClassManager;
import io.junction.orm.mapper.ColumnSpec;
import io.junction.orm.mapper.PropertySpec;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Schema;
import io.junction.sql.schema.SqlType;
import io.junction.sql.schema.TableElement;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The declarative side of one base: its {@link MetaData}, its {@link Registry}, and the model classes
 * found for it. It turns each model class's annotations into a table of the metadata and into one
 * {@code registry.map(type, table, properties...)} call, exactly as a classical user would write it,
 * then configures the registry.
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
    private Thread configuringThread;

    private DeclarativeRegistry(Class<? extends DeclarativeBase> base) {
        this.base = base;
        this.registry = new Registry(metadata, "the registry of declarative base " + base.getName());
        this.packages.add(base.getPackageName());
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
                    + " but has no @Table, so it is not mapped; annotate it @Table(\"" + Names.snakeCase(type.getSimpleName())
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

    public Class<? extends DeclarativeBase> base() {
        return base;
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
                        + Names.snakeCase(type.getSimpleName()) + "\")");
            }
            models.computeIfAbsent(type, t -> new Model(t));
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
        Model m = model(model);
        Column column = m.columns.get(fieldName);
        if (column == null) {
            throw new DeclarativeException(model.getSimpleName() + " has no column field '" + fieldName + "'"
                    + Names.hint(fieldName, m.columns.keySet()));
        }
        return column;
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
                declareTable(model);
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
                checkForeignKeys(model);
            }
            Map<Model, List<PropertySpec>> specs = new LinkedHashMap<>();
            for (Model model : unmapped) {
                specs.put(model, properties(model));
            }
            for (Map.Entry<Model, List<PropertySpec>> entry : specs.entrySet()) {
                Model model = entry.getKey();
                registry.map(model.type, model.table, entry.getValue().toArray(PropertySpec[]::new));
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
                    models.computeIfAbsent(type, Model::new);
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
                        models.put(type, new Model(type));
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

    // ---------------------------------------------------------------- tables

    private void declareTable(Model model) {
        Class<?> type = model.type;
        if (!ClassManager.isEnhanced(type)) {
            throw new DeclarativeException("class " + type.getName() + " extends " + base.getSimpleName()
                    + " but the Junction agent did not enhance it, so Junction cannot see its field reads and writes. "
                    + "Start the JVM with -javaagent:junction-agent.jar (or call io.junction.agent.JunctionAgent.install() "
                    + "before the model classes load); a class loaded before the agent stays unenhanced");
        }
        List<TableElement> elements = new ArrayList<>();
        for (Field field : model.fields) {
            io.junction.declarative.Column annotation = field.getAnnotation(io.junction.declarative.Column.class);
            ForeignKey foreignKey = field.getAnnotation(ForeignKey.class);
            if (annotation == null && foreignKey == null) {
                continue;
            }
            if (field.getAnnotation(Relationship.class) != null) {
                throw new DeclarativeException(where(field) + " carries both @Column and @Relationship; a field is either "
                        + "a column (its value) or a relationship (the related object); declare two fields, such as "
                        + "'@Column @ForeignKey(\"parent.id\") Integer parentId' and '@Relationship Parent parent'");
            }
            String name = annotation != null && !annotation.name().isEmpty() ? annotation.name() : Names.snakeCase(field.getName());
            io.junction.sql.schema.ColumnSpec spec = Schema.column(name, sqlType(field, annotation));
            if (annotation != null) {
                if (annotation.primaryKey()) {
                    spec = spec.primaryKey();
                }
                if (!annotation.nullable()) {
                    spec = spec.nullable(false);
                }
                if (annotation.unique()) {
                    spec = spec.unique();
                }
                if (annotation.index()) {
                    spec = spec.index();
                }
            }
            if (foreignKey != null) {
                if (!foreignKey.value().matches("[^.]+\\.[^.]+")) {
                    throw new DeclarativeException(where(field) + ": @ForeignKey(\"" + foreignKey.value()
                            + "\") must name a column as \"table.column\", such as \"parent.id\"");
                }
                spec = spec.foreignKey(foreignKey.value(), foreignKey.onUpdate().referentialAction(),
                        foreignKey.onDelete().referentialAction());
            }
            model.columnNames.put(field.getName(), name);
            elements.add(spec);
        }
        Table table = type.getAnnotation(Table.class);
        String tableName = table.value().isEmpty() ? Names.snakeCase(type.getSimpleName()) : table.value();
        if (metadata.hasTable(tableName)) {
            throw new DeclarativeException("class " + type.getName() + " maps table '" + tableName + "', which "
                    + owner(tableName) + " already declares in " + base.getSimpleName() + "'s metadata; give it another @Table name");
        }
        if (model.columnNames.isEmpty()) {
            throw new DeclarativeException("class " + type.getName() + " declares no @Column field; declare at least its "
                    + "primary key, such as '@Column(primaryKey = true) Integer id'");
        }
        try {
            model.table = metadata.table(tableName, elements.toArray(TableElement[]::new));
        } catch (IllegalArgumentException e) {
            throw new DeclarativeException("class " + type.getName() + ": " + e.getMessage(), e);
        }
        if (model.table.primaryKey().isEmpty()) {
            throw new DeclarativeException("class " + type.getName() + " (table '" + tableName + "') has no primary key; "
                    + "mark its key field @Column(primaryKey = true)");
        }
        for (Map.Entry<String, String> entry : model.columnNames.entrySet()) {
            model.columns.put(entry.getKey(), model.table.c(entry.getValue()));
        }
    }

    private String owner(String tableName) {
        for (Model other : models.values()) {
            if (other.table != null && other.table.name().equals(tableName)) {
                return "class " + other.type.getName();
            }
        }
        return "a plain Table";
    }

    private SqlType sqlType(Field field, io.junction.declarative.Column annotation) {
        int length = annotation == null ? 0 : annotation.length();
        if (annotation != null && annotation.type() != ColumnType.AUTO) {
            return annotation.type().sqlType(length, annotation.precision(), annotation.scale());
        }
        Class<?> type = field.getType();
        if (type == Integer.class || type == int.class) {
            return Schema.INTEGER;
        } else if (type == Long.class || type == long.class) {
            return Schema.BIGINT;
        } else if (type == String.class) {
            return length > 0 ? Schema.string(length) : Schema.string();
        } else if (type == Boolean.class || type == boolean.class) {
            return Schema.BOOLEAN;
        } else if (type == BigDecimal.class) {
            return ColumnType.NUMERIC.sqlType(0, annotation == null ? 0 : annotation.precision(), annotation == null ? 0 : annotation.scale());
        } else if (type == LocalDate.class) {
            return Schema.DATE;
        } else if (type == LocalDateTime.class) {
            return Schema.TIMESTAMP;
        } else if (type == UUID.class) {
            return Schema.UUID;
        }
        String fix = Collection.class.isAssignableFrom(type) || DeclarativeBase.class.isAssignableFrom(type)
                ? "; if it refers to mapped objects, annotate it @Relationship instead of @Column"
                : "; give the column an explicit type with @Column(type = ColumnType.TEXT) (or another ColumnType), "
                        + "or make the field transient to leave it unmapped";
        throw new DeclarativeException(where(field) + " is a column of Java type " + field.getGenericType().getTypeName()
                + ", which has no column type; use Integer, Long, String, Boolean, BigDecimal, LocalDate, LocalDateTime "
                + "or UUID" + fix);
    }

    private void checkForeignKeys(Model model) {
        for (io.junction.sql.schema.ForeignKey fk : model.table.foreignKeys()) {
            String tableName = fk.referencedTableName();
            if (!metadata.hasTable(tableName)) {
                Field field = fieldOfColumn(model, fk.columns().get(0));
                throw new DeclarativeException(where(field) + ": @ForeignKey names table '" + tableName + "', which is not in "
                        + base.getSimpleName() + "'s metadata" + Names.hint(tableName, tableNames()));
            }
            try {
                fk.referencedColumns();
            } catch (RuntimeException e) {
                Field field = fieldOfColumn(model, fk.columns().get(0));
                io.junction.sql.schema.Table target = metadata.table(tableName);
                String target0 = fk.toString();
                throw new DeclarativeException(where(field) + ": @ForeignKey " + target0 + " names a column that table '"
                        + tableName + "' does not have" + Names.hint(target0.replaceAll(".*\\.", "").replaceAll("\\W", ""),
                        target.columns().stream().map(Column::name).toList()), e);
            }
        }
    }

    private Field fieldOfColumn(Model model, Column column) {
        for (Field field : model.fields) {
            if (column.name().equals(model.columnNames.get(field.getName()))) {
                return field;
            }
        }
        return model.fields.get(0);
    }

    private List<String> tableNames() {
        return metadata.tables().stream().map(io.junction.sql.schema.Table::name).toList();
    }

    // ---------------------------------------------------------------- mapper properties

    private List<PropertySpec> properties(Model model) {
        List<PropertySpec> specs = new ArrayList<>();
        for (Map.Entry<String, Column> entry : model.columns.entrySet()) {
            String field = entry.getKey();
            String column = entry.getValue().name();
            if (!field.equals(column) && !field.equals(camelCase(column))) {
                specs.add(ColumnSpec.columnProperty(field, entry.getValue()));
            }
        }
        for (Field field : model.fields) {
            Relationship annotation = field.getAnnotation(Relationship.class);
            if (annotation != null) {
                specs.add(relationship(model, field, annotation));
            } else if (field.getAnnotation(Backref.class) != null) {
                throw new DeclarativeException(where(field) + " carries @Backref without @Relationship; a backref describes "
                        + "the reverse side of the relationship on the same field: add @Relationship");
            }
        }
        return specs;
    }

    private io.junction.orm.relationship.Relationship relationship(Model model, Field field, Relationship a) {
        String context = where(field);
        boolean collection = Collection.class.isAssignableFrom(field.getType());
        Model target = targetOf(model, field, a, collection);
        io.junction.orm.relationship.Relationship r = io.junction.orm.relationship.Relationship.relationship(field.getName(), target.type);
        if (!collection) {
            r = r.uselist(false);
        }
        if (!a.backPopulates().isEmpty()) {
            if (target.relationshipField(a.backPopulates()) == null) {
                throw new DeclarativeException(context + " back-populates '" + a.backPopulates() + "', but "
                        + target.type.getSimpleName() + " has no @Relationship field of that name"
                        + Names.hint(a.backPopulates(), target.relationshipFieldNames()));
            }
            r = r.backPopulates(a.backPopulates());
        }
        if (a.lazy() != Lazy.SELECT) {
            r = r.lazy(a.lazy());
        }
        if (a.joinDepth() >= 0) {
            r = r.joinDepth(a.joinDepth());
        }
        if (!a.cascade().isBlank()) {
            r = r.cascade(a.cascade());
        }
        io.junction.sql.schema.Table secondary = null;
        if (!a.secondary().isEmpty()) {
            if (!metadata.hasTable(a.secondary())) {
                throw new DeclarativeException(context + ": secondary = \"" + a.secondary() + "\" names no table of "
                        + base.getSimpleName() + "'s metadata" + Names.hint(a.secondary(), tableNames())
                        + "; declare it as a plain Table, such as 'static final io.junction.sql.schema.Table "
                        + a.secondary().toUpperCase() + " = DeclarativeBase.metadata(" + base.getSimpleName() + ".class).table(\""
                        + a.secondary() + "\", ...)' in a model class or in the base");
            }
            secondary = metadata.table(a.secondary());
            r = r.secondary(secondary);
        }
        Resolver names = new Resolver(model, target, context);
        if (!a.primaryJoin().isBlank()) {
            r = r.primaryJoin(JoinExpressions.condition(a.primaryJoin(), context + " primaryJoin", names));
        }
        if (!a.secondaryJoin().isBlank()) {
            r = r.secondaryJoin(JoinExpressions.condition(a.secondaryJoin(), context + " secondaryJoin", names));
        }
        if (a.foreignKeys().length > 0) {
            r = r.foreignKeys(columns(a.foreignKeys(), names));
        }
        if (a.remoteSide().length > 0) {
            r = r.remoteSide(columns(a.remoteSide(), names));
        }
        if (a.singleParent()) {
            r = r.singleParent(true);
        }
        if (a.viewonly()) {
            r = r.viewonly(true);
        }
        if (a.postUpdate()) {
            r = r.postUpdate(true);
        }
        if (!a.passiveUpdates()) {
            r = r.passiveUpdates(false);
        }
        if (a.orderBy().length > 0) {
            r = r.orderBy((Object[]) orderBy(a.orderBy(), context, names));
        }
        if (a.primaryJoin().isBlank() && a.secondaryJoin().isBlank()) {
            checkForeignKeyPath(model, target, field, secondary);
        }
        Backref b = field.getAnnotation(Backref.class);
        if (b != null) {
            r = r.backref(backref(model, target, field, b, names));
        }
        return r;
    }

    private Model targetOf(Model model, Field field, Relationship a, boolean collection) {
        if (!a.target().isEmpty()) {
            String name = a.target();
            Model elsewhere = null;
            for (Model candidate : models.values()) {
                if (candidate.type.getName().equals(name)) {
                    return candidate;
                }
                if (candidate.type.getSimpleName().equals(name)) {
                    if (candidate.type.getPackageName().equals(model.type.getPackageName())) {
                        return candidate;
                    }
                    if (elsewhere == null) {
                        elsewhere = candidate;
                    }
                }
            }
            if (elsewhere != null) {
                return elsewhere;
            }
            throw new DeclarativeException(where(field) + ": @Relationship(target = \"" + name + "\") names no model class of "
                    + base.getSimpleName() + Names.hint(name, models.keySet().stream().map(Class::getSimpleName).toList())
                    + "; a model class extends " + base.getSimpleName() + ", carries @Table, and lies in a scanned package "
                    + "(DeclarativeRegistry.of(" + base.getSimpleName() + ".class).scan(...)) or is registered");
        }
        Class<?> type = field.getType();
        if (collection) {
            Type generic = field.getGenericType();
            if (!(generic instanceof ParameterizedType parameterized)
                    || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> element)) {
                throw new DeclarativeException(where(field) + " is a collection without an element class; declare it as "
                        + "List<Child> (or Set<Child>), or name the target with @Relationship(target = \"Child\")");
            }
            type = element;
        }
        Model target = models.get(type);
        if (target == null) {
            throw new DeclarativeException(where(field) + " targets " + type.getName() + ", which is not a model class of "
                    + base.getSimpleName() + "; make it extend " + base.getSimpleName() + " and annotate it @Table, "
                    + "or name the target with @Relationship(target = \"...\")");
        }
        return target;
    }

    private io.junction.orm.relationship.Backref backref(Model model, Model target, Field field, Backref b, Resolver forward) {
        String context = where(field) + " @Backref(name = \"" + b.name() + "\")";
        if (target.columns.containsKey(b.name()) || target.columnNames.containsValue(b.name())) {
            throw new DeclarativeException(context + " clashes with the column field " + target.type.getSimpleName() + "."
                    + b.name() + " of table '" + target.table.name() + "'; a backref is a relationship, not a column: rename "
                    + "the backref (such as \"" + suggestName(model) + "\") or the column field");
        }
        if (target.relationshipField(b.name()) != null) {
            throw new DeclarativeException(context + " clashes with the @Relationship field " + target.type.getSimpleName()
                    + "." + b.name() + "; declare one side only: either drop @Backref and pair the two fields with "
                    + "backPopulates, or drop the @Relationship on " + target.type.getSimpleName() + "." + b.name());
        }
        io.junction.orm.relationship.Backref r = io.junction.orm.relationship.Backref.backref(b.name());
        Field reverseField = target.field(b.name());
        if (b.uselist() != Flag.DEFAULT) {
            r = r.uselist(b.uselist() == Flag.TRUE);
        } else if (reverseField != null && !Collection.class.isAssignableFrom(reverseField.getType())) {
            r = r.uselist(false);
        }
        if (b.lazy() != Lazy.SELECT) {
            r = r.lazy(b.lazy());
        }
        if (b.joinDepth() >= 0) {
            r = r.joinDepth(b.joinDepth());
        }
        if (!b.cascade().isBlank()) {
            r = r.cascade(b.cascade());
        }
        Resolver names = new Resolver(target, model, context);
        if (b.remoteSide().length > 0) {
            r = r.remoteSide(columns(b.remoteSide(), names));
        }
        if (!b.primaryJoin().isBlank()) {
            r = r.primaryJoin(JoinExpressions.condition(b.primaryJoin(), context + " primaryJoin", names));
        }
        if (!b.secondaryJoin().isBlank()) {
            r = r.secondaryJoin(JoinExpressions.condition(b.secondaryJoin(), context + " secondaryJoin", names));
        }
        if (b.foreignKeys().length > 0) {
            r = r.foreignKeys(columns(b.foreignKeys(), names));
        }
        if (b.singleParent()) {
            r = r.singleParent(true);
        }
        if (b.viewonly()) {
            r = r.viewonly(true);
        }
        if (b.postUpdate()) {
            r = r.postUpdate(true);
        }
        if (!b.passiveUpdates()) {
            r = r.passiveUpdates(false);
        }
        if (b.orderBy().length > 0) {
            r = r.orderBy((Object[]) orderBy(b.orderBy(), context, names));
        }
        return r;
    }

    private static String suggestName(Model model) {
        return Character.toLowerCase(model.type.getSimpleName().charAt(0)) + model.type.getSimpleName().substring(1);
    }

    private void checkForeignKeyPath(Model model, Model target, Field field, io.junction.sql.schema.Table secondary) {
        io.junction.sql.schema.Table parent = model.table;
        io.junction.sql.schema.Table child = target.table;
        if (secondary != null) {
            boolean left = secondary.foreignKeys().stream().anyMatch(fk -> fk.referencedTableName().equals(parent.name()));
            boolean right = secondary.foreignKeys().stream().anyMatch(fk -> fk.referencedTableName().equals(child.name()));
            if (!left || !right) {
                String missing = !left ? parent.name() : child.name();
                throw new DeclarativeException(where(field) + ": the association table '" + secondary.name()
                        + "' has no foreign key to table '" + missing + "'; declare one, such as column(\"" + missing
                        + "_id\", INTEGER).foreignKey(\"" + missing + ".id\"), or give primaryJoin and secondaryJoin");
            }
            return;
        }
        boolean linked = parent.foreignKeys().stream().anyMatch(fk -> fk.referencedTableName().equals(child.name()))
                || child.foreignKeys().stream().anyMatch(fk -> fk.referencedTableName().equals(parent.name()));
        if (!linked) {
            String pk = parent.primaryKey().get(0).name();
            throw new DeclarativeException(where(field) + ": @Relationship to " + target.type.getSimpleName()
                    + ", but no foreign key links table '" + parent.name() + "' and table '" + child.name() + "'; add "
                    + "@ForeignKey(\"" + parent.name() + "." + pk + "\") to a column field of " + target.type.getSimpleName()
                    + " (such as '@Column @ForeignKey(\"" + parent.name() + "." + pk + "\") Integer " + suggestName(model)
                    + "Id'), or the reverse on " + model.type.getSimpleName() + ", or give primaryJoin = \"...\" "
                    + "with foreignKeys = {...}");
        }
    }

    private static Column[] columns(String[] sources, Resolver names) {
        Column[] columns = new Column[sources.length];
        for (int i = 0; i < sources.length; i++) {
            columns[i] = names.apply(sources[i].trim());
        }
        return columns;
    }

    private static OrderBy[] orderBy(String[] sources, String context, Resolver names) {
        OrderBy[] items = new OrderBy[sources.length];
        for (int i = 0; i < sources.length; i++) {
            items[i] = JoinExpressions.orderBy(sources[i], context + " orderBy", names);
        }
        return items;
    }

    /** Resolves {@code Class.field}, {@code table.column} and bare {@code field} (on the owner, then the target). */
    private final class Resolver implements java.util.function.Function<String, Column> {
        private final Model owner;
        private final Model other;
        private final String context;

        Resolver(Model owner, Model other, String context) {
            this.owner = owner;
            this.other = other;
            this.context = context;
        }

        @Override
        public Column apply(String name) {
            int dot = name.indexOf('.');
            if (dot < 0) {
                Column column = owner.columnByName(name);
                if (column == null && other != null) {
                    column = other.columnByName(name);
                }
                if (column == null) {
                    Set<String> known = new LinkedHashSet<>(owner.columns.keySet());
                    if (other != null) {
                        known.addAll(other.columns.keySet());
                    }
                    throw new DeclarativeException(context + ": no column field '" + name + "' in " + owner.type.getSimpleName()
                            + (other != null && other != owner ? " or " + other.type.getSimpleName() : "") + Names.hint(name, known)
                            + "; write Class.field or table.column to name another");
                }
                return column;
            }
            String qualifier = name.substring(0, dot);
            String member = name.substring(dot + 1);
            for (Model model : models.values()) {
                if (model.type.getSimpleName().equals(qualifier)) {
                    Column column = model.columnByName(member);
                    if (column == null) {
                        throw new DeclarativeException(context + ": " + model.type.getSimpleName() + " has no column field '"
                                + member + "'" + Names.hint(member, model.columns.keySet()));
                    }
                    return column;
                }
            }
            if (metadata.hasTable(qualifier)) {
                io.junction.sql.schema.Table table = metadata.table(qualifier);
                if (!table.hasColumn(member)) {
                    throw new DeclarativeException(context + ": table '" + qualifier + "' has no column '" + member + "'"
                            + Names.hint(member, table.columns().stream().map(Column::name).toList()));
                }
                return table.c(member);
            }
            Set<String> known = new LinkedHashSet<>();
            models.keySet().forEach(c -> known.add(c.getSimpleName()));
            known.addAll(tableNames());
            throw new DeclarativeException(context + ": '" + qualifier + "' in '" + name + "' is neither a model class of "
                    + base.getSimpleName() + " nor a table of its metadata" + Names.hint(qualifier, known));
        }
    }

    private String where(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName() + " (in " + field.getDeclaringClass().getName() + ")";
    }

    private static String camelCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    /** What the registry knows of one model class. */
    private final class Model {
        final Class<?> type;
        final List<Field> fields = new ArrayList<>();
        final Map<String, String> columnNames = new LinkedHashMap<>();
        final Map<String, Column> columns = new LinkedHashMap<>();
        io.junction.sql.schema.Table table;
        boolean mapped;

        Model(Class<?> type) {
            this.type = type;
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> c = type; c != null && c != base; c = c.getSuperclass()) {
                if (c != type && c.getAnnotation(Table.class) != null) {
                    throw new DeclarativeException("class " + type.getName() + " extends the model class " + c.getName()
                            + "; mapped inheritance is not supported yet: move the shared fields to an abstract class "
                            + "without @Table, or map the two classes to their own tables side by side");
                }
                chain.add(0, c);
            }
            for (Class<?> c : chain) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                            && !field.getName().startsWith("$$junction")) {
                        fields.add(field);
                    }
                }
            }
        }

        Field field(String name) {
            for (Field field : fields) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
            return null;
        }

        Field relationshipField(String name) {
            Field field = field(name);
            return field != null && field.getAnnotation(Relationship.class) != null ? field : null;
        }

        List<String> relationshipFieldNames() {
            return fields.stream().filter(f -> f.getAnnotation(Relationship.class) != null).map(Field::getName).toList();
        }

        /** The column of a field name, or of a column name. */
        Column columnByName(String name) {
            Column column = columns.get(name);
            if (column == null && table != null && table.hasColumn(name)) {
                column = table.c(name);
            }
            return column;
        }
    }
}
