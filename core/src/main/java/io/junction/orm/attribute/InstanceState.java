package io.junction.orm.attribute;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Marks an attribute without a committed value in {@link #committed}. */
    private static final Object UNCHANGED = new Object();

    private final Object object;
    private final ClassManager manager;
    private SessionLink session;
    private Object key;
    /** The {@link Status} by ordinal: a byte, so that the state with its flush slot still fits 64 bytes. */
    private byte status;
    private boolean modified;
    private long unloaded;
    private Object[] committed;
    private Object loaderData;
    private Rare rare;
    private boolean orphanedOutsideSession;
    private long insertOrder = NO_ORDER;
    private Object flushRecord;

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
        settle();
        return session;
    }

    /** Detaches the state if its session was closed since it was last asked: a closed session leaves its objects so. */
    private void settle() {
        SessionLink link = session;
        if (link != null && link.isClosed()) {
            session = null;
            insertOrder = NO_ORDER;
            status = DETACHED;
        }
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

    private static final Status[] STATUSES = Status.values();

    public Status status() {
        settle();
        return STATUSES[status];
    }

    public void status(Status newStatus) {
        this.status = (byte) newStatus.ordinal();
    }

    public boolean isPersistent() {
        settle();
        return status == PERSISTENT;
    }

    public boolean isPending() {
        settle();
        return status == PENDING;
    }

    private static final byte PENDING = (byte) Status.PENDING.ordinal();
    private static final byte PERSISTENT = (byte) Status.PERSISTENT.ordinal();
    private static final byte DELETED = (byte) Status.DELETED.ordinal();
    private static final byte DETACHED = (byte) Status.DETACHED.ordinal();

    /**
     * What the flush in progress keeps for this object (the unit of work's record of it), or
     * {@code null}; the flush sets it on the objects it touches and clears it when it ends, so that
     * it finds its record without a lookup.
     */
    public Object flushRecord() {
        return flushRecord;
    }

    public void flushRecord(Object record) {
        this.flushRecord = record;
    }

    /** True if the object changed since it was loaded or last flushed. */
    public boolean isModified() {
        return modified;
    }

    void markModified() {
        if (!modified) {
            modified = true;
            settle();
            if (session != null && (status == PERSISTENT || status == DELETED)) {
                session.modified(this);
            }
        }
    }

    // ---- loaded / unloaded -----------------------------------------------------------------
    // One bit per attribute, by its index in the manager: the first 64 in a long, the rest in an array made when needed.

    /** True when some attribute is not loaded, the only case in which a field read needs the ORM. */
    public boolean hasUnloaded() {
        return unloaded != 0 || rare != null && rare.unloadedBeyond64 != null && anyBeyond64();
    }

    private boolean anyBeyond64() {
        for (long word : rare.unloadedBeyond64) {
            if (word != 0) {
                return true;
            }
        }
        return false;
    }

    /** True unless an attribute among the first 64 whose bit is in {@code mask} is marked unloaded. */
    public boolean loadedAll(long mask) {
        return (unloaded & mask) == 0;
    }

    /** True unless the attribute named {@code attribute} is marked unloaded; a name that is no attribute counts as loaded. */
    public boolean isLoaded(String attribute) {
        int index = manager.indexOf(attribute);
        return index < 0 || isLoaded(index);
    }

    /** As {@link #isLoaded(String)}, for an attribute of any manager. */
    /** True unless the attribute is marked unloaded. */
    public boolean isLoaded(AttributeImpl attribute) {
        return attribute.belongsTo(manager) ? isLoaded(attribute.index()) : isLoaded(attribute.key());
    }

    private boolean isLoaded(int index) {
        if (index < 64) {
            return (unloaded & (1L << index)) == 0;
        }
        int word = (index >> 6) - 1;
        long[] beyond = rare == null ? null : rare.unloadedBeyond64;
        return beyond == null || word >= beyond.length || (beyond[word] & (1L << index)) == 0;
    }

    /** Marks the attribute named {@code attribute} not loaded, so its next read loads it. */
    public void markUnloaded(String attribute) {
        markUnloaded(manager.requireIndex(attribute));
    }

    /** As {@link #markUnloaded(String)}, for an attribute of any manager. */
    public void markUnloaded(AttributeImpl attribute) {
        if (attribute.belongsTo(manager)) {
            markUnloaded(attribute.index());
        } else {
            markUnloaded(attribute.key());
        }
    }

    private void markUnloaded(int index) {
        if (index < 64) {
            unloaded |= 1L << index;
            return;
        }
        int word = (index >> 6) - 1;
        Rare more = rare();
        if (more.unloadedBeyond64 == null) {
            more.unloadedBeyond64 = new long[word + 1];
        } else if (word >= more.unloadedBeyond64.length) {
            more.unloadedBeyond64 = Arrays.copyOf(more.unloadedBeyond64, word + 1);
        }
        more.unloadedBeyond64[word] |= 1L << index;
    }

    void markLoaded(String attribute) {
        int index = manager.indexOf(attribute);
        if (index >= 0) {
            markLoaded(index);
        }
    }

    void markLoaded(AttributeImpl attribute) {
        if (!attribute.belongsTo(manager)) {
            int index = manager.indexOf(attribute.key());
            if (index >= 0) {
                markLoaded(index);
            }
            return;
        }
        markLoaded(attribute.index());
    }

    private void markLoaded(int index) {
        if (index < 64) {
            unloaded &= ~(1L << index);
            return;
        }
        int word = (index >> 6) - 1;
        long[] beyond = rare == null ? null : rare.unloadedBeyond64;
        if (beyond != null && word < beyond.length) {
            beyond[word] &= ~(1L << index);
        }
    }

    /**
     * After this object's INSERT: a reference it never set is read through its loader from now on,
     * since the flush (or a foreign key set directly) may have given it a value.
     */
    public void unloadUnsetReferences() {
        for (AttributeImpl attribute : manager.attributes()) {
            if (attribute instanceof ObjectAttribute && !isChanged(attribute) && attribute.get(this) == null) {
                markUnloaded(attribute);
            }
        }
    }

    // ---- history ---------------------------------------------------------------------------
    // The committed value of each changed attribute at its index, UNCHANGED for the others; made on the first change.

    void recordCommitted(String attribute, Object oldValue) {
        recordCommitted(manager.attribute(attribute), oldValue);
    }

    /** Remembers {@code oldValue} as the committed value of {@code attribute}, unless one is remembered already. */
    void recordCommitted(AttributeImpl attribute, Object oldValue) {
        int index = attribute.belongsTo(manager) ? attribute.index() : manager.requireIndex(attribute.key());
        if (committed == null || index >= committed.length) {
            int length = Math.max(index + 1, manager.attributes().size());
            int from = committed == null ? 0 : committed.length;
            committed = committed == null ? new Object[length] : Arrays.copyOf(committed, length);
            Arrays.fill(committed, from, length, UNCHANGED);
        }
        if (committed[index] == UNCHANGED) {
            committed[index] = oldValue;
        }
    }

    /** True if the attribute changed since the last flush or load. */
    public boolean isChanged(String attribute) {
        return committed != null && isChanged(manager.indexOf(attribute));
    }

    /** True if the attribute changed since the last flush or load. */
    public boolean isChanged(AttributeImpl attribute) {
        return committed != null && isChanged(attribute.belongsTo(manager) ? attribute.index() : manager.indexOf(attribute.key()));
    }

    private boolean isChanged(int index) {
        return index >= 0 && index < committed.length && committed[index] != UNCHANGED;
    }

    /** The value before the first change, {@link #NO_VALUE} if it was not loaded; meaningful only if {@link #isChanged}. */
    public Object committedValue(String attribute) {
        return committed == null ? null : committedValue(manager.indexOf(attribute));
    }

    Object committedValue(AttributeImpl attribute) {
        return committed == null ? null
                : committedValue(attribute.belongsTo(manager) ? attribute.index() : manager.indexOf(attribute.key()));
    }

    private Object committedValue(int index) {
        return isChanged(index) ? committed[index] : null;
    }

    private boolean anyChanged() {
        if (committed != null) {
            for (Object value : committed) {
                if (value != UNCHANGED) {
                    return true;
                }
            }
        }
        return false;
    }

    CollectionHistory collectionHistory(String attribute, boolean create) {
        if (rare == null || rare.collectionHistories == null) {
            if (!create) {
                return null;
            }
            rare().collectionHistories = new HashMap<>();
        }
        return create ? rare.collectionHistories.computeIfAbsent(attribute, a -> new CollectionHistory())
                : rare.collectionHistories.get(attribute);
    }

    PendingCollection pendingCollection(String attribute, boolean create) {
        if (rare == null || rare.pendingCollections == null) {
            if (!create) {
                return null;
            }
            rare().pendingCollections = new HashMap<>();
        }
        return create ? rare.pendingCollections.computeIfAbsent(attribute, a -> new PendingCollection())
                : rare.pendingCollections.get(attribute);
    }

    /** Forgets every change: the current values become the committed ones (after a flush or a load). */
    public void commitAll() {
        committed = null;
        if (rare != null) {
            rare.collectionHistories = null;
            rare.pendingCollections = null;
        }
        modified = false;
    }

    /**
     * Makes the object new again once the transaction that inserted it is rolled back: it has no
     * identity and no session, and every value it holds counts as set since it was created, so
     * adding it to a session again writes all of it and follows its relationships anew.
     */
    public void renew() {
        key = null;
        status(Status.TRANSIENT);
        session = null;
        unloaded = 0;
        if (rare != null) {
            rare.unloadedBeyond64 = null;
        }
        commitAll();
        for (AttributeImpl attribute : manager.attributes()) {
            if (attribute instanceof ProxyAttribute proxy) {
                proxy.initialize(this);
            } else if (attribute instanceof CollectionAttribute collection) {
                for (Object member : collection.members(this)) {
                    collectionHistory(attribute.key(), true).added(member);
                    modified = true;
                }
            } else if (attribute.get(this) != null) {
                recordCommitted(attribute, NO_VALUE);
                modified = true;
            }
        }
    }

    /** Forgets one attribute's loaded value and its change: it counts as not loaded, and the object as unchanged if nothing else changed. */
    public void expireAttribute(String attribute) {
        int index = manager.requireIndex(attribute);
        if (committed != null && index < committed.length) {
            committed[index] = UNCHANGED;
        }
        if (rare != null && rare.collectionHistories != null) {
            rare.collectionHistories.remove(attribute);
        }
        if (rare != null && rare.pendingCollections != null) {
            rare.pendingCollections.remove(attribute);
        }
        markUnloaded(index);
        if (!anyChanged() && (rare == null || rare.collectionHistories == null || rare.collectionHistories.isEmpty())) {
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
        Object[] parents = rare == null ? null : rare.parents;
        if (parents != null) {
            for (int i = 0; i < parents.length; i += 2) {
                if (parents[i] == attribute) {
                    return parents[i + 1];
                }
            }
        }
        return null;
    }

    void parentThrough(AttributeImpl attribute, Object holder) {
        Object[] parents = rare().parents;
        if (parents == null) {
            rare.parents = new Object[] {attribute, holder};
            return;
        }
        for (int i = 0; i < parents.length; i += 2) {
            if (parents[i] == attribute) {
                parents[i + 1] = holder;
                return;
            }
        }
        Object[] grown = Arrays.copyOf(parents, parents.length + 2);
        grown[parents.length] = attribute;
        grown[parents.length + 1] = holder;
        rare.parents = grown;
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
        return rare == null || rare.columnValues == null ? null : rare.columnValues.get(attribute);
    }

    void columnValue(String attribute, Object value) {
        if (rare().columnValues == null) {
            rare.columnValues = new HashMap<>();
        }
        rare.columnValues.put(attribute, value);
    }

    private Rare rare() {
        if (rare == null) {
            rare = new Rare();
        }
        return rare;
    }

    /** What few objects need, kept apart so that a loaded object's state stays small: made on first use. */
    private static final class Rare {
        long[] unloadedBeyond64;
        Map<String, CollectionHistory> collectionHistories;
        Map<String, Object> columnValues;
        Map<String, PendingCollection> pendingCollections;
        /** Pairs of a delete-orphan relationship's attribute and what {@link #parentThrough} answers for it; few per object. */
        Object[] parents;
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
                + "[" + status() + (key != null ? " " + key : "") + "]";
    }

    /**
     * A copy of a state's bookkeeping and field values, restored when a flush fails: the scalar
     * values by attribute index (a flush writes keys, foreign keys and version counters, never a
     * reference), and a copy of the rarely used part only when it exists. Collection histories are
     * kept for persistent objects, whose collections a flush may load. A class with flush or
     * attribute listeners, which may change anything, has its references and histories kept too.
     */
    public static final class Snapshot {
        /** Marks a collection attribute, whose value a snapshot does not keep. */
        private static final Object NOT_KEPT = new Object();

        private final InstanceState state;
        private final Object key;
        private final Status status;
        private final boolean modified;
        private final long unloaded;
        private final Object[] committed;
        private final Object[] values;
        private final long[] unloadedBeyond64;
        private final Map<String, CollectionHistory> histories;
        /** False for a new object without flush listeners: nothing in a flush changes its collections' histories. */
        private final boolean historiesKept;
        private final Map<String, Object> columnValues;
        private final Object[] parents;

        Snapshot(InstanceState state) {
            this.state = state;
            this.key = state.key;
            this.status = state.status();
            boolean keepsEverything = state.manager.listensToFlush();
            boolean isNew = status == Status.PENDING;
            this.historiesKept = keepsEverything || !isNew;
            this.modified = state.modified;
            this.unloaded = state.unloaded;
            this.committed = state.committed == null ? null : state.committed.clone();
            Rare rare = state.rare;
            if (rare == null) {
                unloadedBeyond64 = null;
                histories = null;
                columnValues = null;
                parents = null;
            } else {
                unloadedBeyond64 = rare.unloadedBeyond64 == null ? null : rare.unloadedBeyond64.clone();
                if (rare.collectionHistories == null || rare.collectionHistories.isEmpty() || !keepsEverything && isNew) {
                    histories = null;
                } else {
                    histories = new HashMap<>();
                    rare.collectionHistories.forEach((k, v) -> histories.put(k, v.copy()));
                }
                columnValues = rare.columnValues == null ? null : new HashMap<>(rare.columnValues);
                parents = rare.parents == null ? null : rare.parents.clone();
            }
            List<AttributeImpl> attributes = state.manager.attributes();
            values = new Object[attributes.size()];
            for (int i = 0; i < values.length; i++) {
                AttributeImpl attribute = attributes.get(i);
                values[i] = attribute instanceof ScalarAttribute || keepsEverything && attribute instanceof ObjectAttribute
                        ? attribute.get(state) : NOT_KEPT;
            }
        }

        /** Puts the state back as it was when the snapshot was taken. */
        public void restore() {
            state.key = key;
            state.status(status);
            state.modified = modified;
            state.unloaded = unloaded;
            Rare rare = state.rare;
            if (rare == null && (unloadedBeyond64 != null || histories != null || columnValues != null || parents != null)) {
                rare = state.rare();
            }
            state.committed = committed == null ? null : committed.clone();
            if (rare != null) {
                rare.unloadedBeyond64 = unloadedBeyond64 == null ? null : unloadedBeyond64.clone();
                if (historiesKept) {
                    rare.collectionHistories = histories == null ? null : new HashMap<>(histories);
                }
                rare.columnValues = columnValues == null ? null : new HashMap<>(columnValues);
                rare.parents = parents == null ? null : parents.clone();
            }
            List<AttributeImpl> attributes = state.manager.attributes();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != NOT_KEPT) {
                    attributes.get(i).setQuietly(state, values[i]);
                }
            }
        }
    }
}
