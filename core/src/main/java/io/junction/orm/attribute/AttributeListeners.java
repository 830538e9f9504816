package io.junction.orm.attribute;

import io.junction.orm.event.AppendListener;
import io.junction.orm.event.CollectionInitListener;
import io.junction.orm.event.RemoveListener;
import io.junction.orm.event.SetListener;

import java.util.Arrays;

/**
 * The set, append, remove and collection-init listeners of one attribute, validators included, in the order they
 * were added. An attribute without listeners holds none of these (its {@code listeners()} is
 * {@code null}), so its writes cost one null check. Each listener says whether it also hears
 * changes the other side of a backref made (SQLAlchemy's {@code include_backrefs}).
 */
public final class AttributeListeners {
    private static final Entry[] NONE = new Entry[0];

    private Entry[] sets = NONE;
    private Entry[] appends = NONE;
    private Entry[] removes = NONE;
    private Entry[] inits = NONE;

    private record Entry(Object listener, boolean backrefs) {
    }

    public void onSet(SetListener<Object, Object> listener, boolean backrefs) {
        sets = with(sets, new Entry(listener, backrefs));
    }

    public void onAppend(AppendListener<Object, Object> listener, boolean backrefs) {
        appends = with(appends, new Entry(listener, backrefs));
    }

    public void onRemove(RemoveListener<Object, Object> listener, boolean backrefs) {
        removes = with(removes, new Entry(listener, backrefs));
    }

    public void onInit(CollectionInitListener<Object, Object> listener) {
        inits = with(inits, new Entry(listener, true));
    }

    boolean hasInit() {
        return inits.length > 0;
    }

    /** A new collection was made for {@code state}'s attribute. */
    @SuppressWarnings("unchecked")
    void init(InstanceState state, Object collection) {
        for (Entry entry : inits) {
            ((CollectionInitListener<Object, Object>) entry.listener).init(state.object(), collection);
        }
    }

    private static Entry[] with(Entry[] entries, Entry entry) {
        Entry[] next = Arrays.copyOf(entries, entries.length + 1);
        next[entries.length] = entry;
        return next;
    }

    /** The value to store when {@code value} replaces {@code oldValue} ({@code null} when not loaded). */
    @SuppressWarnings("unchecked")
    Object set(InstanceState state, Object value, Object oldValue, boolean fromBackref) {
        for (Entry entry : sets) {
            if (entry.backrefs || !fromBackref) {
                value = ((SetListener<Object, Object>) entry.listener).set(state.object(), value, oldValue);
            }
        }
        return value;
    }

    /** The member to append in place of {@code value}. */
    @SuppressWarnings("unchecked")
    Object append(InstanceState state, Object value, boolean fromBackref) {
        for (Entry entry : appends) {
            if (entry.backrefs || !fromBackref) {
                value = ((AppendListener<Object, Object>) entry.listener).append(state.object(), value);
            }
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    void remove(InstanceState state, Object value, boolean fromBackref) {
        for (Entry entry : removes) {
            if (entry.backrefs || !fromBackref) {
                ((RemoveListener<Object, Object>) entry.listener).remove(state.object(), value);
            }
        }
    }
}
