package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a model class that is called on the object after expired columns of the object, held by the session, are loaded again (SQLAlchemy's {@code refresh}).
 * The method is an instance method with no parameters; what it throws
 * fails the flush or load that called it. Classically: {@code registry.events()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AfterRefresh {
}
