package io.junction.orm.collection;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A {@code SortedSet} in the order of a comparator, whose appends and removals are reported. As
 * with any {@code TreeSet}, two members the comparator finds equal are one member, and a member's
 * sort key must not change while the set holds it. The views ({@code headSet}, {@code subSet},
 * {@code tailSet}) are read-only.
 */
public final class InstrumentedSortedSet<E> extends AbstractSet<E> implements SortedSet<E>, InstrumentedCollection<E> {
    private final TreeSet<E> items;
    private final CollectionListener listener;

    InstrumentedSortedSet(CollectionListener listener, Collection<? extends E> members, Comparator<? super E> order) {
        this.listener = listener;
        this.items = new TreeSet<>(order);
        items.addAll(members);
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
    public boolean add(E item) {
        E held = heldOrNone(item);
        if (held != null) {
            if (held == item) {
                listener.appendedWithoutChange(item);
            }
            return false;                           // another member the order finds equal: nothing is appended
        }
        item = (E) listener.appending(item);
        items.add(item);
        listener.appended(item);
        return true;
    }

    @Override
    public boolean remove(Object item) {
        E held = held(item);
        if (held == null) {
            return false;
        }
        items.remove(held);
        listener.removed(held);
        return true;
    }

    /**
     * The member equal to {@code item} by the comparator, or {@code null}, also when the order
     * cannot compare {@code item} with the members: the listener then refuses an object of the
     * wrong class with its own message, before the set is asked to hold it.
     */
    private E heldOrNone(Object item) {
        try {
            return held(item);
        } catch (ClassCastException incomparable) {
            return null;
        }
    }

    /** The member equal to {@code item} by the comparator, or {@code null}. */
    @SuppressWarnings("unchecked")
    private E held(Object item) {
        if (!items.contains(item)) {
            return null;
        }
        return items.floor((E) item);
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
    public Comparator<? super E> comparator() {
        return items.comparator();
    }

    @Override
    public E first() {
        return items.first();
    }

    @Override
    public E last() {
        return items.last();
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        return Collections.unmodifiableSortedSet(items.headSet(toElement));
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return Collections.unmodifiableSortedSet(items.tailSet(fromElement));
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return Collections.unmodifiableSortedSet(items.subSet(fromElement, toElement));
    }

    @Override
    public boolean containsIdentity(Object item) {
        if (item == null) {
            return false;
        }
        return held(item) == item;
    }

    @Override
    public void addQuietly(E item) {
        items.add(item);
    }

    @Override
    public boolean removeQuietly(Object item) {
        if (item != null && held(item) == item) {
            items.remove(item);
            return true;
        }
        Iterator<E> members = items.iterator();
        while (members.hasNext()) {
            if (members.next() == item) {
                members.remove();
                return true;
            }
        }
        return false;
    }
}
