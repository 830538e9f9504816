package io.junction.orm.collection;

import java.util.Collection;

/**
 * A collection that reports changes to a {@link CollectionListener}. The ORM changes it quietly
 * (when loading, or when the other side of a backref moved) through the {@code ...Quietly} methods.
 */
public interface InstrumentedCollection<E> extends Collection<E>, Instrumented<E> {

    @Override
    default Collection<E> members() {
        return this;
    }
}
