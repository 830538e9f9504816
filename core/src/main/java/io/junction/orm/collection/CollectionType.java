package io.junction.orm.collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
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

    /**
     * True if a member that a backref appends needs the collection loaded first: an ordering list
     * gives it the position after the members already there.
     */
    default boolean loadsBeforeBackrefAppend() {
        return false;
    }

    /**
     * A {@code Map} whose key for each member is {@code keyOf(member)}; a member the ORM adds by
     * value whose key is {@code null} is refused, or skipped when {@code ignoreUnpopulated}.
     * {@code relationship}, {@code keySource} and {@code option} name the relationship, what its
     * key is read from, and its collection option, for the messages.
     */
    static KeyedType keyed(Function<Object, Object> keyOf, boolean ignoreUnpopulated, String relationship, String keySource,
            String option) {
        return new KeyedType(keyOf, ignoreUnpopulated, relationship, keySource, option);
    }

    /**
     * A {@code List} that writes each member's position into it with {@code position}: the value
     * {@code numbering} gives its index and the list.
     */
    static CollectionType ordered(BiConsumer<Object, Object> position, BiFunction<Integer, List<?>, Object> numbering) {
        return new CollectionType() {
            @Override
            public Instrumented<Object> create(CollectionListener listener, Collection<?> members) {
                return new OrderingList<>(listener, members, position, numbering);
            }

            @Override
            public boolean loadsBeforeBackrefAppend() {
                return true;
            }
        };
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

    /**
     * The map kind: a map assigned by user code must key each member as the key rule does, and a
     * member the ORM adds by value without a key (the rule gives {@code null}) is refused or skipped.
     */
    final class KeyedType implements CollectionType {
        private static final Logger LOG = LoggerFactory.getLogger(InstrumentedMap.class);

        private final Function<Object, Object> keyOf;
        private final boolean ignoreUnpopulated;
        private final String relationship;
        private final String keySource;
        private final String option;

        KeyedType(Function<Object, Object> keyOf, boolean ignoreUnpopulated, String relationship, String keySource,
                String option) {
            this.keyOf = keyOf;
            this.ignoreUnpopulated = ignoreUnpopulated;
            this.relationship = relationship;
            this.keySource = keySource;
            this.option = option;
        }

        @Override
        public Instrumented<Object> create(CollectionListener listener, Collection<?> members) {
            return new InstrumentedMap<>(listener, this, members);
        }

        Object keyOf(Object member) {
            return keyOf.apply(member);
        }

        /** True if members without a key are skipped rather than refused. */
        public boolean ignoresUnpopulated() {
            return ignoreUnpopulated;
        }

        /**
         * Whether a backref, the attribute {@code backref}, may add {@code member}: true if it has a key,
         * false if it has none and such members are skipped.
         *
         * @throws IllegalStateException if it has no key and such members are refused
         */
        public boolean admits(Object member, Object backref) {
            if (keyOf.apply(member) != null) {
                return true;
            }
            if (ignoreUnpopulated) {
                return false;
            }
            throw new IllegalStateException(relationship + " " + cannotHold(member, "through the backref " + backref));
        }

        /** True if a loaded member without a key is held (under {@code null}, with a warning), false if it is skipped. */
        boolean holdsLoadedWithoutKey(Object member) {
            if (ignoreUnpopulated) {
                return false;
            }
            LOG.warn("{} loaded {}, whose key ({}) is null; it is held under the key null. Map the collection with {} "
                    + "to skip members without a key", relationship, member, keySource, ignoring());
            return true;
        }

        private String cannotHold(Object member, String how) {
            return "cannot hold " + member + " added " + how + ": its key (" + keySource + ") is null. "
                    + "Give the member its key before adding it, or map the collection with " + ignoring()
                    + " to skip members without a key";
        }

        private String ignoring() {
            return "collection(" + option + ".ignoreUnpopulated()) (declaratively @MapKey(..., ignoreUnpopulated = true))";
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
            List<Object> members = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object expected = keyOf.apply(entry.getValue());
                if (expected == null && entry.getValue() != null) {
                    if (ignoreUnpopulated) {
                        continue;
                    }
                    throw new IllegalArgumentException(cannotHold(entry.getValue(), "by assigning a Map"));
                }
                if (!Objects.equals(expected, entry.getKey())) {
                    throw new IllegalArgumentException("keys each member by its key rule, but the Map assigned holds "
                            + entry.getValue() + " under " + entry.getKey() + " where the rule gives " + expected
                            + "; put each member under its own key, or change the member first");
                }
                members.add(entry.getValue());
            }
            return members;
        }
    }
}
