package io.junction.orm.collection;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A list that stores each member's position in an attribute of the member (SQLAlchemy's
 * {@code orderinglist} extension, JPA's {@code @OrderColumn}): after an insert, a removal, a
 * replacement or a sort, the members whose position moved are given their new one, so the flush
 * writes exactly those. Loading leaves the loaded positions as they are.
 */
public final class OrderingList<E> extends InstrumentedList<E> {
    private final BiConsumer<Object, Object> position;
    private final BiFunction<Integer, List<?>, Object> numbering;

    OrderingList(CollectionListener listener, Collection<? extends E> members, BiConsumer<Object, Object> position,
            BiFunction<Integer, List<?>, Object> numbering) {
        super(listener, members);
        this.position = position;
        this.numbering = numbering;
    }

    @Override
    public void add(int index, E item) {
        super.add(index, item);
        renumberFrom(index);
    }

    @Override
    public E remove(int index) {
        E removed = super.remove(index);
        renumberFrom(index);
        return removed;
    }

    @Override
    public E set(int index, E item) {
        E old = super.set(index, item);
        renumberFrom(index, index + 1);
        return old;
    }

    @Override
    public void sort(Comparator<? super E> comparator) {
        super.sort(comparator);
        renumberFrom(0);
    }

    @Override
    public void addQuietly(E item) {
        super.addQuietly(item);
        renumberFrom(size() - 1);
    }

    @Override
    public boolean removeQuietly(Object item) {
        if (super.removeQuietly(item)) {
            renumberFrom(0);
            return true;
        }
        return false;
    }

    /** Gives every member its position again (SQLAlchemy's {@code reorder()}), after members were moved by hand. */
    public void reorder() {
        renumberFrom(0);
    }

    private void renumberFrom(int from) {
        renumberFrom(from, size());
    }

    private void renumberFrom(int from, int to) {
        for (int i = Math.max(from, 0); i < to; i++) {
            E member = get(i);
            if (member != null) {
                position.accept(member, numbering.apply(i, this));
            }
        }
    }
}
