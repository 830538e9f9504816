package io.junction.orm.relationship;

import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.mapper.PropertySpec;

import java.util.function.Function;

/**
 * The declaration of an association proxy, SQLAlchemy's {@code association_proxy()}:
 * {@code associationProxy("keywords", "userKeywords", "keyword.text")} makes the field
 * {@code List<String> keywords} a live view of the collection relationship {@code userKeywords}
 * in which each member shows as its {@code keyword}'s {@code text}. The attribute may be a path:
 * every step but the last a single reference of the member. New members are made from a value by
 * the {@link #creator}, or else by the member class's one-argument constructor that takes the value.
 * Immutable: {@link #creator} returns a copy.
 */
public final class AssociationProxy implements PropertySpec {
    private final String name;
    private final String targetCollection;
    private final String attribute;
    private final Function<Object, Object> creator;

    private AssociationProxy(String name, String targetCollection, String attribute, Function<Object, Object> creator) {
        this.name = name;
        this.targetCollection = targetCollection;
        this.attribute = attribute;
        this.creator = creator;
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
        return new AssociationProxy(name, targetCollection, attribute, null);
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
        return new AssociationProxy(name, targetCollection, attribute, (Function<Object, Object>) make);
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

    Function<Object, Object> creator() {
        return creator;
    }

    @Override
    public MapperProperty create(Mapper mapper) {
        return new AssociationProxyProperty(this, mapper);
    }
}
