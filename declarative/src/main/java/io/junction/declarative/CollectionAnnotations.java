package io.junction.declarative;

import io.junction.orm.relationship.CollectionClass;
import io.junction.orm.relationship.Relationship;
import io.junction.sql.schema.Column;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Turns a relationship field's {@code @MapKey}, {@code @OrderColumn} and {@code @SortedBy} into its collection option. */
final class CollectionAnnotations {

    private CollectionAnnotations() {
    }

    /** {@code r} with the collection option the field's annotations give, or {@code r} when it carries none. */
    static Relationship apply(Relationship r, Field field, java.util.function.Function<String, Column> targetColumns) {
        String context = Names.where(field);
        MapKey mapKey = field.getAnnotation(MapKey.class);
        OrderColumn orderColumn = field.getAnnotation(OrderColumn.class);
        SortedBy sortedBy = field.getAnnotation(SortedBy.class);
        int given = (mapKey != null ? 1 : 0) + (orderColumn != null ? 1 : 0) + (sortedBy != null ? 1 : 0);
        if (given > 1) {
            throw new DeclarativeException(context + " carries more than one of @MapKey, @OrderColumn and @SortedBy; a Map "
                    + "field takes @MapKey, a List field @OrderColumn, a SortedSet field @SortedBy: keep the one its type needs");
        }
        if (mapKey != null) {
            return r.collection(mapKey(mapKey, context, targetColumns));
        }
        if (orderColumn != null) {
            return r.collection(CollectionClass.orderingList(orderColumn.value()).countFrom(orderColumn.countFrom()));
        }
        if (sortedBy != null) {
            return r.collection(CollectionClass.sortedBy((Comparator<?>) instance(sortedBy.value(), context, "@SortedBy")));
        }
        return r;
    }

    private static CollectionClass mapKey(MapKey a, String context, java.util.function.Function<String, Column> targetColumns) {
        boolean attribute = !a.value().isEmpty();
        boolean columns = a.column().length > 0;
        boolean function = a.function() != Function.class;
        if ((attribute ? 1 : 0) + (columns ? 1 : 0) + (function ? 1 : 0) != 1) {
            throw new DeclarativeException(context + " @MapKey needs exactly one key rule: the member's attribute "
                    + "(@MapKey(\"keyword\")), its columns (@MapKey(column = \"keyword\")) or a function "
                    + "(@MapKey(function = NoteKey.class))");
        }
        if (attribute) {
            return CollectionClass.keyedBy(a.value());
        }
        if (columns) {
            List<Column> resolved = new ArrayList<>();
            for (String name : a.column()) {
                resolved.add(targetColumns.apply(name));
            }
            return CollectionClass.keyedByColumn(resolved.toArray(new Column[0]));
        }
        @SuppressWarnings("unchecked")
        Function<Object, Object> key = (Function<Object, Object>) instance(a.function(), context, "@MapKey(function = ...)");
        return CollectionClass.keyedBy(key);
    }

    private static Object instance(Class<?> type, String context, String annotation) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new DeclarativeException(context + " " + annotation + " names " + type.getName() + ", which cannot be "
                    + "created with a no-argument constructor (" + e + "); give it one (a static nested or top-level class)", e);
        }
    }

    /**
     * The field's generic type to read the member class from: its own, or for a user's collection
     * class declared without type arguments ({@code Tags tags}), the {@code CustomCollection<Tag>} it extends.
     */
    static java.lang.reflect.Type memberTypeOf(Field field) {
        java.lang.reflect.Type generic = field.getGenericType();
        if (generic instanceof java.lang.reflect.ParameterizedType
                || !io.junction.orm.collection.CustomCollection.class.isAssignableFrom(field.getType())) {
            return generic;
        }
        for (Class<?> c = field.getType(); c != null; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof java.lang.reflect.ParameterizedType parameterized
                    && parameterized.getRawType() == io.junction.orm.collection.CustomCollection.class) {
                return parameterized;
            }
        }
        return generic;
    }
}
