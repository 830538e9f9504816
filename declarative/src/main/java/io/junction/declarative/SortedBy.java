package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Comparator;

/**
 * The order of a {@code SortedSet} relationship field: a {@code Comparator} class with a
 * no-argument constructor. Without it, a {@code SortedSet} field keeps its members in their
 * natural order, and they must be {@code Comparable}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SortedBy {
    @SuppressWarnings("rawtypes")
    Class<? extends Comparator> value();
}
