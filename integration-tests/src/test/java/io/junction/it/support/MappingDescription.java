package io.junction.it.support;

import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text rendering of a configured registry: the DDL of its tables, and per mapper every property
 * with its column, or its target, direction, collection-ness, loader, cascade, join pairs,
 * association table, extra criteria, remote and foreign-key columns, flags, and the other side.
 * Two registries with the same description behave the same.
 */
public final class MappingDescription {
    private static final Dialect H2 = Dialect.forUrl("jdbc:h2:mem:describe");

    private MappingDescription() {
    }

    public static String of(Registry registry) {
        StringBuilder out = new StringBuilder();
        List<String> ddl = new ArrayList<>(H2.ddlCompiler().createStatements(registry.metadata()));
        ddl.sort(Comparator.naturalOrder());
        ddl.forEach(statement -> out.append(statement).append('\n'));
        List<Mapper> mappers = new ArrayList<>(registry.mappers());
        mappers.sort(Comparator.comparing(m -> m.type().getSimpleName()));
        for (Mapper mapper : mappers) {
            out.append(mapper.type().getSimpleName()).append(" -> ").append(mapper.table().name()).append('\n');
            List<MapperProperty> properties = new ArrayList<>(mapper.properties());
            properties.sort(Comparator.comparing(MapperProperty::key));
            for (MapperProperty property : properties) {
                out.append("  ").append(property.key()).append(": ");
                if (property instanceof ColumnProperty column) {
                    out.append("column ").append(column.column().name());
                } else if (property instanceof RelationshipProperty r) {
                    JoinCondition join = r.join();
                    out.append(r.target().type().getSimpleName()).append(' ').append(r.direction())
                            .append(r.uselist() ? " list" : " scalar")
                            .append(" lazy=").append(r.lazy())
                            .append(" cascade=").append(r.cascade())
                            .append(" viewonly=").append(r.viewonly())
                            .append(" postUpdate=").append(r.config().postUpdate())
                            .append(" passiveUpdates=").append(r.config().passiveUpdates())
                            .append(" passiveDeletes=").append(r.passiveDeletes())
                            .append(" innerJoin=").append(r.innerJoin())
                            .append(" distinctTargetKey=").append(r.distinctTargetKey())
                            .append(" info=").append(new java.util.TreeMap<>(r.info()))
                            .append(" doc=").append(r.doc())
                            .append(" joinDepth=").append(r.config().joinDepth())
                            .append(" pairs=").append(pairs(join.pairs()))
                            .append(" secondary=").append(join.secondary() == null ? null : join.secondary().name())
                            .append(" secondaryPairs=").append(join.secondary() == null ? "" : pairs(join.secondaryPairs()))
                            .append(" criteria=").append(criteria(mapper.table(), join))
                            .append(" remoteSide=").append(columns(r.config().remoteSide()))
                            .append(" foreignKeys=").append(columns(r.config().foreignKeys()))
                            .append(" orderBy=").append(r.config().orderBy().size())
                            .append(" backref=").append(r.isBackref())
                            .append(" reverse=").append(r.reverse() == null ? null : r.reverse().toString());
                } else {
                    out.append(property);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String pairs(List<JoinCondition.Pair> pairs) {
        return pairs.stream().map(p -> name(p.local()) + "=" + name(p.remote())).toList().toString();
    }

    private static String columns(List<Column> columns) {
        return columns.stream().map(MappingDescription::name).toList().toString();
    }

    private static String name(Column column) {
        return column.table().name() + "." + column.name();
    }

    private static String criteria(Table table, JoinCondition join) {
        if (join.extraCriteria().isEmpty()) {
            return "[]";
        }
        return H2.compile(Sql.select(table).where(Sql.and(join.extraCriteria()))).sql().replaceAll("(?s).*WHERE ", "");
    }
}
