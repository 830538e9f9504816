package io.junction.orm.loading;

import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.DynamicCollection;
import io.junction.orm.attribute.InstanceState;

/**
 * The value of a {@code Lazy.WRITE_ONLY} relationship, SQLAlchemy 2.0's {@code WriteOnlyCollection}:
 * a collection that is never loaded. Declare the field as
 * {@code WriteOnlyCollection<Post> posts = new WriteOnlyCollection<>();}. {@link #add},
 * {@link #addAll} and {@link #remove} change the relationship without SQL (the backref follows; the
 * next flush writes the foreign keys or association rows); {@link #select} is the query of the
 * members, which runs after the session's autoflush. It cannot be iterated: ask {@link #select} for
 * the members.
 */
public final class WriteOnlyCollection<T> implements DynamicCollection<T> {
    private InstanceState owner;
    private CollectionAttribute attribute;

    /** An empty collection, for the field's initializer; it belongs to its object once the object's state exists. */
    public WriteOnlyCollection() {
    }

    @Override
    public void bind(InstanceState state, CollectionAttribute collection) {
        if (owner != null && owner != state) {
            throw new IllegalStateException(collection + " of " + state + " cannot take the WriteOnlyCollection of "
                    + owner + "; give each object its own (new WriteOnlyCollection<>())");
        }
        this.owner = state;
        this.attribute = collection;
    }

    /** Adds {@code item} to the relationship (and sets its backref); it is written at the next flush. */
    public void add(T item) {
        requireBound().appendDynamic(owner, item);
    }

    /** Adds each item. */
    public void addAll(Iterable<? extends T> items) {
        for (T item : items) {
            add(item);
        }
    }

    /** Removes {@code item} from the relationship (and clears its backref); written at the next flush. */
    public void remove(T item) {
        requireBound().removeDynamic(owner, item);
    }

    /**
     * The query of the members, {@code session.query(Target).withParent(owner, attribute)} in the
     * relationship's order, to filter, order and run; it needs the owner to be persistent in a session.
     */
    public Query<T> select() {
        return Members.query(owner, requireBound(), "its members are only the ones added, which the next flush writes");
    }

    private CollectionAttribute requireBound() {
        if (owner == null) {
            throw new IllegalStateException("this WriteOnlyCollection belongs to no object yet: it is bound when the field "
                    + "of a mapped object is given it (WriteOnlyCollection<T> field = new WriteOnlyCollection<>())");
        }
        return attribute;
    }

    @Override
    public String toString() {
        return owner == null ? "WriteOnlyCollection(unbound)" : "WriteOnlyCollection(" + attribute + " of " + owner + ")";
    }
}
