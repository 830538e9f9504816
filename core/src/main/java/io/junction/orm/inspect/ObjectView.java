package io.junction.orm.inspect;

import io.junction.orm.session.Session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapped object's ORM state as {@link Junction#inspect(Object)} found it, SQLAlchemy's
 * {@code InstanceState}: a snapshot taken without running SQL, so inspect again to see later
 * changes.
 *
 * @param object the inspected object
 * @param mappedClass the class its mapper maps
 * @param status where it is in its life with a session
 * @param markedForDeletion whether {@code session.delete} was called on it and the flush that
 *        deletes its row has not run yet (SQLAlchemy: {@code obj in session.deleted}); its status is then
 *        {@link ObjectStatus#PERSISTENT}
 * @param identity its primary key values as of its last load or flush (SQLAlchemy's
 *        {@code identity}), or {@code null} when it has no identity (transient, pending)
 * @param session the session that holds it (also while {@link ObjectStatus#DELETED}), or {@code null}
 * @param modified whether an attribute was written since it was loaded or last flushed
 * @param attributes every mapped attribute by name, in mapping order
 */
public record ObjectView(Object object, Class<?> mappedClass, ObjectStatus status, boolean markedForDeletion,
                         List<Object> identity, Session session, boolean modified,
                         Map<String, AttributeView> attributes) {

    public ObjectView {
        identity = identity == null ? null : Collections.unmodifiableList(new java.util.ArrayList<>(identity));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public boolean isTransient() {
        return status == ObjectStatus.TRANSIENT;
    }

    public boolean isPending() {
        return status == ObjectStatus.PENDING;
    }

    public boolean isPersistent() {
        return status == ObjectStatus.PERSISTENT;
    }

    public boolean isDeleted() {
        return status == ObjectStatus.DELETED;
    }

    public boolean isDetached() {
        return status == ObjectStatus.DETACHED;
    }

    /** Whether it has an identity: persistent, deleted or detached (SQLAlchemy's {@code has_identity}). */
    public boolean hasIdentity() {
        return identity != null;
    }

    /** The attributes holding loaded values, in mapping order. */
    public Set<String> loadedAttributes() {
        return names(true);
    }

    /** The attributes not loaded (expired, or relationships not yet read), in mapping order: SQLAlchemy's {@code unloaded}. */
    public Set<String> unloadedAttributes() {
        return names(false);
    }

    /** The view of one attribute; an exception names the attributes there are. */
    public AttributeView attribute(String name) {
        AttributeView view = attributes.get(name);
        if (view == null) {
            throw new IllegalArgumentException(mappedClass.getSimpleName() + " has no mapped attribute '" + name
                    + "'; its attributes are " + attributes.keySet());
        }
        return view;
    }

    /** The history of one attribute: {@code attribute(name).history()}. */
    public AttributeHistory history(String name) {
        return attribute(name).history();
    }

    private Set<String> names(boolean loaded) {
        Set<String> names = new LinkedHashSet<>();
        for (AttributeView view : attributes.values()) {
            if (view.loaded() == loaded) {
                names.add(view.name());
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
