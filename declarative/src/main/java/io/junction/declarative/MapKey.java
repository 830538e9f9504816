package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Function;

/**
 * How a {@code Map} relationship field keys its members; give exactly one of the three:
 * {@code @MapKey("keyword")}, the member's attribute (SQLAlchemy's {@code attribute_keyed_dict});
 * {@code @MapKey(column = "keyword")}, columns of the member's table by field or
 * {@code table.column} name ({@code column_keyed_dict}; several key by the {@code List} of their
 * values); or {@code @MapKey(function = NoteKey.class)}, a {@code Function} of the member with a
 * no-argument constructor ({@code keyfunc_mapping}). A member added through a backref or an
 * assigned {@code Map} whose key is {@code null} is refused unless {@link #ignoreUnpopulated()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MapKey {
    /** The member's attribute whose value is the key. */
    String value() default "";

    /** The member's columns whose values are the key. */
    String[] column() default {};

    /** A function from a member to its key. */
    @SuppressWarnings("rawtypes")
    Class<? extends Function> function() default Function.class;

    /** Skip a member whose key is {@code null} instead of refusing it ({@code ignore_unpopulated_attribute=True}). */
    boolean ignoreUnpopulated() default false;
}
