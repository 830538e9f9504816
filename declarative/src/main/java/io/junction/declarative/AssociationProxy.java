package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a field an association proxy, SQLAlchemy's {@code association_proxy()}: a live
 * {@code List}, {@code Set} or {@code Map} of the values that the members of the collection relationship
 * {@link #target()} show at {@link #attribute()} (a path such as {@code "keyword.text"}):
 * {@code @AssociationProxy(target = "userKeywords", attribute = "keyword.text", creator = KeywordCreator.class)
 * List<String> keywords}; over a single reference, that object's value
 * ({@code @AssociationProxy(target = "keyword", attribute = "text") String keywordText}).
 * The same as core's {@code associationProxy(...)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AssociationProxy {
    /** The relationship of this class whose members are proxied: a collection, or a single reference. */
    String target();

    /** The attribute of each member to show, or a path of single references ending in one. */
    String attribute();

    /**
     * A class with a no-argument constructor that makes a new member for a value added through the
     * proxy: a {@code Function} of the value, or for a proxy over a {@code Map} relationship a
     * {@code BiFunction} of the key and the value. When left out, the member class's constructor
     * that takes the value (the key and the value).
     */
    Class<?> creator() default Void.class;

    /** Over a single reference: assigning null also sets the reference to null (SQLAlchemy's {@code cascade_scalar_deletes}). */
    boolean cascadeScalarDeletes() default false;

    /** Over a single reference that is null: assigning null still makes the object (SQLAlchemy's {@code create_on_none_assignment}). */
    boolean createOnNoneAssignment() default false;
}
