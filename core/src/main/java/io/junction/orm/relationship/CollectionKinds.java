package io.junction.orm.relationship;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.collection.CollectionType;
import io.junction.orm.collection.CustomCollection;
import io.junction.orm.collection.InstrumentedMap;
import io.junction.orm.collection.InstrumentedSortedSet;
import io.junction.orm.collection.OrderingList;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.mapper.MappingException;
import io.junction.sql.schema.Column;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Chooses, once per relationship, the {@link CollectionType} its field holds — from the
 * {@link CollectionClass} option and the field's declared type — and refuses a mismatch between
 * them, naming the class, the attribute and the fix.
 */
final class CollectionKinds {

    private CollectionKinds() {
    }

    /** True if the field's type or the option asks for more than a plain List, Set or Collection. */
    static boolean special(Class<?> fieldType, CollectionClass option) {
        return option != null || fieldType == Map.class || fieldType == SortedSet.class
                || CustomCollection.class.isAssignableFrom(fieldType);
    }

    /** The collection type of {@code relationship}, whose field (if it has one) is {@code field}. */
    static CollectionType resolve(RelationshipProperty relationship, Mapper target, Field field, CollectionClass option) {
        Class<?> type = field == null ? null : field.getType();
        String targetName = target.type().getSimpleName();
        if (type != null && CustomCollection.class.isAssignableFrom(type)) {
            if (option != null) {
                throw new MappingException(relationship + " is declared as " + type.getSimpleName() + ", a collection class of "
                        + "its own, and also given collection(" + option + "); drop the option (the class says how members are "
                        + "held), or declare the field as the type the option makes");
            }
            return custom(relationship, type);
        }
        if (option == null) {
            if (type == Map.class) {
                throw new MappingException(relationship + " is a Map but nothing says how its members are keyed; give the key "
                        + "rule: relationship(\"" + relationship.key() + "\", " + targetName + ".class).collection(keyedBy(\"attribute\")), "
                        + "keyedByColumn(table.c(\"column\")) or keyedBy(" + targetName + "::keyMethod) "
                        + "(declaratively @MapKey(\"attribute\") on the field)");
            }
            return sorted(relationship, target, null);
        }
        check(relationship, type, option, targetName);
        return switch (option.form()) {
            case KEYED_BY_ATTRIBUTE -> keyed(relationship, option, attributeKey(relationship, target, option.attribute()),
                    targetName + "." + option.attribute());
            case KEYED_BY_COLUMNS -> keyed(relationship, option, columnKey(relationship, target, option.columns()),
                    option.columns().size() == 1 ? "the column " + option.columns().get(0).table().name() + "."
                            + option.columns().get(0).name() : "the columns " + option.columns());
            case KEYED_BY_FUNCTION -> keyed(relationship, option, option.keyFunction(), "the key function's value");
            case ORDERING_LIST -> {
                ColumnProperty position = positionOf(relationship, target, option.attribute(), option.numbering() == null);
                int countFrom = option.countFrom();
                yield CollectionType.ordered((member, value) -> position.set(InstanceState.require(member), value),
                        option.numbering() != null ? option.numbering() : (index, list) -> countFrom + index);
            }
            case SORTED -> sorted(relationship, target, option.comparator());
        };
    }

    private static CollectionType keyed(RelationshipProperty relationship, CollectionClass option, Function<Object, Object> keyOf,
            String keySource) {
        String spelling = option.toString();
        if (option.ignoresUnpopulated()) {
            spelling = spelling.substring(0, spelling.length() - ".ignoreUnpopulated()".length());
        }
        return CollectionType.keyed(keyOf, option.ignoresUnpopulated(), relationship.toString(), keySource, spelling);
    }

    /** The position column of an ordering list, for loading in order when no {@code orderBy} is given. */
    static Column positionColumn(Mapper target, CollectionClass option) {
        return ((ColumnProperty) target.property(option.attribute())).column();
    }

    /** Refuses a field whose declared type cannot hold what the option makes. */
    private static void check(RelationshipProperty relationship, Class<?> type, CollectionClass option, String targetName) {
        if (type == null) {
            return;
        }
        Class<?> container = option.keyed() ? InstrumentedMap.class
                : option.form() == CollectionClass.Form.ORDERING_LIST ? OrderingList.class : InstrumentedSortedSet.class;
        if (!type.isAssignableFrom(container)) {
            String wanted = option.keyed() ? "Map<K, " + targetName + ">"
                    : option.form() == CollectionClass.Form.ORDERING_LIST ? "List<" + targetName + ">" : "SortedSet<" + targetName + ">";
            throw new MappingException(relationship + " is given collection(" + option + "), which holds its members in a "
                    + wanted + ", but the field is a " + type.getSimpleName() + "; declare it as " + wanted
                    + ", or drop the option");
        }
    }

    private static Function<Object, Object> attributeKey(RelationshipProperty relationship, Mapper target, String name) {
        if (!target.hasProperty(name)) {
            throw new MappingException(relationship + " is keyed by the attribute '" + name + "', but " + target.type().getSimpleName()
                    + " has no attribute of that name; its attributes are " + names(target)
                    + ": name one of them in keyedBy(...), or key by a function with keyedBy(" + target.type().getSimpleName()
                    + "::method)");
        }
        MapperProperty property = target.property(name);
        return member -> read(property, member);
    }

