package io.junction.orm.loading;

import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.ColumnClause;
import io.junction.sql.expression.ColumnElement;

/**
 * A mapped class seen through an alias of its table, SQLAlchemy's {@code aliased(Node)}: a second
 * {@code Node} in one query. {@code Aliased<Node> parent = aliased(Node.class);
 * query.join("parent", parent).filter(parent.c("data").eq("child2"))}. Made by {@link QueryOptions#aliased(Class)}.
 */
public final class Aliased<T> {
    private final Mapper mapper;
    private final Class<T> type;
    private final Alias alias;

    Aliased(Mapper mapper, Class<T> type, Alias alias) {
        this.mapper = mapper;
        this.type = type;
        this.alias = alias;
    }

    public Class<T> type() {
        return type;
    }

    Mapper mapper() {
        return mapper;
    }

    /** The alias of the class's table, anonymous ({@code nodes_1}) unless named. */
    public Alias alias() {
        return alias;
    }

    /** The alias's column named {@code column}, such as {@code c("data")}. */
    public ColumnClause c(String column) {
        return alias.c(column);
    }

    /** The alias's column of the mapped attribute {@code attribute}, such as {@code attr("parentId")}. */
    public ColumnElement attr(String attribute) {
        MapperProperty property = mapper.property(attribute);
        if (!(property instanceof ColumnProperty column)) {
            throw new IllegalArgumentException(mapper.type().getSimpleName() + "." + attribute
                    + " is a relationship, not a column; join along it with query.join(\"" + attribute + "\")");
        }
        return alias.corresponding(column.column());
    }

    /**
     * The relationship {@code attribute} read from this alias, for criteria:
     * {@code parent.rel("children").any(...)} correlates to the alias ({@code nodes_1.id = nodes.parent_id}).
     */
    public Rel rel(String attribute) {
        return Rel.of(this, attribute);
    }

    /** As {@link #rel(String)}, naming the relationship by its metamodel reference. */
    public Rel rel(RelationshipPath relationship) {
        return Rel.of(this, relationship.name());
    }

    @Override
    public String toString() {
        return "aliased(" + type.getSimpleName() + (alias.name() != null ? ", " + alias.name() : "") + ")";
    }
}
