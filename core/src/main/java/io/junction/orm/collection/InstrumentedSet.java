package io.junction.orm.collection;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/** A {@code Set}, in insertion order, whose appends and removals are reported. */
public final class InstrumentedSet<E> extends AbstractSet<E> implements InstrumentedCollection<E> {
    private final LinkedHashSet<E> items;
    private final CollectionListener listener;

    InstrumentedSet(CollectionListener listener) {
        this(listener, Set.of());
    }

    public InstrumentedSet(CollectionListener listener, Collection<? extends E> initial) {
        this.listener = listener;
        this.items = new LinkedHashSet<>(initial);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean contains(Object item) {
        return items.contains(item);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean add(E item) {
        if (!items.contains(item)) {
            item = (E) listener.appending(item);
        }
        if (items.add(item)) {
            listener.appended(item);
            return true;
        }
        listener.appendedWithoutChange(item);
        return false;
    }

    @Override
    public boolean remove(Object item) {
        if (items.remove(item)) {
            listener.removed(item);
            return true;
        }
        return false;
    }

    @Override
    public Iterator<E> iterator() {
        Iterator<E> delegate = items.iterator();
        return new Iterator<>() {
            private E current;

            @Override
            public boolean hasNext() {
                return delegate.hasNext();
            }

            @Override
            public E next() {
                current = delegate.next();
                return current;
            }

            @Override
            public void remove() {
                delegate.remove();
                listener.removed(current);
            }
        };
    }

    @Override
    public boolean containsIdentity(Object item) {
        for (E member : items) {
            if (member == item) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addQuietly(E item) {
        items.add(item);
    }

    @Override
    public boolean removeQuietly(Object item) {
        return items.remove(item);
    }
}
