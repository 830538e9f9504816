package io.junction.orm.attribute;

/**
 * The value of a relationship whose strategy is {@code Lazy.DYNAMIC} or {@code Lazy.WRITE_ONLY}:
 * an object that queries its members instead of holding them (the loading layer's
 * {@code AppenderQuery}, which is {@link Iterable}, and {@code WriteOnlyCollection}, which is not). The attribute binds
 * it to the object that owns it; appends and removals made through it reach the attribute with
 * {@link CollectionAttribute#appendDynamic} and {@link CollectionAttribute#removeDynamic}.
 */
public interface DynamicCollection<E> {

    /** Makes this the collection of {@code attribute} on the object of {@code owner}. */
    void bind(InstanceState owner, CollectionAttribute attribute);
}
