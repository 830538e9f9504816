package io.junction.sql.schema;

/**
 * A type of the user's that stores a Java type in a column of another type, as SQLAlchemy's
 * {@code TypeDecorator} and JPA's {@code AttributeConverter} do: {@link #columnType()} is the
 * column's SQL type, and every value crosses through {@link #toColumn} when it is bound and
 * {@link #fromColumn} when it is read, in Core statements and in the ORM alike. Give it to a
 * column as {@code column("price", converted(new MoneyConverter()))}, or declaratively as
 * {@code @Column(converter = MoneyConverter.class)}. Neither method is called with {@code null}:
 * NULL stays NULL. A converter is called once per value, so it should not allocate more than
 * the value it returns.
 *
 * @param <J> the Java type the application holds
 * @param <D> the Java type of the column ({@code String} for VARCHAR, TEXT and JSON, {@code Integer}
 *            for INTEGER, and so on: {@code columnType().javaType()})
 */
public interface Converter<J, D> {

    /** The Java type the application holds. */
    Class<J> javaType();

    /** The column's SQL type. */
    SqlType columnType();

    /** The value as the column stores it. */
    D toColumn(J value);

    /** The value as the application holds it. */
    J fromColumn(D value);
}
