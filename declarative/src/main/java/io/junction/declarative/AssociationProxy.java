package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a field an association proxy, SQLAlchemy's {@code association_proxy()}: a live
 * {@code List} or {@code Set} of the values that the members of the collection relationship
 * {@link #target()} show at {@link #attribute()} (a path such as {@code "keyword.text"}):
 * {@code @AssociationProxy(target = "userKeywords", attribute = "keyword.text", creator = KeywordCreator.class)
 * List<String> keywords}. The same as core's {@code associationProxy(...)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AssociationProxy {
    /** The collection relationship of this class whose members are proxied. */
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
}
