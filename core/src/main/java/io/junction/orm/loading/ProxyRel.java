package io.junction.orm.loading;

import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.AssociationProxyProperty;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;

import java.util.ArrayList;
import java.util.List;

/**
 * An association proxy as an operand of criteria, as SQLAlchemy's proxy comparator: each method
 * is the proxied relationship's {@link Rel#any} around the path's references' {@link Rel#has}.
 * {@code ProxyRel.of(User.class, "keywords").contains("blue")} is
 * {@code EXISTS (SELECT 1 FROM user_keywords WHERE users.id = user_keywords.user_id AND (EXISTS
 * (SELECT 1 FROM keywords WHERE keywords.id = user_keywords.keyword_id AND keywords.keyword = ?)))}.
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
        List<MapperProperty> path = path();
        MapperProperty last = path.get(path.size() - 1);
        ColumnElement test;
        if (last instanceof ColumnProperty column) {
            test = value == null ? column.column().isNull() : column.column().eq(value);
        } else {
            test = rel(last).eq(value);
        }
        return through(test, path.size() - 1);
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
        RelationshipProperty relationship = proxy.relationship();
        return rel(relationship).any(inner);
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
