package io.junction.orm.attribute;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An association proxy, SQLAlchemy's {@code association_proxy}: a field that holds a live view of
 * a collection relationship ({@code user.userKeywords}) in which each member shows as the value
 * of one of its attributes, reached along a path ({@code keyword}, or {@code keyword.text}). It
 * owns no column and keeps no history: reads go through the relationship (so its loader applies),
 * and each change goes through the relationship's own collection, so backrefs, cascades and the
 * flush are the ordinary ones. New members are made from a value (and, for a {@code Map}
 * relationship, its key) by the creator.
 *
 * <p>Over a single reference ({@link Kind#SCALAR}) the field holds the referenced object's value.
 * The attribute never counts as loaded, so each read of the field computes it anew from the
 * reference; a write sets the value on the referenced object, or makes one with the creator.
 */
public final class ProxyAttribute extends AttributeImpl {
    /** The kind of collection the proxied relationship holds, which is the kind of view. */
    public enum Kind { LIST, SET, MAP, SCALAR }

    private final AttributeImpl collection;
    private final List<AttributeImpl> path;
    private final BiFunction<Object, Object, Object> creator;
    private final Kind kind;
    private final boolean cascadeScalarDeletes;
    private final boolean createOnNoneAssignment;

    /**
     * @param collection the proxied relationship of this class (a single reference for {@link Kind#SCALAR})
     * @param path       the attributes from a member to its value: every step but the last a reference
     * @param creator    makes a new member from a key (null but for a {@code Map}) and a value
     * @param kind       the kind of collection the relationship holds
     * @param cascadeScalarDeletes   {@link Kind#SCALAR}: assigning null also clears the reference
     * @param createOnNoneAssignment {@link Kind#SCALAR}: assigning null to an empty reference still makes an object
     */
    public ProxyAttribute(String key, ClassManager manager, FieldAccess field, AttributeImpl collection,
            List<AttributeImpl> path, BiFunction<Object, Object, Object> creator, Kind kind,
            boolean cascadeScalarDeletes, boolean createOnNoneAssignment) {
        super(key, manager, field);
        this.collection = collection;
        this.path = List.copyOf(path);
        this.creator = creator;
        this.kind = kind;
        this.cascadeScalarDeletes = cascadeScalarDeletes;
        this.createOnNoneAssignment = createOnNoneAssignment;
    }

    /** Puts the view into the field of a new or loaded object; a scalar proxy is marked unloaded for good, so reads come here. */
    void initialize(InstanceState state) {
        if (kind == Kind.SCALAR) {
            state.markUnloaded(this);
        } else {
            view(state);
        }
    }

    /** The view the field holds, made and stored on first use. */
    private Object view(InstanceState state) {
        Object current = get(state);
        if (current instanceof ProxiedList list && list.belongsTo(state, this)
                || current instanceof ProxiedSet set && set.belongsTo(state, this)
                || current instanceof ProxiedMap map && map.belongsTo(state, this)) {
            return current;
        }
        Object view = switch (kind) {
            case LIST -> new ProxiedList(state, this);
            case SET -> new ProxiedSet(state, this);
            case MAP -> new ProxiedMap(state, this);
            case SCALAR -> throw new IllegalStateException(this + " shows a single reference and has no view");
        };
        setQuietly(state, view);
        return view;
    }

    /**
     * Nothing to load (after an expiry, say): the view reads through the relationship, which loads
     * itself. A scalar proxy puts the referenced object's current value into the field and stays
     * unloaded.
     */
    @Override
    protected void load(InstanceState state) {
        if (kind == Kind.SCALAR) {
            setQuietly(state, valueOf(reference(state)));
            return;
        }
        view(state);
        state.markLoaded(this);
    }

    /**
     * An assignment of the field: the proxied collection takes the given values (a list is
     * cleared and refilled; a set keeps the members whose values stay), and the field keeps the view.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Object write(InstanceState state, Object oldValue, Object newValue) {
        if (kind == Kind.SCALAR) {
            return writeScalar(state, newValue);
        }
        Object view = view(state);
        if (newValue == view) {
            return view;
        }
        if (view instanceof ProxiedMap map && newValue instanceof Map<?, ?> values) {
            map.replaceWith(values);
        } else if (!(view instanceof ProxiedMap) && newValue instanceof Collection<?> values) {
            List<Object> copy = new java.util.ArrayList<>(values);
            if (view instanceof ProxiedSet set) {
                set.replaceWith(copy);
            } else {
                Collection<Object> list = (Collection<Object>) view;
                list.clear();
                list.addAll(copy);
            }
        } else {
            throw new IllegalArgumentException(this + " is an association proxy over " + collection + "; assign it a "
                    + (view instanceof ProxiedMap ? "Map" : "collection") + " of values (or call clear() to empty it), not "
                    + newValue);
        }
        state.markLoaded(this);
        return view;
    }

    /**
     * SQLAlchemy's scalar {@code set}: the referenced object takes the value; with no object, the
     * creator makes one (for {@code null} only with createOnNoneAssignment); a {@code null} with
     * cascadeScalarDeletes then clears the reference.
     */
    private Object writeScalar(InstanceState state, Object value) {
        Object target = reference(state);
        if (target == null) {
            if (value != null || createOnNoneAssignment) {
                collection.set(state, create(value));
            }
        } else {
            assign(target, value);
            if (value == null && cascadeScalarDeletes) {
                collection.set(state, null);
            }
        }
        return value;
    }

    /** The object a scalar proxy's reference holds, loaded if it was not. */
    private Object reference(InstanceState state) {
        collection.beforeRead(state);
        return collection.get(state);
    }

    @Override
    public History history(InstanceState state) {
        return History.EMPTY;
    }

    /** The proxied collection of {@code state}'s object, loaded if it was not. */
    @SuppressWarnings("unchecked")
    Collection<Object> members(InstanceState state) {
        return (Collection<Object>) relationshipValue(state);
    }

    /** The proxied map of {@code state}'s object, loaded if it was not. */
    @SuppressWarnings("unchecked")
    Map<Object, Object> memberMap(InstanceState state) {
        return (Map<Object, Object>) relationshipValue(state);
    }

    private Object relationshipValue(InstanceState state) {
        collection.beforeRead(state);
        Object members = collection.get(state);
        if (members == null) {
            throw new IllegalStateException(collection + " holds null, so " + this + " has no collection to show");
        }
        return members;
    }

    /** The value {@code member} shows through the proxy: the end of the path, or {@code null} where a reference on it is null. */
    Object valueOf(Object member) {
        Object current = member;
        for (AttributeImpl step : path) {
            if (current == null) {
                return null;
            }
            InstanceState state = InstanceState.require(current);
            step.beforeRead(state);
            current = step.get(state);
        }
        return current;
    }

    /** Gives {@code member} the value {@code value} at the end of the path (SQLAlchemy's setter). */
    void assign(Object member, Object value) {
        Object holder = member;
        for (int i = 0; i < path.size() - 1; i++) {
            InstanceState state = InstanceState.require(holder);
            AttributeImpl step = path.get(i);
            step.beforeRead(state);
            Object next = step.get(state);
            if (next == null) {
                throw new IllegalStateException("cannot set " + this + " of " + member + " to " + value + ": its "
                        + step + " is null; set " + step.key() + " first, or remove the member and add the value");
            }
            holder = next;
        }
        path.get(path.size() - 1).set(InstanceState.require(holder), value);
    }

    /** A new member made from {@code value} by the creator. */
    Object create(Object value) {
        return create(null, value);
    }

    /** A new member made from {@code key} (of a map) and {@code value} by the creator. */
    Object create(Object key, Object value) {
        Object member = creator.apply(key, value);
        if (member == null) {
            throw new IllegalStateException("the creator of " + this + " returned null for " + value
                    + "; it must return a new " + (kind == Kind.SCALAR ? "object for " : "member of ") + collection);
        }
        return member;
    }

    /** The proxied relationship's attribute. */
    public AttributeImpl collection() {
        return collection;
    }
}
