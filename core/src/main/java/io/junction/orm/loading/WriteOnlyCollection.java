package io.junction.orm.loading;

import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.DynamicCollection;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.Delete;
import io.junction.sql.expression.Insert;
import io.junction.sql.expression.Update;

/**
 * The value of a {@code Lazy.WRITE_ONLY} relationship, SQLAlchemy 2.0's {@code WriteOnlyCollection}:
 * a collection that is never loaded. Declare the field as
 * {@code WriteOnlyCollection<Post> posts = new WriteOnlyCollection<>();}. {@link #add},
 * {@link #addAll} and {@link #remove} change the relationship without SQL (the backref follows; the
 * next flush writes the foreign keys or association rows); {@link #select} is the query of the
 * members, which runs after the session's autoflush; {@link #insert}, {@link #update} and
 * {@link #delete} are bulk statements on the members' table, for {@code session.execute(...)}. It
 * cannot be iterated: ask {@link #select} for the members.
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

    /**
     * For a one-to-many, an INSERT into the members' table with the foreign key to the owner filled
     * in; add the other columns with {@code values(...)} (one map, or a list of maps for several rows)
     * and run it with {@code session.execute(...)}. The owner's key is bound when the statement runs,
     * after the autoflush, so a pending owner is inserted first. The session does not see the new
     * rows as objects until it loads them. A many-to-many refuses: insert the targets and {@link #addAll} them.
     */
    public Insert insert() {
        return WriteOnlyStatements.insert(owner(), relationship());
    }

    /**
     * An UPDATE of the members' table restricted to this collection's members; add {@code set(...)}
     * and more {@code where(...)} and run it with {@code session.execute(...)}. Objects the session
     * holds are not refreshed by it.
     */
    public Update update() {
        return WriteOnlyStatements.update(owner(), relationship());
    }

    /**
     * A DELETE from the members' table restricted to this collection's members; add {@code where(...)}
     * and run it with {@code session.execute(...)}. Objects the session holds are not marked deleted by it.
     */
    public Delete delete() {
        return WriteOnlyStatements.delete(owner(), relationship());
    }

    private InstanceState owner() {
        requireBound();
        return owner;
    }

    private RelationshipProperty relationship() {
        return (RelationshipProperty) requireBound().property();
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
