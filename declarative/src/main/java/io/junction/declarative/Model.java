package io.junction.declarative;

import io.junction.sql.schema.Column;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a declarative registry knows of one model class: its mapped fields and, once declared, its table. */
final class Model {
    final Class<?> type;
    final List<Field> fields = new ArrayList<>();
    final Map<String, String> columnNames = new LinkedHashMap<>();
    final Map<String, Column> columns = new LinkedHashMap<>();
    io.junction.sql.schema.Table table;
    boolean mapped;

    /** Collects the instance fields of {@code type} and of its superclasses below {@code base}. */
    Model(Class<?> type, Class<?> base) {
        this.type = type;
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != base; c = c.getSuperclass()) {
            if (c != type && c.getAnnotation(Table.class) != null) {
                throw new DeclarativeException("class " + type.getName() + " extends the model class " + c.getName()
                        + "; mapped inheritance is not supported yet: move the shared fields to an abstract class "
                        + "without @Table, or map the two classes to their own tables side by side");
            }
            chain.add(0, c);
        }
        for (Class<?> c : chain) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !field.getName().startsWith("$$junction")) {
                    fields.add(field);
                }
            }
        }
    }

    Field field(String name) {
        for (Field field : fields) {
            if (field.getName().equals(name)) {
                return field;
            }
        }
        return null;
    }

    Field relationshipField(String name) {
        Field field = field(name);
        return field != null && field.getAnnotation(Relationship.class) != null ? field : null;
    }

    List<String> relationshipFieldNames() {
        return fields.stream().filter(f -> f.getAnnotation(Relationship.class) != null).map(Field::getName).toList();
    }

    /** The column of a field name, or of a column name. */
    Column columnByName(String name) {
        Column column = columns.get(name);
        if (column == null && table != null && table.hasColumn(name)) {
            column = table.c(name);
        }
        return column;
    }

    /** The field that maps {@code column}, or the first field when none does. */
    Field fieldOfColumn(Column column) {
        for (Field field : fields) {
            if (column.name().equals(columnNames.get(field.getName()))) {
                return field;
            }
        }
        return fields.get(0);
    }
}
