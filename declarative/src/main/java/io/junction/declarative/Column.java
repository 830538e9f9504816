package io.junction.declarative;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a field to a column of its class's table. The column is named after the field in snake_case
 * ({@code parentId} becomes {@code parent_id}) unless {@link #name()} says otherwise, and its type
 * follows the field's Java type ({@code Integer} INTEGER, {@code Long} BIGINT, {@code String} VARCHAR,
 * {@code Boolean} BOOLEAN, {@code BigDecimal} NUMERIC, {@code LocalDate} DATE, {@code LocalDateTime}
 * TIMESTAMP, {@code UUID} UUID) unless {@link #type()} names one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** The column's name; the field's name in snake_case when empty. */
    String name() default "";

    boolean primaryKey() default false;

    /** The length of a VARCHAR; none when zero. */
    int length() default 0;

    /** Whether NULL is allowed; primary key columns never allow it. */
    boolean nullable() default true;

    boolean unique() default false;

    /** Creates an index on this column with the table. */
    boolean index() default false;

    /** An explicit type; {@link ColumnType#AUTO} derives it from the field's type. */
    ColumnType type() default ColumnType.AUTO;

    /** Precision and scale of a NUMERIC column. */
    int precision() default 0;

    int scale() default 0;
}
