package io.junction.orm.collection;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/** A {@code List} whose appends and removals are reported; sorting reorders without reporting. */
public final class InstrumentedList<E> extends AbstractList<E> implements InstrumentedCollection<E>, RandomAccess {
    private final ArrayList<E> items;
    private final CollectionListener listener;

    InstrumentedList(CollectionListener listener) {
        this(listener, List.of());
    }

    public InstrumentedList(CollectionListener listener, Collection<? extends E> initial) {
        this.listener = listener;
        this.items = new ArrayList<>(initial);
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
        appended(index, item);
    }

    @Override
    public E remove(int index) {
        E removed = items.remove(index);
        modCount++;
        if (indexOfIdentity(removed, -1) < 0) {
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
            if (indexOfIdentity(old, -1) < 0) {
                listener.removed(old);
            }
            appended(index, item);
        }
        return old;
    }

    private void appended(int index, E item) {
        if (indexOfIdentity(item, index) < 0) {
            listener.appended(item);
        } else {
            listener.appendedAgain(item);
        }
    }

    /** Where the list holds {@code item} other than at {@code skip}, or -1. */
    private int indexOfIdentity(Object item, int skip) {
        for (int i = 0; i < items.size(); i++) {
            if (i != skip && items.get(i) == item) {
                return i;
            }
        }
        return -1;
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
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                items.remove(i);
                modCount++;
                return true;
            }
        }
        return false;
    }
}
