package io.junction.orm.collection;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The base of a user-defined collection class for a relationship (SQLAlchemy's custom collection
 * classes with {@code @collection.appender}, {@code remover} and {@code iterator}). A subclass
 * stores members however it likes through three methods — {@link #store} (the appender),
 * {@link #discard} (the remover) and {@link #stored} (the iterator) — plus {@link #size}; the
 * base's {@code add} and {@code remove}, which the subclass's own methods call, report each change
 * to Junction. Junction creates instances with the public no-argument constructor, and stores
 * loaded members, and members a backref adds, with {@code store} without reporting them.
 *
 * <pre>{@code
 * public class Tags extends CustomCollection<Tag> {
 *     private final List<Tag> tags = new ArrayList<>();
 *     protected void store(Tag tag) { tags.add(tag); }
 *     protected boolean discard(Object tag) { return tags.remove(tag); }
 *     protected Iterator<Tag> stored() { return tags.iterator(); }
 *     public int size() { return tags.size(); }
 *     public void tag(String name) { add(new Tag(name)); }   // reported through add
 * }
 * }</pre>
 */
public abstract class CustomCollection<E> extends AbstractCollection<E> implements InstrumentedCollection<E> {
    private static final CollectionListener UNBOUND = new CollectionListener() {
        @Override
        public void appended(Object item) {
        }

        @Override
        public void appendedAgain(Object item) {
        }

        @Override
        public void appendedWithoutChange(Object item) {
        }

        @Override
        public void removed(Object item) {
        }
    };

    private CollectionListener listener = UNBOUND;

    /** Stores a member: the collection's appender. */
    protected abstract void store(E item);

    /** Drops one occurrence of a member (the collection's remover); true if the collection held it. */
    protected abstract boolean discard(Object item);

    /** The stored members (the collection's iterator); its {@code remove} need not be supported. */
    protected abstract Iterator<E> stored();

    /** Makes this the collection of an object's relationship; called by Junction once, on an instance it created. */
    final void bind(CollectionListener owner) {
        this.listener = owner;
    }

    /** True once Junction made this the collection of an object's relationship; an instance user code made is not. */
    public final boolean isBound() {
        return listener != UNBOUND;
    }

    /** Appends a member and reports it. */
    @Override
    public final boolean add(E item) {
        listener.appending(item);
        boolean held = containsIdentity(item);
        store(item);
        if (held) {
            listener.appendedAgain(item);
        } else {
            listener.appended(item);
        }
        return true;
    }

    /** Removes one occurrence of a member and reports it when none is left; false if it was not held. */
    @Override
    public final boolean remove(Object item) {
        if (!discard(item)) {
            return false;
        }
        if (!containsIdentity(item)) {
            listener.removed(item);
        }
        return true;
    }

    /** The members; removing through the iterator is not supported (call {@link #remove}). */
    @Override
    public final Iterator<E> iterator() {
        Iterator<E> members = stored();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return members.hasNext();
            }

            @Override
            public E next() {
                return members.next();
            }
        };
    }

    @Override
    public void clear() {
        for (E member : snapshot()) {
            remove(member);
        }
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        boolean changed = false;
        for (E member : snapshot()) {
            if (filter.test(member)) {
                changed |= remove(member);
            }
        }
        return changed;
    }

    @Override
    public boolean removeAll(Collection<?> members) {
        return removeIf(members::contains);
    }

    @Override
    public boolean retainAll(Collection<?> members) {
        return removeIf(member -> !members.contains(member));
    }

    @Override
    public final void addQuietly(E item) {
        store(item);
    }

    @Override
    public final boolean containsIdentity(Object item) {
        for (Iterator<E> members = stored(); members.hasNext(); ) {
            if (members.next() == item) {
                return true;
            }
        }
        return false;
    }

    @Override
    public final boolean removeQuietly(Object item) {
        return containsIdentity(item) && discard(item);
    }

    private List<E> snapshot() {
        List<E> members = new ArrayList<>();
        stored().forEachRemaining(members::add);
        return members;
    }
}
