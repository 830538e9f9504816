package io.junction.declarative;

import io.junction.orm.loading.ProxyRel;
import io.junction.sql.expression.ColumnElement;

/**
 * A typed reference to an association proxy of a model class, as the generated metamodel declares
 * them: {@code User_.keywords}. Its methods build the criteria of {@link ProxyRel}:
 * {@code User_.keywords.contains("blue")}, {@code User_.keywords.any(Keyword_.text.like("b%"))};
 * for a proxy over a single reference, {@code User_.keywordText.eq("blue")}.
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

    /** {@link ProxyRel#has(ColumnElement)}: a proxy over a single reference whose object's value matches. */
    public ColumnElement has(ColumnElement criterion) {
        return rel().has(criterion);
    }

    /** {@link ProxyRel#has()}: the single reference is set. */
    public ColumnElement has() {
        return rel().has();
    }

    /** {@link ProxyRel#eq}: a proxy over a single reference reads {@code value} (null: also no object). */
    public ColumnElement eq(Object value) {
        return rel().eq(value);
    }

    /** {@link ProxyRel#ne}: a proxy over a single reference whose object's value is not {@code value}. */
    public ColumnElement ne(Object value) {
        return rel().ne(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
