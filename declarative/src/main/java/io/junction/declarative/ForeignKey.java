package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a column field a foreign key to {@code "table.column"} of the same base's metadata:
 * {@code @Column @ForeignKey("parent.id") Integer parentId}. It implies {@link Column} when that is absent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /** The referenced column, {@code "table.column"}. */
    String value();

    Action onUpdate() default Action.NONE;

    Action onDelete() default Action.NONE;
}
