package io.junction.orm.inspect;

import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapped class as {@link Junction#inspect(Class)} describes it, SQLAlchemy's {@code Mapper}:
 * its table, the column each attribute maps, its primary key and its relationships (those added
 * by another class's backref included).
 *
 * @param mappedClass the class
 * @param table the mapped table (SQLAlchemy's {@code local_table})
 * @param columns each column attribute's column, in the table's order (SQLAlchemy's {@code columns})
 * @param primaryKey the primary key columns, in key order
 * @param relationships each relationship by name, in mapping order
 */
public record MapperView(Class<?> mappedClass, Table table, Map<String, Column> columns, List<Column> primaryKey,
                         Map<String, RelationshipView> relationships) {

    public MapperView {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        primaryKey = List.copyOf(primaryKey);
        relationships = Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
    }

    /** The column an attribute maps; an exception names the column attributes there are. */
    public Column column(String attribute) {
        Column column = columns.get(attribute);
        if (column == null) {
            throw new IllegalArgumentException(mappedClass.getSimpleName() + " has no column attribute '" + attribute
                    + "'; its column attributes are " + columns.keySet());
        }
        return column;
    }

    /** The relationship with this name; an exception names the relationships there are. */
    public RelationshipView relationship(String name) {
        RelationshipView view = relationships.get(name);
        if (view == null) {
            throw new IllegalArgumentException(mappedClass.getSimpleName() + " has no relationship '" + name
                    + "'; its relationships are " + relationships.keySet());
        }
        return view;
    }

    /** The attributes that map the primary key columns, in key order. */
    public List<String> primaryKeyAttributes() {
        return primaryKey.stream().map(pk -> columns.entrySet().stream()
                .filter(e -> e.getValue() == pk).map(Map.Entry::getKey).findFirst().orElseThrow()).toList();
    }
}
