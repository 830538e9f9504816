package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a model class that is called on the object after the flush's UPDATEs of this class's rows (SQLAlchemy's {@code after_update}).
 * The method is an instance method with no parameters, or one {@code io.junction.engine.Connection} (the flush's, for statements of its own); what it throws
 * fails the flush or load that called it. Classically: {@code registry.events()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AfterUpdate {
}
