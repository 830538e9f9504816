package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a model class as the validator of the named attributes (SQLAlchemy's
 * {@code @validates}): {@code @Validates("email") String validateEmail(String key, String email)}.
 * It is called when an attribute is set, or a member appended to a collection, never when it
 * loads; it returns the value to store, or throws to refuse it, and the attribute stays as it was.
 * With {@link #includeRemoves()} it takes a third {@code boolean removing} parameter and is called for
 * members removed from a collection too. Classically: {@code Validation.validates(...)} given to {@code registry.map}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Validates {

    /** The attributes validated (fields of the class: columns or relationships). */
    String[] value();

    /** Whether members removed from a collection are validated too, with {@code removing} true. */
    boolean includeRemoves() default false;

    /** Whether changes made by the other side of a backref are validated too. */
    boolean includeBackrefs() default true;
}
