package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code @Column} field the class's version counter, as JPA's {@code @Version} and SQLAlchemy's
 * {@code version_id_col} (classically, {@code VersionSpec.versionId(column)}): {@code @Column @Version Integer version}.
 * An INSERT writes 1, every UPDATE the next number, and UPDATE and DELETE find the row by the version read;
 * a row changed by another transaction fails the flush with a {@code StaleDataException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
