package io.junction.orm.attribute;

import io.junction.orm.collection.CollectionListener;
import io.junction.orm.collection.CollectionType;
import io.junction.orm.collection.CustomCollection;
import io.junction.orm.collection.IdentityList;
import io.junction.orm.collection.Instrumented;
import io.junction.orm.collection.OrderingList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A collection of mapped objects (one-to-many, many-to-many). The field always holds an
 * instrumented collection; appends and removals are recorded and mirrored on the backref.
 */
public final class CollectionAttribute extends AttributeImpl {

    /**
     * Which collection type the field holds; {@code DYNAMIC}: a {@link DynamicCollection} that
     * queries its members, which never loads, and whose appends and removals are kept only as history.
     */
    public enum Kind { LIST, SET, DYNAMIC }

    private final Kind kind;
    private final CollectionType type;
    /** The type when it is a {@code Map}'s, whose members need a key when a backref adds them; else null. */
    private final CollectionType.KeyedType keyed;

    public CollectionAttribute(String key, ClassManager manager, FieldAccess field, Kind kind) {
        this(key, manager, field, kind, kind == Kind.SET ? CollectionType.SET : CollectionType.LIST);
    }

    /** A collection whose field holds the container {@code type} creates (a map, an ordered list, a sorted set, ...). */
    public CollectionAttribute(String key, ClassManager manager, FieldAccess field, Kind kind, CollectionType type) {
        super(key, manager, field);
        this.kind = kind;
        this.type = type;
        this.keyed = type instanceof CollectionType.KeyedType map ? map : null;
    }

    /** Gives a new object's field an instrumented collection, adopting members already there. */
    void initialize(InstanceState state) {
        Object current = get(state);
        if (kind == Kind.DYNAMIC) {
            if (current instanceof DynamicCollection<?> dynamic) {
                dynamic.bind(state, this);
            }
            return;
        }
        if (current instanceof Instrumented<?> && !(current instanceof CustomCollection<?> custom && !custom.isBound())) {
            return;
        }
        Instrumented<Object> collection = newCollection(state, List.of());
        setQuietly(state, collection);
        if (current == null) {
            return;
        }
        List<Object> members = new ArrayList<>(membersOf(current));
        checkMemberClasses(members);
        if (collection instanceof Collection<?>) {
            @SuppressWarnings("unchecked")
            Collection<Object> plain = (Collection<Object>) collection;
            plain.addAll(members);
            return;
        }
        for (Object item : members) {
            checkSingleParent(state, item);
            collection.addQuietly(item);
        }
        appendAll(state, members);
    }

    private void checkMemberClasses(List<Object> members) {
        for (Object member : members) {
            checkMemberClass(member);
        }
    }

