package io.junction.orm.attribute;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ORM's bookkeeping for one mapped object: which session holds it, its identity key, its
 * lifecycle status, which attributes are not loaded, and the values its changed attributes had
 * before they changed. Only changed attributes are remembered, so a flush visits only what changed.
 */
public final class InstanceState {

    /** Where an object is in its life with a session. */
    public enum Status { TRANSIENT, PENDING, PERSISTENT, DELETED, DETACHED }

    /** The {@link #insertOrder()} of an object never added to its session (one loaded from the database). */
    public static final long NO_ORDER = Long.MAX_VALUE;

    /** Marks an old value that was never loaded. */
    public static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "NO_VALUE";
        }
    };

    private final Object object;
    private final ClassManager manager;
    private SessionLink session;
    private Object key;
    private Status status = Status.TRANSIENT;
    private boolean modified;
    private Set<String> unloaded;
    private Map<String, Object> committed;
    private Map<String, CollectionHistory> collectionHistories;
    private Map<String, Object> columnValues;
    private Map<String, PendingCollection> pendingCollections;
    private Object loaderData;
    private Map<AttributeImpl, Object> parents;
    private boolean orphanedOutsideSession;
    private long insertOrder = NO_ORDER;

    InstanceState(Object object, ClassManager manager) {
        this.object = object;
        this.manager = manager;
    }

    /** The state of an enhanced object, created on first use if its class is mapped; {@code null} otherwise. */
    public static InstanceState of(Object object) {
        if (!(object instanceof Enhanced enhanced)) {
            return null;
        }
        InstanceState state = enhanced.$$junction_state();
        if (state == null) {
            ClassManager manager = ClassManager.forClass(object.getClass());
            if (manager == null) {
                return null;
            }
            state = manager.newState(object);
        }
        return state;
    }

    /** The state of a mapped object, or an exception naming its class when it is not mapped or not enhanced. */
    public static InstanceState require(Object object) {
        if (object == null) {
            throw new IllegalArgumentException("expected a mapped object, got null");
        }
        InstanceState state = of(object);
        if (state == null) {
            ClassManager.require(object.getClass());
            throw new IllegalArgumentException(object.getClass().getName() + " is not mapped");
        }
        return state;
    }

    public Object object() {
        return object;
    }

    public ClassManager manager() {
        return manager;
    }

    public SessionLink session() {
        return session;
    }

    /** Attaches the state to a session, or detaches it ({@code null}); a state that changes session forgets its {@link #insertOrder()}. */
    public void attach(SessionLink link) {
        if (link != session) {
            insertOrder = NO_ORDER;
        }
        this.session = link;
    }

    /**
     * The number its session gave the object when it was added, so that a flush writes new
     * objects in the order they were added; {@link #NO_ORDER} for an object the session loaded.
     * Kept on the state rather than in the session, so that the session holds no object just to
     * remember its order.
     */
    public long insertOrder() {
        return insertOrder;
    }

    public void insertOrder(long order) {
        this.insertOrder = order;
    }

    /** The identity key once the object has one (an {@code EntityKey}), else {@code null}. */
    public Object key() {
        return key;
    }

    public void key(Object identityKey) {
        this.key = identityKey;
    }

    public Status status() {
        return status;
    }

    public void status(Status newStatus) {
        this.status = newStatus;
    }

    public boolean isPersistent() {
        return status == Status.PERSISTENT;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** True if the object changed since it was loaded or last flushed. */
    public boolean isModified() {
        return modified;
    }

    void markModified() {
        if (!modified) {
            modified = true;
            if (session != null && (status == Status.PERSISTENT || status == Status.DELETED)) {
                session.modified(this);
            }
        }
    }

    // ---- loaded / unloaded -----------------------------------------------------------------

    /** True when some attribute is not loaded, the only case in which a field read needs the ORM. */
    public boolean hasUnloaded() {
        return unloaded != null && !unloaded.isEmpty();
    }

    public boolean isLoaded(String attribute) {
        return unloaded == null || !unloaded.contains(attribute);
    }

    public void markUnloaded(String attribute) {
        if (unloaded == null) {
            unloaded = new HashSet<>();
        }
        unloaded.add(attribute);
    }

    void markLoaded(String attribute) {
        if (unloaded != null) {
            unloaded.remove(attribute);
        }
    }

    /**
     * After this object's INSERT: a reference it never set is read through its loader from now on,
     * since the flush (or a foreign key set directly) may have given it a value.
     */
    public void unloadUnsetReferences() {
        for (AttributeImpl attribute : manager.attributes()) {
            if (attribute instanceof ObjectAttribute && !isChanged(attribute.key()) && attribute.get(this) == null) {
                markUnloaded(attribute.key());
            }
        }
    }

    // ---- history ---------------------------------------------------------------------------

    /** Remembers {@code oldValue} as the committed value of {@code attribute}, unless one is remembered already. */
    void recordCommitted(String attribute, Object oldValue) {
        if (committed == null) {
            committed = new HashMap<>();
        }
        if (!committed.containsKey(attribute)) {
            committed.put(attribute, oldValue);
        }
    }

    /** True if the attribute changed since the last flush or load. */
    public boolean isChanged(String attribute) {
        return committed != null && committed.containsKey(attribute);
    }

    /** The value before the first change, {@link #NO_VALUE} if it was not loaded; meaningful only if {@link #isChanged}. */
    public Object committedValue(String attribute) {
        return committed == null ? null : committed.get(attribute);
    }

    CollectionHistory collectionHistory(String attribute, boolean create) {
        if (collectionHistories == null) {
            if (!create) {
                return null;
            }
            collectionHistories = new HashMap<>();
        }
        return create ? collectionHistories.computeIfAbsent(attribute, a -> new CollectionHistory())
                : collectionHistories.get(attribute);
    }

    PendingCollection pendingCollection(String attribute, boolean create) {
        if (pendingCollections == null) {
            if (!create) {
                return null;
            }
            pendingCollections = new HashMap<>();
        }
        return create ? pendingCollections.computeIfAbsent(attribute, a -> new PendingCollection())
                : pendingCollections.get(attribute);
    }

    /** Forgets every change: the current values become the committed ones (after a flush or a load). */
    public void commitAll() {
        committed = null;
        collectionHistories = null;
        pendingCollections = null;
        modified = false;
    }

    /**
     * Makes the object new again once the transaction that inserted it is rolled back: it has no
     * identity and no session, and every value it holds counts as set since it was created, so
     * adding it to a session again writes all of it and follows its relationships anew.
     */
    public void renew() {
        key = null;
        status = Status.TRANSIENT;
        session = null;
        unloaded = null;
        commitAll();
        for (AttributeImpl attribute : manager.attributes()) {
            if (attribute instanceof CollectionAttribute collection) {
                for (Object member : collection.members(this)) {
                    collectionHistory(attribute.key(), true).added(member);
                    modified = true;
                }
            } else if (attribute.get(this) != null) {
                recordCommitted(attribute.key(), NO_VALUE);
                modified = true;
            }
        }
    }

    /** Forgets one attribute's loaded value and its change: it counts as not loaded, and the object as unchanged if nothing else changed. */
    public void expireAttribute(String attribute) {
        if (committed != null) {
            committed.remove(attribute);
        }
        if (collectionHistories != null) {
            collectionHistories.remove(attribute);
        }
        if (pendingCollections != null) {
            pendingCollections.remove(attribute);
        }
        markUnloaded(attribute);
        if ((committed == null || committed.isEmpty()) && (collectionHistories == null || collectionHistories.isEmpty())) {
            modified = false;
        }
    }

    /** The state's values before a flush, so that a failed flush can put them back. */
    public Snapshot snapshot() {
        return new Snapshot(this);
    }

    // ---- parents -------------------------------------------------------------------------------

    /**
     * Who holds this object through {@code attribute} (a relationship of another class): that
     * object's state, {@link Boolean#FALSE} once it was removed, or {@code null} when unknown.
     */
    Object parentThrough(AttributeImpl attribute) {
        return parents == null ? null : parents.get(attribute);
    }

    void parentThrough(AttributeImpl attribute, Object holder) {
        if (parents == null) {
            parents = new IdentityHashMap<>();
        }
        parents.put(attribute, holder);
    }

    /** True if this object lacks a parent through one of the delete-orphan relationships that can hold it. */
    public boolean isOrphan() {
        for (AttributeImpl attribute : manager.orphanParents()) {
            if (!attribute.hasParent(this, key != null)) {
                return true;
            }
        }
        return false;
    }

    /** True if it became an orphan through an object outside any session; such a pending orphan is not inserted. */
    public boolean orphanedOutsideSession() {
        return orphanedOutsideSession;
    }

    void markOrphanedOutsideSession() {
        orphanedOutsideSession = true;
    }

    // ---- values of columns without a field --------------------------------------------------

    Object columnValue(String attribute) {
        return columnValues == null ? null : columnValues.get(attribute);
    }

    void columnValue(String attribute, Object value) {
        if (columnValues == null) {
            columnValues = new HashMap<>();
        }
        columnValues.put(attribute, value);
    }

    /** What the loader that loaded this object remembers for its later lazy loads (the query's loader options and path), or {@code null}. */
    public Object loaderData() {
        return loaderData;
    }

    public void loaderData(Object data) {
        this.loaderData = data;
    }

    @Override
    public String toString() {
        return manager.type().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(object))
                + "[" + status + (key != null ? " " + key : "") + "]";
    }

    /** A copy of a state's bookkeeping and field values, restored when a flush fails. */
    public static final class Snapshot {
        private final InstanceState state;
        private final Object key;
        private final Status status;
        private final boolean modified;
        private final Set<String> unloaded;
        private final Map<String, Object> committed;
        private final Map<String, CollectionHistory> histories;
        private final Map<String, Object> columnValues;
        private final Map<AttributeImpl, Object> parents;
        private final Map<AttributeImpl, Object> values = new IdentityHashMap<>();

        Snapshot(InstanceState state) {
            this.state = state;
            this.key = state.key;
            this.status = state.status;
            this.modified = state.modified;
            this.unloaded = state.unloaded == null ? null : new HashSet<>(state.unloaded);
            this.committed = state.committed == null ? null : new HashMap<>(state.committed);
            this.histories = new HashMap<>();
            if (state.collectionHistories != null) {
                state.collectionHistories.forEach((k, v) -> histories.put(k, v.copy()));
            }
            this.columnValues = state.columnValues == null ? null : new HashMap<>(state.columnValues);
            this.parents = state.parents == null ? null : new IdentityHashMap<>(state.parents);
            for (AttributeImpl attribute : state.manager.attributes()) {
                if (attribute instanceof ScalarAttribute || attribute instanceof ObjectAttribute) {
                    values.put(attribute, attribute.get(state));
                }
            }
        }

        /** Puts the state back as it was when the snapshot was taken. */
        public void restore() {
            state.key = key;
            state.status = status;
            state.modified = modified;
            state.unloaded = unloaded == null ? null : new HashSet<>(unloaded);
            state.committed = committed == null ? null : new HashMap<>(committed);
            state.collectionHistories = histories.isEmpty() ? null : new HashMap<>(histories);
            state.columnValues = columnValues == null ? null : new HashMap<>(columnValues);
            state.parents = parents == null ? null : new IdentityHashMap<>(parents);
            values.forEach((attribute, value) -> attribute.setQuietly(state, value));
        }
    }
}
