package io.junction.orm.loading;

import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.DynamicCollection;
import io.junction.orm.attribute.InstanceState;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.SqlNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The value of a {@code Lazy.DYNAMIC} relationship, SQLAlchemy's {@code lazy='dynamic'}: a
 * collection too large to load, kept as a query of its members. Declare the field as
 * {@code AppenderQuery<Post> posts = new AppenderQuery<>();}. {@link #append} and {@link #remove}
 * change the relationship without loading it (the backref follows; the next flush writes the
 * foreign keys); {@link #filter}, {@link #orderBy}, {@link #count}, {@link #all} and iteration run
 * SQL against the members, after the session's autoflush. For an object no session holds yet, the
 * members are the ones appended so far. A subclass named by the relationship's {@code queryClass}
 * adds methods of its own; it needs a no-argument constructor, by which Junction makes the value
 * of each object it loads.
 */
public class AppenderQuery<T> implements DynamicCollection<T>, Iterable<T> {
    private InstanceState owner;
    private CollectionAttribute attribute;

    /** An empty collection, for the field's initializer; it belongs to its object once the object's state exists. */
    public AppenderQuery() {
    }

    @Override
    public final void bind(InstanceState state, CollectionAttribute collection) {
        if (owner != null && owner != state) {
            throw new IllegalStateException(collection + " of " + state + " cannot take the AppenderQuery of "
                    + owner + "; give each object its own (new AppenderQuery<>())");
        }
        this.owner = state;
        this.attribute = collection;
    }

    /** Adds {@code item} to the relationship (and sets its backref); it is written at the next flush. */
    public void append(T item) {
        requireBound().appendDynamic(owner, item);
    }

    /** Adds each item. */
    public void extend(Iterable<? extends T> items) {
        for (T item : items) {
            append(item);
        }
    }

    /** Removes {@code item} from the relationship (and clears its backref); written at the next flush. */
    public void remove(T item) {
        requireBound().removeDynamic(owner, item);
    }

    /**
     * The query of the members: {@code session.query(Target).withParent(owner, attribute)} in the
     * relationship's order. It needs the owner to be persistent in a session.
     */
    public Query<T> query() {
        return Members.query(owner, requireBound(), "iterate it for the appended members");
    }

    public Query<T> filter(ColumnElement criterion) {
        return query().filter(criterion);
    }

    public Query<T> filterBy(String attribute, Object value) {
        return query().filterBy(attribute, value);
    }

    public Query<T> orderBy(SqlNode... items) {
        return query().orderBy(items);
    }

    public Query<T> limit(int rows) {
        return query().limit(rows);
    }

    public Query<T> offset(int rows) {
        return query().offset(rows);
    }

    public Query<T> options(LoaderOption... options) {
        return query().options(options);
    }

    /** The members: from the database (after autoflush) when the owner is persistent, else the appended ones. */
    public List<T> all() {
        if (isQueryable()) {
            return query().all();
        }
        return pending();
    }

    public long count() {
        return isQueryable() ? query().count() : pending().size();
    }

    public T first() {
        List<T> first = isQueryable() ? query().limit(1).all() : pending();
        return first.isEmpty() ? null : first.get(0);
    }

    /** The members as a stream that reads rows as it goes (close it when not read to the end). */
    public Stream<T> stream() {
        return isQueryable() ? query().stream() : pending().stream();
    }

    @Override
    public Iterator<T> iterator() {
        return all().iterator();
    }

    /** Appended since the last flush (and not removed again). */
    @SuppressWarnings("unchecked")
    public List<T> pending() {
        if (owner == null) {
            return List.of();
        }
        return (List<T>) new ArrayList<>(attribute.history(owner).added());
    }

    private boolean isQueryable() {
        return owner != null && owner.session() instanceof LoadContext && owner.key() != null;
    }

    private CollectionAttribute requireBound() {
        if (owner == null) {
            throw new IllegalStateException("this AppenderQuery belongs to no object yet: it is bound when the field of "
                    + "a mapped object is given it (AppenderQuery<T> field = new AppenderQuery<>())");
        }
        return attribute;
    }

    @Override
    public String toString() {
        return owner == null ? "AppenderQuery(unbound)" : "AppenderQuery(" + attribute + " of " + owner + ")";
    }
}
