package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes a {@code @Column(primaryKey = true)} integer field's values from a database sequence rather than
 * an identity column, SQLAlchemy's {@code Sequence("parent_seq")} (classically,
 * {@code column("id", INTEGER).primaryKey().sequence(sequence("parent_seq").incrementBy(50))}). The flush
 * takes one {@code nextval} per {@link #incrementBy()} keys; the sequence is created and dropped with the tables.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SequenceKey {
    /** The sequence's name. */
    String value();

    /** The sequence's increment, which is also the number of keys one {@code nextval} stands for. */
    int incrementBy() default 1;

    /** The sequence's first value. */
    long startWith() default 1;
}
