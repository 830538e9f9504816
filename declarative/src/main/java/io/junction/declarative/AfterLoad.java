package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a model class that is called on the object after the object is made from a row, its columns set (SQLAlchemy's {@code load}); not for an object the session held already.
 * The method is an instance method with no parameters; what it throws
 * fails the flush or load that called it. Classically: {@code registry.events()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AfterLoad {
}