    private static Function<Object, Object> columnKey(RelationshipProperty relationship, Mapper target, List<Column> columns) {
        List<MapperProperty> properties = new ArrayList<>();
        for (Column column : columns) {
            ColumnProperty property = column.table() == target.table() ? target.columnProperty(column) : null;
            if (property == null) {
                throw new MappingException(relationship + " is keyed by the column " + column.table().name() + "." + column.name()
                        + ", which is not a mapped column of " + target.type().getSimpleName() + " (table '"
                        + target.table().name() + "'); key it by a column of " + target.table().name()
                        + ", such as keyedByColumn(" + target.table().name() + ".c(\"...\"))");
            }
            properties.add(property);
        }
        if (properties.size() == 1) {
            MapperProperty property = properties.get(0);
            return member -> read(property, member);
        }
        return member -> {
            Object[] key = new Object[properties.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = read(properties.get(i), member);
            }
            return Arrays.asList(key);
        };
    }

    /**
     * The member's value of {@code property}, loading it first if it is expired — without autoflush,
     * since the key is read in the middle of a change (a backref append) that is not complete yet.
     */
    private static Object read(MapperProperty property, Object member) {
        AttributeImpl attribute = property.attribute();
        InstanceState state = InstanceState.require(member);
        if (!state.isLoaded(attribute.key()) && state.session() != null) {
            state.session().loadWithoutAutoflush(state, attribute);
        } else {
            attribute.beforeRead(state);
        }
        return attribute.get(state);
    }

    private static ColumnProperty positionOf(RelationshipProperty relationship, Mapper target, String name, boolean counted) {
        if (!(target.hasProperty(name) && target.property(name) instanceof ColumnProperty position)) {
            throw new MappingException(relationship + " keeps each member's position in '" + name + "', but that is not a column "
                    + "attribute of " + target.type().getSimpleName() + " (its column attributes are "
                    + target.columnProperties().stream().map(MapperProperty::key).toList() + "); map an integer column "
                    + "such as 'position' on " + target.table().name() + " and name it in orderingList(...)");
        }
        Class<?> javaType = position.column().type().javaType();
        if (counted && !Number.class.isAssignableFrom(javaType)) {
            throw new MappingException(relationship + " keeps each member's position in " + target.type().getSimpleName() + "."
                    + name + ", whose column is not an integer column (" + javaType.getSimpleName() + "); give the position "
                    + "an INTEGER column, or number the members with orderingList(\"" + name + "\").numberedBy(function)");
        }
        return position;
    }

    private static CollectionType sorted(RelationshipProperty relationship, Mapper target, Comparator<Object> comparator) {
        if (comparator != null) {
            return CollectionType.sorted(comparator);
        }
        if (!Comparable.class.isAssignableFrom(target.type())) {
            throw new MappingException(relationship + " is a SortedSet, but " + target.type().getSimpleName() + " is not "
                    + "Comparable, so nothing says the order of its members; give a comparator: collection(sortedBy("
                    + "Comparator.comparing(" + target.type().getSimpleName() + "::...))) (declaratively @SortedBy(TheComparator.class)), "
                    + "or make " + target.type().getSimpleName() + " implement Comparable<" + target.type().getSimpleName() + ">");
        }
        @SuppressWarnings("unchecked")
        Comparator<Object> natural = (Comparator<Object>) (Comparator<?>) Comparator.naturalOrder();
        return CollectionType.sorted(natural);
    }

    private static CollectionType custom(RelationshipProperty relationship, Class<?> type) {
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new MappingException(relationship + " is declared as " + type.getSimpleName() + ", which is abstract; Junction "
                    + "creates the collection of each object, so declare the field as a concrete subclass of CustomCollection "
                    + "with a public no-argument constructor");
        }
        MethodHandle constructor;
        try {
            constructor = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new MappingException(relationship + " is declared as " + type.getSimpleName() + ", which has no public "
                    + "no-argument constructor (and a public class); Junction creates the collection of each object with "
                    + "it: add public " + type.getSimpleName() + "() {}");
        }
        return CollectionType.custom(() -> {
            try {
                return (CustomCollection<?>) constructor.invoke();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("creating the " + type.getSimpleName() + " of " + relationship + " failed: " + e, e);
            }
        });
    }

    /** The class a field of this collection type holds: a Map's value type, else the one type argument. */
    static Class<?> memberType(Field field) {
        if (field.getGenericType() instanceof ParameterizedType parameterized) {
            java.lang.reflect.Type[] arguments = parameterized.getActualTypeArguments();
            java.lang.reflect.Type argument = arguments[arguments.length - 1];
            if (argument instanceof Class<?> member) {
                return member;
            }
            if (argument instanceof ParameterizedType nested && nested.getRawType() instanceof Class<?> raw) {
                return raw;
            }
        }
        return null;
    }

    private static List<String> names(Mapper target) {
        return target.properties().stream().map(MapperProperty::key).toList();
    }
}
