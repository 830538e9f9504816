package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a class that extends a declarative base to a table of the base's {@code MetaData}:
 * {@code @Table("nodes") public class Node extends Base}. The seed's {@code __tablename__}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table's name; the class's simple name in snake_case when empty. */
    String value() default "";
}
