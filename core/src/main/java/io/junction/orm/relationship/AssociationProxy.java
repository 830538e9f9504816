package io.junction.orm.relationship;

import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.mapper.PropertySpec;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The declaration of an association proxy, SQLAlchemy's {@code association_proxy()}:
 * {@code associationProxy("keywords", "userKeywords", "keyword.text")} makes the field
 * {@code List<String> keywords} a live view (a {@code List}, {@code Set} or {@code Map}, as the
 * relationship holds its members) of the collection relationship {@code userKeywords}
 * in which each member shows as its {@code keyword}'s {@code text}. The attribute may be a path:
 * every step but the last a single reference of the member. New members are made from a value by
 * the {@link #creator}, or else by the member class's one-argument constructor that takes the value.
 * Immutable: {@link #creator} returns a copy.
 */
public final class AssociationProxy implements PropertySpec {
    private final String name;
    private final String targetCollection;
    private final String attribute;
    private final BiFunction<Object, Object, Object> creator;
    private final boolean keyedCreator;

    private AssociationProxy(String name, String targetCollection, String attribute,
            BiFunction<Object, Object, Object> creator, boolean keyedCreator) {
        this.name = name;
        this.targetCollection = targetCollection;
        this.attribute = attribute;
        this.creator = creator;
        this.keyedCreator = keyedCreator;
    }

    /**
     * The proxy held by the field {@code name}, over the collection relationship {@code targetCollection}
     * of the same class, showing each member's {@code attribute} (a path such as {@code "keyword.text"}).
     */
    public static AssociationProxy associationProxy(String name, String targetCollection, String attribute) {
        for (String[] argument : new String[][]{{"name", name}, {"targetCollection", targetCollection}, {"attribute", attribute}}) {
            if (argument[1] == null || argument[1].isBlank()) {
                throw new IllegalArgumentException("associationProxy(" + name + ", " + targetCollection + ", " + attribute
                        + ") needs its " + argument[0]);
            }
        }
        return new AssociationProxy(name, targetCollection, attribute, null, false);
    }

    /**
     * Makes the member for a value added through the proxy, as SQLAlchemy's {@code creator}:
     * {@code creator((String text) -> new UserKeyword(new Keyword(text)))}.
     */
    @SuppressWarnings("unchecked")
    public <V> AssociationProxy creator(Function<V, ?> make) {
        if (make == null) {
            throw new IllegalArgumentException("association proxy '" + name + "': the creator is null");
        }
        Function<Object, Object> single = (Function<Object, Object>) make;
        return new AssociationProxy(name, targetCollection, attribute, (key, value) -> single.apply(value), false);
    }

    /**
     * Makes the member for a key and a value put through a proxy over a {@code Map} relationship,
     * as SQLAlchemy's creator of a dict proxy: {@code creator((String key, String value) -> new Note(key, value))}.
     */
    @SuppressWarnings("unchecked")
    public <K, V> AssociationProxy creator(BiFunction<K, V, ?> make) {
        if (make == null) {
            throw new IllegalArgumentException("association proxy '" + name + "': the creator is null");
        }
        return new AssociationProxy(name, targetCollection, attribute, (BiFunction<Object, Object, Object>) make, true);
    }

    @Override
    public String name() {
        return name;
    }

    String targetCollection() {
        return targetCollection;
    }

    String attribute() {
        return attribute;
    }

    BiFunction<Object, Object, Object> creator() {
        return creator;
    }

    /** True if the creator takes the key too (a {@code BiFunction}), as a proxy over a {@code Map} needs. */
    boolean keyedCreator() {
        return keyedCreator;
    }

    @Override
    public MapperProperty create(Mapper mapper) {
        return new AssociationProxyProperty(this, mapper);
    }
}
