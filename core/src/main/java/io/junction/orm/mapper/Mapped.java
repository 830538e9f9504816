package io.junction.orm.mapper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class for the Junction agent to enhance, so it can be mapped classically with
 * {@link Registry#map}. Classes that extend a {@code DeclarativeBase}, or lie in a package named
 * to the agent, need no mark.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Mapped {
}
