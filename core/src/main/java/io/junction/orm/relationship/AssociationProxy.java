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
 * in which each member shows as its {@code keyword}'s {@code text}. Over a single reference
 * ({@code associationProxy("keywordText", "keyword", "text")}) the field is that object's value:
 * reading it reads the value, assigning it sets the value, or makes the object when there is none.
 * The attribute may be a path: every step but the last a single reference. New objects are made
 * from a value by the {@link #creator}, or else by their class's one-argument constructor that
 * takes the value. Immutable: each option returns a copy.
 */
public final class AssociationProxy implements PropertySpec {
    private final String name;
    private final String targetCollection;
    private final String attribute;
    private final BiFunction<Object, Object, Object> creator;
    private final boolean keyedCreator;
    private final boolean cascadeScalarDeletes;
    private final boolean createOnNoneAssignment;

    private AssociationProxy(String name, String targetCollection, String attribute,
            BiFunction<Object, Object, Object> creator, boolean keyedCreator,
            boolean cascadeScalarDeletes, boolean createOnNoneAssignment) {
        if (cascadeScalarDeletes && createOnNoneAssignment) {
            throw new IllegalArgumentException("association proxy '" + name + "': the cascadeScalarDeletes and "
                    + "createOnNoneAssignment options are mutually exclusive; choose what assigning null does");
        }
        this.name = name;
        this.targetCollection = targetCollection;
        this.attribute = attribute;
        this.creator = creator;
        this.keyedCreator = keyedCreator;
        this.cascadeScalarDeletes = cascadeScalarDeletes;
        this.createOnNoneAssignment = createOnNoneAssignment;
    }

    /**
     * The proxy held by the field {@code name}, over the relationship {@code targetCollection} of the
     * same class (a collection, or a single reference), showing each member's {@code attribute} (a
     * path such as {@code "keyword.text"}).
     */
    public static AssociationProxy associationProxy(String name, String targetCollection, String attribute) {
        for (String[] argument : new String[][]{{"name", name}, {"targetCollection", targetCollection}, {"attribute", attribute}}) {
            if (argument[1] == null || argument[1].isBlank()) {
                throw new IllegalArgumentException("associationProxy(" + name + ", " + targetCollection + ", " + attribute
                        + ") needs its " + argument[0]);
            }
        }
        return new AssociationProxy(name, targetCollection, attribute, null, false, false, false);
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
        return new AssociationProxy(name, targetCollection, attribute, (key, value) -> single.apply(value), false,
                cascadeScalarDeletes, createOnNoneAssignment);
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
        return new AssociationProxy(name, targetCollection, attribute, (BiFunction<Object, Object, Object>) make, true,
                cascadeScalarDeletes, createOnNoneAssignment);
    }

    /**
     * For a proxy over a single reference: assigning {@code null} also sets the reference to
     * {@code null} (after setting the value), so the referenced object is dropped, as SQLAlchemy's
     * {@code cascade_scalar_deletes}; without it the object stays, holding {@code null}.
     */
    public AssociationProxy cascadeScalarDeletes(boolean on) {
        return new AssociationProxy(name, targetCollection, attribute, creator, keyedCreator, on, createOnNoneAssignment);
    }

    /**
     * For a proxy over a single reference that is {@code null}: assigning {@code null} makes the
     * object with the creator anyway, as SQLAlchemy's {@code create_on_none_assignment}; without it
     * the assignment does nothing.
     */
    public AssociationProxy createOnNoneAssignment(boolean on) {
        return new AssociationProxy(name, targetCollection, attribute, creator, keyedCreator, cascadeScalarDeletes, on);
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

    boolean cascadeScalarDeletes() {
        return cascadeScalarDeletes;
    }

    boolean createOnNoneAssignment() {
        return createOnNoneAssignment;
    }

    @Override
    public MapperProperty create(Mapper mapper) {
        return new AssociationProxyProperty(this, mapper);
    }
}
