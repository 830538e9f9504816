package io.junction.declarative;

import io.junction.orm.loading.ProxyRel;
import io.junction.sql.expression.ColumnElement;

/**
 * A typed reference to an association proxy of a model class, as the generated metamodel declares
 * them: {@code User_.keywords}. Its methods build the criteria of {@link ProxyRel}:
 * {@code User_.keywords.contains("blue")}, {@code User_.keywords.any(Keyword_.text.like("b%"))}.
 *
 * @param <S> the class that holds the proxy
 */
public record ProxyRef<S>(Class<S> source, String name) {

    public static <S> ProxyRef<S> of(Class<S> source, String name) {
        return new ProxyRef<>(source, name);
    }

    private ProxyRel rel() {
        return ProxyRel.of(source, name);
    }

    /** {@link ProxyRel#any(ColumnElement)}: some member's value matches, as a correlated EXISTS. */
    public ColumnElement any(ColumnElement criterion) {
        return rel().any(criterion);
    }

    /** {@link ProxyRel#any()}: the proxied collection is not empty. */
    public ColumnElement any() {
        return rel().any();
    }

    /** {@link ProxyRel#contains}: some member shows {@code value}. */
    public ColumnElement contains(Object value) {
        return rel().contains(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
