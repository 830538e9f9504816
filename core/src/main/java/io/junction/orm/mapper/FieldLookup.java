package io.junction.orm.mapper;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Finds the field of a mapped class that holds an attribute: by exact name, or a column's snake_case name in camelCase. */
final class FieldLookup {

    private FieldLookup() {
    }

    static Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && isMappable(field)) {
                    return field;
                }
            }
        }
        return null;
    }

    /** The field for a column: {@code parent_id} finds {@code parentId} or {@code parent_id}. */
    static Field forColumn(Class<?> type, String column) {
        Field exact = find(type, column);
        return exact != null ? exact : find(type, Naming.camelCase(column));
    }

    static boolean isMappable(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.getName().startsWith("$$junction");
    }
}
