package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@code @Column(primaryKey = true) UUID} field a random UUID at the flush that inserts an
 * object whose key is null, as SQLAlchemy's {@code default=uuid.uuid4} (classically, {@code UuidKeySpec.uuidKey(column)}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface UuidKey {
}
