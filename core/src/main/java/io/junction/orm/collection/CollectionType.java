package io.junction.orm.collection;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a relationship's field holds its members (SQLAlchemy's {@code collection_class}): the
 * instrumented container it creates, and how a value that user code assigns is read. Chosen once
 * per relationship when the mapping is configured.
 */
public interface CollectionType {

    /** A {@code List} in the order members were added (or loaded). */
    CollectionType LIST = InstrumentedList::new;

    /** A {@code Set} in insertion order. */
    CollectionType SET = InstrumentedSet::new;

    /** A new container holding {@code members}, quietly, that reports later changes to {@code listener}. */
    Instrumented<Object> create(CollectionListener listener, Collection<?> members);

    /**
     * The members of a value user code put in the field, in order.
     *
     * @throws IllegalArgumentException if the value cannot be this collection's value; the message
     *     completes a sentence that starts with the attribute's name
     */
    default Collection<?> membersOf(Object value) {
        if (value instanceof Instrumented<?> instrumented) {
            return instrumented.members();
        }
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        throw new IllegalArgumentException("holds a collection of members; assign a Collection, not a "
                + value.getClass().getSimpleName());
    }

    /** A {@code Map} whose key for each member is {@code keyOf(member)}. */
    static CollectionType keyed(Function<Object, Object> keyOf) {
        return new KeyedType(keyOf);
    }

    /**
     * A {@code List} that writes each member's position into it with {@code position}:
     * {@code countFrom} for the first member, one more for each next one.
     */
    static CollectionType ordered(BiConsumer<Object, Integer> position, int countFrom) {
        return (listener, members) -> new OrderingList<>(listener, members, position, countFrom);
    }

    /** A {@code SortedSet} in {@code order}. */
    static CollectionType sorted(Comparator<Object> order) {
        return (listener, members) -> new InstrumentedSortedSet<>(listener, members, order);
    }

    /** A user's collection class, each new instance made by {@code factory}. */
    static CollectionType custom(Supplier<? extends CustomCollection<?>> factory) {
        return (listener, members) -> {
            @SuppressWarnings("unchecked")
            CustomCollection<Object> collection = (CustomCollection<Object>) factory.get();
            collection.bind(listener);
            for (Object member : members) {
                collection.addQuietly(member);
            }
            return collection;
        };
    }

    /** The map kind: a map assigned by user code must key each member as the key rule does. */
    final class KeyedType implements CollectionType {
        private final Function<Object, Object> keyOf;

        KeyedType(Function<Object, Object> keyOf) {
            this.keyOf = keyOf;
        }

        @Override
        public Instrumented<Object> create(CollectionListener listener, Collection<?> members) {
            return new InstrumentedMap<>(listener, keyOf, members);
        }

        @Override
        public Collection<?> membersOf(Object value) {
            if (value instanceof Instrumented<?> instrumented) {
                return instrumented.members();
            }
            if (value instanceof Collection<?> collection) {
                return collection;
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("is a Map of members by key; assign a Map, not a "
                        + value.getClass().getSimpleName());
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object expected = keyOf.apply(entry.getValue());
                if (!java.util.Objects.equals(expected, entry.getKey())) {
                    throw new IllegalArgumentException("keys each member by its key rule, but the Map assigned holds "
                            + entry.getValue() + " under " + entry.getKey() + " where the rule gives " + expected
                            + "; put each member under its own key, or change the member first");
                }
            }
            return new java.util.ArrayList<>(map.values());
        }
    }
}
