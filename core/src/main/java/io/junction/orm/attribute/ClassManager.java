package io.junction.orm.attribute;

import org.objenesis.Objenesis;
import org.objenesis.ObjenesisStd;
import org.objenesis.instantiator.ObjectInstantiator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The attribute layer's view of one mapped class: its attributes by field name, how to create an
 * instance without calling a constructor, and how to create the state of a new object. The
 * mapper extends it; a global registry finds it from an object's class.
 */
public class ClassManager {
    private static final Objenesis OBJENESIS = new ObjenesisStd(true);
    private static final Map<Class<?>, ClassManager> REGISTRY = new ConcurrentHashMap<>();
    /** Bumped by every registration change, so that a class's cached lookup knows it is stale. */
    private static final AtomicInteger REGISTRY_VERSION = new AtomicInteger();
    /** Each class's last lookup, so that finding a manager is a field read rather than a hash probe per superclass. */
    private static final ClassValue<Lookup[]> LOOKUPS = new ClassValue<>() {
        @Override
        protected Lookup[] computeValue(Class<?> type) {
            return new Lookup[1];
        }
    };

    /** The manager found for a class at one registry version ({@code null}: none). */
    private record Lookup(ClassManager manager, int version) {
    }

    private final Class<?> type;
    private final Map<String, AttributeImpl> attributes = new LinkedHashMap<>();
    private final List<AttributeImpl> attributeList = new ArrayList<>();
    private final List<CollectionAttribute> collections = new ArrayList<>();
    /** The association proxies, whose fields get their views when an object's state is made. */
    private final List<ProxyAttribute> proxies = new ArrayList<>();
    private final List<AttributeImpl> orphanParents = new ArrayList<>();
    private AttributeImpl[] loadOnPending = new AttributeImpl[0];
    private final ObjectInstantiator<?> instantiator;
    /** Enhanced field indexes resolved to attributes, per declaring class; rebuilt when an attribute is added. */
    private volatile FieldSlots slots;

    /** One declaring class's mapped fields, by the index its enhanced accessors pass, as attributes of this manager. */
    private record FieldSlots(Class<?> declaring, AttributeImpl[] attributes, FieldSlots next) {
    }

    protected ClassManager(Class<?> type) {
        this.type = type;
        this.instantiator = OBJENESIS.getInstantiatorOf(type);
    }

    /** The manager of {@code type} or of its nearest mapped superclass, or {@code null}. */
    public static ClassManager forClass(Class<?> type) {
        int version = REGISTRY_VERSION.get();
        Lookup[] cached = LOOKUPS.get(type);
        Lookup lookup = cached[0];
        if (lookup == null || lookup.version != version) {
            lookup = new Lookup(find(type), version);
            cached[0] = lookup;
        }
        return lookup.manager;
    }

