package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.BiFunction;

/**
 * A {@code List} relationship field whose members' positions are stored in the member's attribute
 * {@link #value()} (SQLAlchemy's {@code ordering_list}, JPA's {@code @OrderColumn}): inserting,
 * removing, replacing or sorting members gives the moved ones their new positions, and loading
 * orders by that column.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OrderColumn {
    /** The member's integer attribute that holds its position. */
    String value();

    /** The position of the first member (SQLAlchemy's {@code count_from}). */
    int countFrom() default 0;

    /**
     * A {@code BiFunction<Integer, List<T>, ?>} class with a no-argument constructor that gives the
     * position of the member at an index instead of {@code countFrom} plus the index
     * ({@code ordering_func}).
     */
    @SuppressWarnings("rawtypes")
    Class<? extends BiFunction> numberedBy() default BiFunction.class;
}
