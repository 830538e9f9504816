package io.junction.orm.loading;

import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.AssociationProxyProperty;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Sql;

import java.util.ArrayList;
import java.util.List;

/**
 * An association proxy as an operand of criteria, as SQLAlchemy's proxy comparator: each method
 * is the proxied relationship's {@link Rel#any} around the path's references' {@link Rel#has}.
 * {@code ProxyRel.of(User.class, "keywords").contains("blue")} is
 * {@code EXISTS (SELECT 1 FROM user_keywords WHERE users.id = user_keywords.user_id AND (EXISTS
 * (SELECT 1 FROM keywords WHERE keywords.id = user_keywords.keyword_id AND keywords.keyword = ?)))}.
 * A proxy over a single reference takes {@link #has}, {@link #eq} and {@link #ne} instead of
 * {@code any} and {@code contains}: the reference's {@link Rel#has} around the path's.
 */
public final class ProxyRel {
    private final AssociationProxyProperty proxy;

    private ProxyRel(AssociationProxyProperty proxy) {
        this.proxy = proxy;
    }

    /** The association proxy {@code attribute} of {@code type}. */
    public static ProxyRel of(Class<?> type, String attribute) {
        Mapper mapper = Mapper.forClass(type);
        MapperProperty property = mapper.hasProperty(attribute) ? mapper.property(attribute) : null;
        if (property instanceof AssociationProxyProperty proxy) {
            return new ProxyRel(proxy);
        }
        List<String> names = new ArrayList<>();
        for (MapperProperty candidate : mapper.properties()) {
            if (candidate instanceof AssociationProxyProperty) {
                names.add(candidate.key());
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + "." + attribute + " is "
                + (property == null ? "not mapped" : "not an association proxy (use Rel.of or its column for it)")
                + "; the association proxies of " + type.getSimpleName() + " are " + names);
    }

    /**
     * Some member's value matches {@code criterion}, written against the value's table (the
     * column's, or the last reference's target): SQLAlchemy's {@code User.keywords.any(...)}.
     */
    public ColumnElement any(ColumnElement criterion) {
        requireCollection("any", "has(...)");
        return through(criterion, path().size());
    }

    /** The proxied collection is not empty. */
    public ColumnElement any() {
        return any(null);
    }

    /**
     * Some member shows {@code value}: the value's column equals it ({@code IS NULL} for null), or,
     * when the value is a mapped object, the last reference is that object.
     */
    public ColumnElement contains(Object value) {
        requireCollection("contains", "eq(value)");
        return through(valueTest(value, true), path().size() - 1);
    }

    /**
     * The referenced object's value matches {@code criterion}, written against the value's table:
     * SQLAlchemy's {@code User.singular_value.has()} and, for a criterion on the value's column,
     * its operators ({@code User.singular_value.like("foo")} is
     * {@code has(singular.c("value").like("foo"))}). Only for a proxy over a single reference.
     */
    public ColumnElement has(ColumnElement criterion) {
        requireScalar("has", "any(...)");
        return through(criterion, path().size());
    }

    /** The reference is set (and so is each reference along the path). */
    public ColumnElement has() {
        return has(null);
    }

    /**
     * The proxy reads {@code value}: the reference's {@code has()} of the value's column equal to it
     * (or of the last reference being that object). {@code eq(null)} also takes the objects whose
     * proxy reads null because a reference on the way is null, as SQLAlchemy's {@code == None}
     * does: {@code EXISTS (... AND singular.value IS NULL) OR users.singular_id IS NULL}. Only for a
     * proxy over a single reference.
     */
    public ColumnElement eq(Object value) {
        requireScalar("eq", "contains(value)");
        List<MapperProperty> path = path();
        ColumnElement inner = valueTest(value, true);
        if (value != null) {
            return through(inner, path.size() - 1);
        }
        for (int i = path.size() - 2; i >= 0; i--) {
            inner = orNone(path.get(i), inner);
        }
        return orNone(proxy.relationship(), inner);
    }

    /**
     * The referenced object's value is not {@code value} ({@code IS NOT NULL} for null), as
     * SQLAlchemy's {@code !=}: inside the reference's {@code has()}, so an object without the
     * reference does not count. Only for a proxy over a single reference.
     */
    public ColumnElement ne(Object value) {
        requireScalar("ne", "not(contains(value))");
        return through(valueTest(value, false), path().size() - 1);
    }

    /** The test of the path's last step against {@code value}: equal or not, null as IS (NOT) NULL. */
    private ColumnElement valueTest(Object value, boolean equal) {
        List<MapperProperty> path = path();
        MapperProperty last = path.get(path.size() - 1);
        if (last instanceof ColumnProperty column) {
            if (value == null) {
                return equal ? column.column().isNull() : column.column().isNotNull();
            }
            return equal ? column.column().eq(value) : column.column().ne(value);
        }
        return equal ? rel(last).eq(value) : rel(last).ne(value);
    }

    private static ColumnElement orNone(MapperProperty reference, ColumnElement inner) {
        Rel rel = rel(reference);
        return Sql.or(rel.has(inner), rel.isNull());
    }

    private void requireScalar(String operator, String instead) {
        if (!proxy.scalar()) {
            throw new IllegalArgumentException(proxy + " shows the collection " + proxy.relationship() + "; " + operator
                    + " compares the value of a proxy over a single reference: use " + instead);
        }
    }

    private void requireCollection(String operator, String instead) {
        if (proxy.scalar()) {
            throw new IllegalArgumentException(proxy + " shows the single reference " + proxy.relationship() + "; "
                    + operator + " tests a collection: use " + instead);
        }
    }

    /** {@code test} wrapped in the has() of the path's first {@code references} steps, then in the relationship's any(). */
    private ColumnElement through(ColumnElement test, int references) {
        List<MapperProperty> path = path();
        ColumnElement inner = test;
        for (int i = Math.min(references, path.size()) - 1; i >= 0; i--) {
            if (path.get(i) instanceof RelationshipProperty) {
                inner = rel(path.get(i)).has(inner);
            }
        }
        Rel relationship = rel(proxy.relationship());
        return proxy.scalar() ? relationship.has(inner) : relationship.any(inner);
    }

    private List<MapperProperty> path() {
        return proxy.path();
    }

    private static Rel rel(MapperProperty relationship) {
        return Rel.of(relationship.parent().type(), relationship.key());
    }

    @Override
    public String toString() {
        return "ProxyRel(" + proxy + ")";
    }
}
