package io.junction.orm.collection;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.RandomAccess;

/**
 * A list that counts its members by identity, so that whether it holds an object, and how often,
 * is answered without walking it. The count index is built by the first such question the list
 * answers with {@value #INDEXED_FROM} members or more, and kept from then on: a list only read, or
 * shorter, keeps none and walks.
 */
public final class IdentityList<E> extends AbstractList<E> implements RandomAccess {
    static final int INDEXED_FROM = 16;

    private final ArrayList<E> items;
    private IdentityHashMap<Object, Integer> counts;

    public IdentityList() {
        items = new ArrayList<>();
    }

    public IdentityList(Collection<? extends E> initial) {
        items = new ArrayList<>(initial);
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
    public boolean add(E item) {
        items.add(item);
        counted(item);
        return true;
    }

    @Override
    public void add(int index, E item) {
        items.add(index, item);
        counted(item);
    }

    @Override
    public E set(int index, E item) {
        E old = items.set(index, item);
        if (counts != null && old != item) {
            uncount(old);
            counts.merge(item, 1, Integer::sum);
        }
        return old;
    }

    @Override
    public E remove(int index) {
        E removed = items.remove(index);
        modCount++;
        if (counts != null) {
            uncount(removed);
        }
        return removed;
    }

    @Override
    public void clear() {
        items.clear();
        modCount++;
        counts = null;
    }

    @Override
    public void sort(Comparator<? super E> comparator) {
        items.sort(comparator);
        modCount++;
    }

    /** How many times the list holds {@code item} itself. */
    public int occurrences(Object item) {
        if (indexed()) {
            Integer count = counts.get(item);
            return count == null ? 0 : count;
        }
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                count++;
            }
        }
        return count;
    }

    /** True if the list holds {@code item} itself. */
    public boolean containsIdentity(Object item) {
        if (indexed()) {
            return counts.containsKey(item);
        }
        return indexOfIdentity(item) >= 0;
    }

    /** Removes the first occurrence of {@code item} itself; true if there was one. */
    public boolean removeIdentity(Object item) {
        if (indexed() && !counts.containsKey(item)) {
            return false;
        }
        int index = indexOfIdentity(item);
        if (index < 0) {
            return false;
        }
        remove(index);
        return true;
    }

    private int indexOfIdentity(Object item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    private void counted(E item) {
        modCount++;
        if (counts != null) {
            counts.merge(item, 1, Integer::sum);
        }
    }

    private void uncount(Object item) {
        counts.computeIfPresent(item, (member, count) -> count == 1 ? null : count - 1);
    }

    private boolean indexed() {
        if (counts == null && items.size() >= INDEXED_FROM) {
            counts = new IdentityHashMap<>(items.size() * 2);
            for (E item : items) {
                counts.merge(item, 1, Integer::sum);
            }
        }
        return counts != null;
    }
}