    /** The members of a value user code put in the field, as this collection's type reads it. */
    private Collection<?> membersOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Object member : map.values()) {
                checkMemberClass(member);               // before the key rule reads the members
            }
        }
        try {
            return type.membersOf(value);
        } catch (IllegalArgumentException wrongShape) {
            throw new IllegalArgumentException(this + " " + wrongShape.getMessage(), wrongShape);
        }
    }

    @Override
    public Object write(InstanceState state, Object oldValue, Object newValue) {
        if (kind == Kind.DYNAMIC) {
            if (!(newValue instanceof DynamicCollection<?> dynamic)) {
                throw new IllegalArgumentException(this + (oldValue instanceof DynamicCollection<?> && !(oldValue instanceof Iterable<?>)
                        ? " is a WRITE_ONLY relationship: its field holds a WriteOnlyCollection; add and remove members "
                        + "through it (add/remove)" : " is a DYNAMIC relationship: its field holds the query of "
                        + "its members; add and remove members through it (append/remove)") + " instead of assigning it");
            }
            dynamic.bind(state, this);
            return newValue;
        }
        if (newValue instanceof Instrumented<?> && newValue == oldValue) {
            return newValue;
        }
        if (newValue == null && !viewonly()) {
            throw new IllegalArgumentException(this + " is a collection and cannot be set to null (that would "
                    + "detach every member); to empty it, call " + key() + ".clear(), or assign an empty collection");
        }
        if (!state.isLoaded(key())) {
            load(state);
            oldValue = get(state);
        }
        List<Object> before = oldValue instanceof Instrumented<?> old ? new ArrayList<>(old.members())
                : oldValue instanceof Collection<?> old ? new ArrayList<>(old) : List.of();
        List<Object> after = newValue == null ? new ArrayList<>() : new ArrayList<>(membersOf(newValue));
        AttributeListeners listeners = listeners();
        if (listeners != null) {
            after.replaceAll(item -> listeners.append(state, item, false));
        }
        checkMemberClasses(after);
        Instrumented<Object> collection = newCollection(state, after);
        if (before.isEmpty()) {
            appendAll(state, after);
            return numbered(collection);
        }
        Set<Object> afterSet = identitySet(after);
        Set<Object> beforeSet = identitySet(before);
        Set<Object> seen = identitySet(List.of());
        for (Object item : before) {
            if (!afterSet.contains(item) && seen.add(item)) {
                onRemove(state, item);
            }
        }
        seen.clear();
        for (Object item : after) {
            if (!seen.add(item)) {
                continue;
            }
            if (beforeSet.contains(item)) {
                onKeep(state, item);
            } else {
                onAppend(state, item, true);
            }
        }
        return numbered(collection);
    }

    /** An assigned ordering list gives its members their positions once the events on the old members are over. */
    private static Instrumented<Object> numbered(Instrumented<Object> collection) {
        if (collection instanceof OrderingList<?> ordered) {
            ordered.reorder();
        }
        return collection;
    }

    /** Stores loaded members, applying appends and removals made while the collection was not loaded. */
    @Override
    public void setCommitted(InstanceState state, Object value) {
        if (kind == Kind.DYNAMIC) {
            if (value instanceof DynamicCollection<?> dynamic) {
                dynamic.bind(state, this);
                setQuietly(state, value);
            }
            state.markLoaded(key());
            return;
        }
        IdentityList<Object> items = new IdentityList<>(value == null ? List.of() : (Collection<?>) value);
        PendingCollection pending = state.pendingCollection(key(), false);
        List<Object> late = List.of();
        if (pending != null) {
            CollectionHistory history = state.collectionHistory(key(), false);
            for (Object removed : pending.removed) {
                if (!items.removeIdentity(removed) && history != null) {
                    history.removedItems().removeIdentity(removed);
                }
            }
            late = new ArrayList<>();
            for (Object appended : pending.appended) {
                if (!items.containsIdentity(appended)) {
                    late.add(appended);
                } else if (history != null) {
                    history.addedItems().removeIdentity(appended);
                }
            }
            pending.appended.clear();
            pending.removed.clear();
        }
        Instrumented<Object> collection = newCollection(state, items);
        for (Object appended : late) {
            collection.addQuietly(appended);
        }
        setQuietly(state, collection);
        state.markLoaded(key());
    }

    /** The current members without loading, or the members known to be pending if not loaded. */
    /** True for a DYNAMIC relationship, whose value is a query and whose members are never loaded whole. */
    public boolean isDynamic() {
        return kind == Kind.DYNAMIC;
    }

    public List<Object> members(InstanceState state) {
        if (kind == Kind.DYNAMIC) {
            CollectionHistory history = state.collectionHistory(key(), false);
            return history == null ? List.of() : new ArrayList<>(history.addedItems());
        }
        if (state.isLoaded(key())) {
            Object current = get(state);
            return current == null ? List.of() : new ArrayList<>(((Instrumented<?>) current).members());
        }
        PendingCollection pending = state.pendingCollection(key(), false);
        return pending == null ? List.of() : new ArrayList<>(pending.appended);
    }

    void appendFromBackref(InstanceState state, Object item) {
        AttributeListeners listeners = listeners();
        if (listeners != null) {
            item = listeners.append(state, item, true);
        }
        checkMemberClass(item);
        if (keyed != null && !keyed.admits(item, backref())) {
            return;
        }
        if (kind == Kind.DYNAMIC) {
            state.collectionHistory(key(), true).added(item);
            state.markModified();
            return;
        }
        if (!state.isLoaded(key()) && type.loadsBeforeBackrefAppend() && state.session() != null) {
            load(state);
        }
        if (state.isLoaded(key())) {
            @SuppressWarnings("unchecked")
            Instrumented<Object> collection = (Instrumented<Object>) get(state);
            if (collection == null) {
                initialize(state);
                collection = (Instrumented<Object>) get(state);
            }
            if (collection.containsIdentity(item)) {
                trackParent(InstanceState.require(item), state, true);
                return;
            }
            Object displaced = collection.displacedBy(item);
            if (displaced != null) {
                collection.removeQuietly(displaced);
                onRemove(state, displaced);
            }
            collection.addQuietly(item);
        } else {
            state.pendingCollection(key(), true).append(item);
        }
        state.collectionHistory(key(), true).added(item);
        state.markModified();
        trackParent(InstanceState.require(item), state, true);
    }

    void removeFromBackref(InstanceState state, Object item) {
        if (kind == Kind.DYNAMIC) {
            fireRemove(state, item, true);
            state.collectionHistory(key(), true).removed(item);
            state.markModified();
            return;
        }
        if (state.isLoaded(key())) {
            Object collection = get(state);
            if (!(collection instanceof Instrumented<?> instrumented) || !instrumented.removeQuietly(item)) {
                return;
            }
        } else {
            state.pendingCollection(key(), true).remove(item);
        }
        fireRemove(state, item, true);
        state.collectionHistory(key(), true).removed(item);
        state.markModified();
        InstanceState itemState = InstanceState.of(item);
        if (itemState != null) {
            trackParent(itemState, state, false);
        }
        memberDetached(state, item);
    }

    /** An append made through a DYNAMIC collection: history and backref events, nothing loaded. */
    public void appendDynamic(InstanceState state, Object item) {
        AttributeListeners listeners = listeners();
        Object member = listeners == null ? item : listeners.append(state, item, false);
        checkMemberClass(member);
        onAppend(state, member, true);
    }

    /** A removal made through a DYNAMIC collection: history and backref events, nothing loaded. */
    public void removeDynamic(InstanceState state, Object item) {
        onRemove(state, item);
    }

    /** An append by user code; {@code changed} false when the list held the member already (no history, but the backref follows). */
    private void onAppend(InstanceState state, Object item, boolean changed) {
        if (viewonly()) {
            return;
        }
        if (changed) {
            state.collectionHistory(key(), true).added(item);
            state.markModified();
        }
        if (item == null) {
            return;
        }
        InstanceState itemState = InstanceState.require(item);
        trackParent(itemState, state, true);
        AttributeImpl other = backref();
        if (other instanceof ObjectAttribute reference) {
            reference.setFromBackref(itemState, state.object());
        } else if (other instanceof CollectionAttribute collection) {
            collection.appendFromBackref(itemState, state.object());
        }
        memberAttached(state, item);
    }

    /** An append of a member already held (SQLAlchemy's append without mutation): only the save-update cascade follows. */
    private void onKeep(InstanceState state, Object item) {
        if (!viewonly()) {
            memberAttached(state, item);
        }
    }

    private void onRemove(InstanceState state, Object item) {
        fireRemove(state, item, false);
        if (viewonly()) {
            return;
        }
        state.collectionHistory(key(), true).removed(item);
        state.markModified();
        InstanceState itemState = item == null ? null : InstanceState.of(item);
        if (itemState == null) {
            return;
        }
        trackParent(itemState, state, false);
        AttributeImpl other = backref();
        if (other instanceof ObjectAttribute reference) {
            reference.unsetFromBackref(itemState, state.object());
        } else if (other instanceof CollectionAttribute collection) {
            collection.removeFromBackref(itemState, state.object());
        }
        memberDetached(state, item);
    }

    private void fireRemove(InstanceState state, Object item, boolean fromBackref) {
        AttributeListeners listeners = listeners();
        if (listeners != null) {
            listeners.remove(state, item, fromBackref);
        }
    }

    private Instrumented<Object> newCollection(InstanceState state, Collection<?> items) {
        CollectionListener listener = new CollectionListener() {
            @Override
            public Object appending(Object item) {
                AttributeListeners listeners = listeners();
                if (listeners != null) {
                    item = listeners.append(state, item, false);
                }
                checkMemberClass(item);
                if (!viewonly()) {
                    checkSingleParent(state, item);
                }
                return item;
            }

            @Override
            public void appended(Object item) {
                onAppend(state, item, true);
            }

            @Override
            public void appendedAgain(Object item) {
                onAppend(state, item, false);
            }

            @Override
            public void appendedWithoutChange(Object item) {
                onKeep(state, item);
            }

            @Override
            public void removed(Object item) {
                onRemove(state, item);
            }
        };
        Instrumented<Object> collection = type.create(listener, items);
        AttributeListeners listeners = listeners();
        if (listeners != null && listeners.hasInit()) {
            listeners.init(state, collection);
        }
        return collection;
    }

    @Override
    public History history(InstanceState state) {
        CollectionHistory history = state.collectionHistory(key(), false);
        List<Object> added = history == null ? List.of() : copyOf(history.addedItems());
        List<Object> removed = history == null ? List.of() : copyOf(history.removedItems());
        List<Object> unchanged = new ArrayList<>();
        if (state.isLoaded(key())) {
            Collection<Object> members = members(state);
            if (added.isEmpty()) {
                unchanged.addAll(members);
            } else if (!sameInOrder(members, added)) {
                Set<Object> addedSet = identitySet(added);
                for (Object item : members) {
                    if (!addedSet.contains(item)) {
                        unchanged.add(item);
                    }
                }
            }
        }
        return new History(added, unchanged, removed);
    }

    /** The members of a new collection, each appended once (a member listed twice is one member). */
    private void appendAll(InstanceState state, List<Object> members) {
        Set<Object> seen = members.size() > 1 ? identitySet(List.of()) : null;
        for (Object item : members) {
            if (seen == null || seen.add(item)) {
                onAppend(state, item, true);
            }
        }
    }

    /** True if {@code members} are exactly {@code added}, the same objects in the same order: all of them new. */
    private static boolean sameInOrder(Collection<Object> members, List<Object> added) {
        if (members.size() != added.size()) {
            return false;
        }
        int i = 0;
        for (Object member : members) {
            if (member != added.get(i++)) {
                return false;
            }
        }
        return true;
    }

    /** An unmodifiable copy that, unlike {@link List#copyOf}, keeps a null member for the flush to report. */
    private static List<Object> copyOf(List<Object> items) {
        return Collections.unmodifiableList(new ArrayList<>(items));
    }

    private static Set<Object> identitySet(Collection<?> items) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>());
        set.addAll(items);
        return set;
    }

}
