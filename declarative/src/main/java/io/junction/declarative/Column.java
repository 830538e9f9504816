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
 * {@code Short} and {@code Byte} SMALLINT, {@code Float} REAL, {@code Double} DOUBLE PRECISION, {@code Boolean}
 * BOOLEAN, {@code BigDecimal} NUMERIC, {@code LocalDate} DATE, {@code LocalTime} TIME, {@code LocalDateTime}
 * TIMESTAMP, {@code OffsetDateTime} and {@code Instant} TIMESTAMP WITH TIME ZONE, {@code UUID} UUID, {@code byte[]}
 * bytes, {@code int[]} an INTEGER array, an enum by its names as {@link #enumerated()} says; primitives as their boxes) unless {@link #type()}
 * names one, or {@link #converter()} gives a converter, whose column type the column takes.
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

    /**
     * A {@link io.junction.sql.schema.Converter} of the field's type (a class with a no-argument
     * constructor): the column takes the converter's column type, and values cross through it.
     * {@code Converter.class} itself means none.
     */
    @SuppressWarnings("rawtypes")
    Class<? extends io.junction.sql.schema.Converter> converter() default io.junction.sql.schema.Converter.class;

    /** The column's DEFAULT in the DDL, as SQL text ({@code "0"}, {@code "CURRENT_TIMESTAMP"}); none when empty. */
    String serverDefault() default "";

    /**
     * A {@link java.util.function.Supplier} class (with a no-argument constructor) whose value a flush
     * inserts when the object holds none for the column; {@code Supplier.class} itself means none.
     */
    @SuppressWarnings("rawtypes")
    Class<? extends java.util.function.Supplier> defaultValue() default java.util.function.Supplier.class;

    /**
     * A {@link java.util.function.Supplier} class whose value a flush writes into the column whenever it
     * updates the row without the column changing; {@code Supplier.class} itself means none.
     */
    @SuppressWarnings("rawtypes")
    Class<? extends java.util.function.Supplier> onUpdate() default java.util.function.Supplier.class;

    /** How an enum field is stored: by name (the default), by ordinal, or in a native enum type. */
    Enumerated enumerated() default Enumerated.NAME;

    /** The name of the native enum type of {@link Enumerated#NATIVE}; the enum's simple name in snake_case when empty. */
    String enumName() default "";
}