    private static ClassManager find(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            ClassManager manager = REGISTRY.get(c);
            if (manager != null) {
                return manager;
            }
        }
        return null;
    }

    /** Makes {@code manager} the one for its class (replacing an earlier mapping of the class). */
    protected static void register(ClassManager manager) {
        REGISTRY.put(manager.type, manager);
        REGISTRY_VERSION.incrementAndGet();
    }

    /** The manager registered for exactly {@code type} (not a superclass), or {@code null}. */
    protected static ClassManager registered(Class<?> type) {
        return REGISTRY.get(type);
    }

    /** Forgets the mapping of {@code type}, if it is {@code manager}. */
    protected static void unregister(ClassManager manager) {
        if (REGISTRY.remove(manager.type, manager)) {
            REGISTRY_VERSION.incrementAndGet();
        }
    }

    /** True if listeners run during a flush may change this class's objects: a mapper's flush listeners, or any attribute's. */
    public boolean listensToFlush() {
        for (AttributeImpl attribute : attributeList) {
            if (attribute.listeners() != null) {
                return true;
            }
        }
        return false;
    }

    /** True if the Junction agent enhanced {@code type} itself. */
    public static boolean isEnhanced(Class<?> type) {
        try {
            type.getDeclaredField("$$junction_enhanced");
            return Enhanced.class.isAssignableFrom(type);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /**
     * Refuses a class the agent did not enhance, saying how to start the JVM.
     *
     * @throws IllegalStateException naming the class and the fix
     */
    public static void requireEnhanced(Class<?> type) {
        if (!isEnhanced(type)) {
            String packageName = type.getPackageName();
            boolean junctionsOwn = JUNCTION_RUNTIME.stream().anyMatch(prefix -> (packageName + ".").startsWith(prefix));
            throw new IllegalStateException("class " + type.getName() + " is not enhanced by the Junction agent, so "
                    + "Junction cannot see its field reads and writes. "
                    + (junctionsOwn ? "Its package belongs to Junction's own runtime, which the agent never enhances: "
                    + "move the class to a package of your own. " : "")
                    + "Start the JVM with -javaagent:agent/target/junction-agent.jar (or call "
                    + "io.junction.agent.JunctionAgent.install() before the model classes load), and mark the class "
                    + "@io.junction.orm.mapper.Mapped, extend a DeclarativeBase, or name its package in the agent "
                    + "argument (-javaagent:junction-agent.jar=" + packageName + ", or JunctionAgent.install(\""
                    + packageName + "\")); or enhance the class files at build time with junction-maven-plugin "
                    + "(goals enhance and enhance-test; docs/enhancement.md)");
        }
    }

    /** Packages of Junction's runtime, which the agent never enhances whatever its argument says. */
    private static final List<String> JUNCTION_RUNTIME = List.of("io.junction.orm.", "io.junction.sql.",
            "io.junction.engine.", "io.junction.util.", "io.junction.declarative.");

    /** Checks that {@code type} is mapped and enhanced; throws an exception that says what is missing. */
    static void require(Class<?> type) {
        requireEnhanced(type);
        if (forClass(type) == null) {
            throw new IllegalArgumentException("class " + type.getName() + " is not mapped: map it with "
                    + "registry.map(" + type.getSimpleName() + ".class, table, ...) or make it extend a DeclarativeBase");
        }
    }

    public Class<?> type() {
        return type;
    }

    /** Called before a state is created, so a mapper can finish its configuration first. */
    protected void ensureConfigured() {
    }

    public void addAttribute(AttributeImpl attribute) {
        if (attributes.putIfAbsent(attribute.key(), attribute) != null) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + attribute.key() + " is mapped twice");
        }
        slots = null;
        attribute.index(attributeList.size());
        attributeList.add(attribute);
        if (attribute instanceof CollectionAttribute collection) {
            collections.add(collection);
        } else if (attribute instanceof ProxyAttribute proxy) {
            proxies.add(proxy);
        }
    }

    /** Notes a delete-orphan relationship of another class whose members are of this class. */
    public void addOrphanParent(AttributeImpl attribute) {
        if (!orphanParents.contains(attribute)) {
            orphanParents.add(attribute);
        }
    }

    /** The delete-orphan relationships that can hold objects of this class: without a parent in one, an object is an orphan. */
    List<AttributeImpl> orphanParents() {
        return orphanParents;
    }

    /** Notes a relationship of this class configured {@code loadOnPending}. */
    public void addLoadOnPending(AttributeImpl attribute) {
        AttributeImpl[] more = java.util.Arrays.copyOf(loadOnPending, loadOnPending.length + 1);
        more[loadOnPending.length] = attribute;
        loadOnPending = more;
    }

    /**
     * The object of {@code state} became pending in a session: each {@code loadOnPending}
     * relationship that holds nothing it was given is marked unloaded, so that its first read loads
     * it by the object's key values.
     */
    public void pendingInSession(InstanceState state) {
        for (AttributeImpl attribute : loadOnPending) {
            if (state.isLoaded(attribute) && holdsNothing(state, attribute)) {
                state.markUnloaded(attribute);
            }
        }
    }

    /** The object of {@code state} left its session while pending: a {@code loadOnPending} relationship not read since holds nothing again. */
    public void leftSessionPending(InstanceState state) {
        for (AttributeImpl attribute : loadOnPending) {
            if (!state.isLoaded(attribute)) {
                attribute.setCommitted(state, attribute instanceof CollectionAttribute ? List.of() : null);
            }
        }
    }

    private static boolean holdsNothing(InstanceState state, AttributeImpl attribute) {
        Object value = attribute.get(state);
        if (attribute instanceof CollectionAttribute) {
            return (value == null || value instanceof java.util.Collection<?> members && members.isEmpty())
                    && state.collectionHistory(attribute.key(), false) == null;
        }
        return value == null && !state.isChanged(attribute.key());
    }

    /** The attribute of that field, or {@code null}. */
    public AttributeImpl attribute(String key) {
        return attributes.get(key);
    }

    /**
     * The attribute of the {@code field}-th mapped field of {@code declaring} (this class or a
     * superclass), as enhanced code names it, or {@code null} when that field is not an attribute.
     */
    AttributeImpl attribute(Class<?> declaring, int field) {
        FieldSlots slots = this.slots;
        while (slots != null) {
            if (slots.declaring == declaring) {
                return slots.attributes[field];
            }
            slots = slots.next;
        }
        return addSlots(declaring).attributes[field];
    }

    /** Resolves the mapped fields of one enhanced class to this manager's attributes, once. */
    private synchronized FieldSlots addSlots(Class<?> declaring) {
        for (FieldSlots known = slots; known != null; known = known.next) {
            if (known.declaring == declaring) {
                return known;
            }
        }
        String[] names = EnhancedFields.of(declaring);
        AttributeImpl[] resolved = new AttributeImpl[names.length];
        for (int i = 0; i < names.length; i++) {
            resolved[i] = attributes.get(names[i]);
        }
        FieldSlots added = new FieldSlots(declaring, resolved, slots);
        slots = added;
        return added;
    }

    /** The index of the attribute named {@code key} (its position in {@link #attributes()}), or -1. */
    int indexOf(String key) {
        AttributeImpl attribute = attributes.get(key);
        return attribute == null || !attribute.belongsTo(this) ? -1 : attribute.index();
    }

    /**
     * The bits of the named attributes in an object's loaded and unloaded masks
     * ({@link InstanceState#loadedAll}), or 0 when one of them is no attribute or lies beyond the first 64.
     */
    protected final long attributeBits(Iterable<String> keys) {
        long bits = 0;
        for (String key : keys) {
            int index = indexOf(key);
            if (index < 0 || index >= 64) {
                return 0;
            }
            bits |= 1L << index;
        }
        return bits;
    }

    /** As {@link #indexOf}, refusing a name that is no attribute of this class. */
    int requireIndex(String key) {
        int index = indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no attribute '" + key + "'; its attributes are "
                    + attributes.keySet());
        }
        return index;
    }

    public List<AttributeImpl> attributes() {
        return Collections.unmodifiableList(attributeList);
    }

    /** An instance created without calling any constructor, as the ORM does for loaded rows. */
    public Object newInstance() {
        return instantiator.newInstance();
    }

    /** The state of a new object made by user code: transient, with its collections ready to use. */
    InstanceState newState(Object object) {
        ensureConfigured();
        InstanceState state = new InstanceState(object, this);
        ((Enhanced) object).$$junction_state(state);
        for (CollectionAttribute collection : collections) {
            collection.initialize(state);
        }
        initializeProxies(state);
        return state;
    }

    /** The state of an object created for a loaded row (by {@link #newInstance()}); it starts persistent. */
    public InstanceState newLoadedState(Object object) {
        InstanceState state = new InstanceState(object, this);
        state.status(InstanceState.Status.PERSISTENT);
        ((Enhanced) object).$$junction_state(state);
        initializeProxies(state);
        return state;
    }

    private void initializeProxies(InstanceState state) {
        for (int i = 0; i < proxies.size(); i++) {
            proxies.get(i).initialize(state);
        }
    }

    @Override
    public String toString() {
        return type.getSimpleName();
    }
}
