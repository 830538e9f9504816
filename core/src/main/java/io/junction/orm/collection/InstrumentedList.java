package io.junction.orm.collection;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/** A {@code List} whose appends and removals are reported; sorting reorders without reporting. */
public class InstrumentedList<E> extends AbstractList<E> implements InstrumentedCollection<E>, RandomAccess {
    private final IdentityList<E> items;
    private final CollectionListener listener;

    InstrumentedList(CollectionListener listener) {
        this(listener, List.of());
    }

    public InstrumentedList(CollectionListener listener, Collection<? extends E> initial) {
        this.listener = listener;
        this.items = new IdentityList<>(initial);
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public void add(int index, E item) {
        listener.appending(item);
        items.add(index, item);
        modCount++;
        appended(item);
    }

    @Override
    public E remove(int index) {
        E removed = items.remove(index);
        modCount++;
        if (!items.containsIdentity(removed)) {
            listener.removed(removed);
        }
        return removed;
    }

    @Override
    public E set(int index, E item) {
        if (items.get(index) != item) {
            listener.appending(item);
        }
        E old = items.set(index, item);
        if (old != item) {
            if (!items.containsIdentity(old)) {
                listener.removed(old);
            }
            appended(item);
        }
        return old;
    }

    private void appended(E item) {
        if (items.occurrences(item) == 1) {
            listener.appended(item);
        } else {
            listener.appendedAgain(item);
        }
    }

    /** True if the list holds {@code item} itself, found without walking a long list. */
    @Override
    public boolean containsIdentity(Object item) {
        return items.containsIdentity(item);
    }

    @Override
    public void sort(Comparator<? super E> comparator) {
        items.sort(comparator);
        modCount++;
    }

    @Override
    public void addQuietly(E item) {
        items.add(item);
        modCount++;
    }

    @Override
    public boolean removeQuietly(Object item) {
        if (items.removeIdentity(item)) {
            modCount++;
            return true;
        }
        return false;
    }
}
