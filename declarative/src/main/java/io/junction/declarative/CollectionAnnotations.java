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

/**
 * Turns a relationship field's {@code @MapKey}, {@code @OrderColumn} and {@code @SortedBy}, or
 * those a {@code @Backref} gives, into its collection option.
 */
final class CollectionAnnotations {

    private CollectionAnnotations() {
    }

    /** {@code r} with the collection option the field's annotations give, or {@code r} when it carries none. */
    static Relationship apply(Relationship r, Field field, java.util.function.Function<String, Column> targetColumns) {
        String context = Names.where(field);
        if (field.getAnnotation(MapKey.class) != null || field.getAnnotation(OrderColumn.class) != null
                || field.getAnnotation(SortedBy.class) != null) {
            CollectionClass option = option(field.getAnnotation(MapKey.class), field.getAnnotation(OrderColumn.class),
                    field.getAnnotation(SortedBy.class), context, targetColumns,
                    "a Map field takes @MapKey, a List field @OrderColumn, a SortedSet field @SortedBy");
            return r.collection(option);
        }
        return r;
    }

    /**
     * {@code r} with the collection option a {@code @Backref}'s {@code mapKey}, {@code orderColumn}
     * or {@code sortedBy} gives, or {@code r} when it gives none; {@code memberColumns} resolves
     * the columns of the backref's members.
     */
    static io.junction.orm.relationship.Backref apply(io.junction.orm.relationship.Backref r, Backref b, String context,
            java.util.function.Function<String, Column> memberColumns) {
        if (b.mapKey().length > 1 || b.orderColumn().length > 1 || b.sortedBy().length > 1) {
            throw new DeclarativeException(context + " gives more than one @MapKey, @OrderColumn or @SortedBy; give one, "
                    + "such as mapKey = @MapKey(\"keyword\")");
        }
        if (b.mapKey().length + b.orderColumn().length + b.sortedBy().length == 0) {
            return r;
        }
        return r.collection(option(b.mapKey().length == 1 ? b.mapKey()[0] : null,
                b.orderColumn().length == 1 ? b.orderColumn()[0] : null, b.sortedBy().length == 1 ? b.sortedBy()[0] : null,
                context, memberColumns, "a Map backref takes mapKey, a List backref orderColumn, a SortedSet backref sortedBy"));
    }

    private static CollectionClass option(MapKey mapKey, OrderColumn orderColumn, SortedBy sortedBy, String context,
            java.util.function.Function<String, Column> targetColumns, String which) {
        int given = (mapKey != null ? 1 : 0) + (orderColumn != null ? 1 : 0) + (sortedBy != null ? 1 : 0);
        if (given > 1) {
            throw new DeclarativeException(context + " carries more than one of @MapKey, @OrderColumn and @SortedBy; "
                    + which + ": keep the one its type needs");
        }
        if (mapKey != null) {
            return mapKey(mapKey, context, targetColumns);
        }
        if (orderColumn != null) {
            CollectionClass ordered = CollectionClass.orderingList(orderColumn.value());
            if (orderColumn.numberedBy() == java.util.function.BiFunction.class) {
                return ordered.countFrom(orderColumn.countFrom());
            }
            if (orderColumn.countFrom() != 0) {
                throw new DeclarativeException(context + " @OrderColumn gives both countFrom and numberedBy; the function "
                        + "gives every position, so drop countFrom");
            }
            @SuppressWarnings("unchecked")
            java.util.function.BiFunction<Integer, java.util.List<Object>, Object> numbering =
                    (java.util.function.BiFunction<Integer, java.util.List<Object>, Object>) instance(orderColumn.numberedBy(),
                            context, "@OrderColumn(numberedBy = ...)");
            return ordered.numberedBy(numbering);
        }
        return CollectionClass.sortedBy((Comparator<?>) instance(sortedBy.value(), context, "@SortedBy"));
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
        CollectionClass option;
        if (attribute) {
            option = CollectionClass.keyedBy(a.value());
        } else if (columns) {
            List<Column> resolved = new ArrayList<>();
            for (String name : a.column()) {
                resolved.add(targetColumns.apply(name));
            }
            option = CollectionClass.keyedByColumn(resolved.toArray(new Column[0]));
        } else {
            @SuppressWarnings("unchecked")
            Function<Object, Object> key = (Function<Object, Object>) instance(a.function(), context, "@MapKey(function = ...)");
            option = CollectionClass.keyedBy(key);
        }
        return a.ignoreUnpopulated() ? option.ignoreUnpopulated() : option;
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
