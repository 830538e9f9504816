package io.junction.declarative;

import io.junction.orm.attribute.ClassManager;
import io.junction.orm.mapper.ColumnSpec;
import io.junction.orm.mapper.Naming;
import io.junction.orm.mapper.PropertySpec;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Converter;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Schema;
import io.junction.sql.schema.SqlType;
import io.junction.sql.schema.TableElement;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Turns a model class's {@code @Table}, {@code @Column} and {@code @ForeignKey} into a table of the base's metadata. */
final class TableDeclarer {
    private final Class<? extends DeclarativeBase> base;
    private final MetaData metadata;
    private final NameResolver names;

    TableDeclarer(Class<? extends DeclarativeBase> base, MetaData metadata, NameResolver names) {
        this.base = base;
        this.metadata = metadata;
        this.names = names;
    }

    /** Declares the table of {@code model} and records which field maps which column. */
    void declare(Model model) {
        Class<?> type = model.type;
        if (!ClassManager.isEnhanced(type)) {
            throw new DeclarativeException("class " + type.getName() + " extends " + base.getSimpleName()
                    + " but the Junction agent did not enhance it, so Junction cannot see its field reads and writes. "
                    + "Start the JVM with -javaagent:junction-agent.jar (or call io.junction.agent.JunctionAgent.install() "
                    + "before the model classes load), or enhance the class files at build time with junction-maven-plugin "
                    + "(goals enhance and enhance-test; docs/enhancement.md); a class loaded before the agent stays unenhanced");
        }
        List<TableElement> elements = new ArrayList<>();
        for (Field field : model.fields) {
            io.junction.declarative.Column annotation = field.getAnnotation(io.junction.declarative.Column.class);
            ForeignKey foreignKey = field.getAnnotation(ForeignKey.class);
            if (annotation == null && foreignKey == null) {
                KeyAnnotations.requireColumn(field);
                continue;
            }
            if (field.getAnnotation(Relationship.class) != null) {
                throw new DeclarativeException(Names.where(field) + " carries both @Column and @Relationship; a field is either "
                        + "a column (its value) or a relationship (the related object); declare two fields, such as "
                        + "'@Column @ForeignKey(\"parent.id\") Integer parentId' and '@Relationship Parent parent'");
            }
            String name = annotation != null && !annotation.name().isEmpty() ? annotation.name() : Naming.snakeCase(field.getName());
            elements.add(column(field, name, annotation, foreignKey));
            model.columnNames.put(field.getName(), name);
        }
        Table table = type.getAnnotation(Table.class);
        String tableName = table.value().isEmpty() ? Naming.snakeCase(type.getSimpleName()) : table.value();
        if (metadata.hasTable(tableName)) {
            throw new DeclarativeException("class " + type.getName() + " maps table '" + tableName + "', which "
                    + names.tableOwner(tableName) + " already declares in " + base.getSimpleName()
                    + "'s metadata; give it another @Table name");
        }
        if (model.columnNames.isEmpty()) {
            throw new DeclarativeException("class " + type.getName() + " declares no @Column field; declare at least its "
                    + "primary key, such as '@Column(primaryKey = true) Integer id'");
        }
        try {
            model.table = metadata.table(tableName, elements.toArray(TableElement[]::new));
        } catch (IllegalArgumentException e) {
            throw new DeclarativeException("class " + type.getName() + ": " + e.getMessage(), e);
        }
        if (model.table.primaryKey().isEmpty()) {
            throw new DeclarativeException("class " + type.getName() + " (table '" + tableName + "') has no primary key; "
                    + "mark its key field @Column(primaryKey = true)");
        }
        for (Map.Entry<String, String> entry : model.columnNames.entrySet()) {
            model.columns.put(entry.getKey(), model.table.c(entry.getValue()));
        }
    }

    private io.junction.sql.schema.ColumnSpec column(Field field, String name, io.junction.declarative.Column annotation,
            ForeignKey foreignKey) {
        io.junction.sql.schema.ColumnSpec spec = Schema.column(name, sqlType(field, annotation));
        if (annotation != null) {
            if (annotation.primaryKey()) {
                spec = spec.primaryKey();
            }
            if (!annotation.nullable()) {
                spec = spec.nullable(false);
            }
            if (annotation.unique()) {
                spec = spec.unique();
            }
            if (annotation.index()) {
                spec = spec.index();
            }
            spec = KeyAnnotations.sequence(field, spec);
            if (!annotation.serverDefault().isEmpty()) {
                spec = spec.serverDefault(annotation.serverDefault());
            }
            if (annotation.defaultValue() != Supplier.class) {
                spec = spec.defaultValue(supplier(field, "defaultValue", annotation.defaultValue()));
            }
            if (annotation.onUpdate() != Supplier.class) {
                spec = spec.onUpdate(supplier(field, "onUpdate", annotation.onUpdate()));
            }
        }
        if (foreignKey != null) {
            if (!foreignKey.value().matches("[^.]+\\.[^.]+")) {
                throw new DeclarativeException(Names.where(field) + ": @ForeignKey(\"" + foreignKey.value()
                        + "\") must name a column as \"table.column\", such as \"parent.id\"");
            }
            spec = spec.foreignKey(foreignKey.value(), foreignKey.onUpdate().referentialAction(),
                    foreignKey.onDelete().referentialAction());
        }
        return spec;
    }

    private static SqlType sqlType(Field field, io.junction.declarative.Column annotation) {
        if (annotation != null && annotation.converter() != Converter.class) {
            return converted(field, annotation);
        }
        int length = annotation == null ? 0 : annotation.length();
        if (annotation != null && annotation.type() != ColumnType.AUTO) {
            return annotation.type().sqlType(length, annotation.precision(), annotation.scale());
        }
        Class<?> type = field.getType();
        if (type == Integer.class || type == int.class) {
            return Schema.INTEGER;
        } else if (type == Long.class || type == long.class) {
            return Schema.BIGINT;
        } else if (type == Short.class || type == short.class || type == Byte.class || type == byte.class) {
            return Schema.SMALLINT;
        } else if (type == Float.class || type == float.class) {
            return Schema.REAL;
        } else if (type == Double.class || type == double.class) {
            return Schema.DOUBLE;
        } else if (type == String.class) {
            return length > 0 ? Schema.string(length) : Schema.string();
        } else if (type == Boolean.class || type == boolean.class) {
            return Schema.BOOLEAN;
        } else if (type == BigDecimal.class) {
            return ColumnType.NUMERIC.sqlType(0, annotation == null ? 0 : annotation.precision(), annotation == null ? 0 : annotation.scale());
        } else if (type == LocalDate.class) {
            return Schema.DATE;
        } else if (type == LocalTime.class) {
            return Schema.TIME;
        } else if (type == LocalDateTime.class) {
            return Schema.TIMESTAMP;
        } else if (type == OffsetDateTime.class) {
            return Schema.TIMESTAMP_TZ;
        } else if (type == Instant.class) {
            return Schema.INSTANT;
        } else if (type == UUID.class) {
            return Schema.UUID;
        } else if (type == byte[].class) {
            return Schema.BINARY;
        } else if (type == int[].class) {
            return Schema.INT_ARRAY;
        } else if (type.isEnum()) {
            return enumType(field, type.asSubclass(Enum.class), annotation);
        } else if (type == List.class && arrayElement(field) != null) {
            return Schema.array(arrayElement(field));
        }
        String fix = Collection.class.isAssignableFrom(type) || DeclarativeBase.class.isAssignableFrom(type)
                ? "; if it refers to mapped objects, annotate it @Relationship instead of @Column"
                : "; write a Converter<" + type.getSimpleName() + ", String> (or of another column type) and name it in "
                        + "@Column(converter = ...), or make the field transient to leave it unmapped";
        throw new DeclarativeException(Names.where(field) + " is a column of Java type " + field.getGenericType().getTypeName()
                + ", which has no column type; use Integer, Long, Short, Byte, Float, Double, String, Boolean, BigDecimal, "
                + "LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant, UUID, byte[], int[], an enum, or a List of String, "
                + "Integer, Long, Short, Double or Boolean (an array)" + fix);
    }

    /** The column type of a {@code List<E>} field's elements, for an array column; {@code null} for other elements. */
    private static SqlType arrayElement(Field field) {
        if (!(field.getGenericType() instanceof ParameterizedType generic)
                || !(generic.getActualTypeArguments()[0] instanceof Class<?> element)) {
            return null;
        }
        if (element == String.class) {
            return Schema.TEXT;
        } else if (element == Integer.class) {
            return Schema.INTEGER;
        } else if (element == Long.class) {
            return Schema.BIGINT;
        } else if (element == Short.class) {
            return Schema.SMALLINT;
        } else if (element == Double.class) {
            return Schema.DOUBLE;
        } else if (element == Boolean.class) {
            return Schema.BOOLEAN;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SqlType enumType(Field field, Class<? extends Enum> type, io.junction.declarative.Column annotation) {
        Enumerated how = annotation == null ? Enumerated.NAME : annotation.enumerated();
        return switch (how) {
            case NAME -> Schema.enumByName((Class) type);
            case ORDINAL -> Schema.enumByOrdinal((Class) type);
            case NATIVE -> Schema.nativeEnum(annotation.enumName().isEmpty() ? Naming.snakeCase(type.getSimpleName())
                    : annotation.enumName(), (Class) type);
        };
    }

    /** A new instance of the supplier class {@code @Column(option = type)} names. */
    private static Supplier<?> supplier(Field field, String option, Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Supplier<?>) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new DeclarativeException(Names.where(field) + ": @Column(" + option + " = " + type.getSimpleName()
                    + ".class) names a supplier without a constructor without arguments; add one, or map the class "
                    + "classically with column(...)." + option + "(supplier)", e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new DeclarativeException(Names.where(field) + ": @Column(" + option + " = " + type.getSimpleName()
                    + ".class) could not be created: " + e, e);
        }
    }

    /** The type of a column with {@code @Column(converter = ...)}: the converter's, checked against the field. */
    private static SqlType converted(Field field, io.junction.declarative.Column annotation) {
        Class<?> converterClass = annotation.converter();
        String name = converterClass.getSimpleName();
        if (annotation.type() != ColumnType.AUTO) {
            throw new DeclarativeException(Names.where(field) + " gives both @Column(type = ColumnType." + annotation.type()
                    + ") and @Column(converter = " + name + ".class); the converter's columnType() is the column's "
                    + "type, so leave type out");
        }
        Converter<?, ?> converter;
        try {
            var constructor = converterClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            converter = (Converter<?, ?>) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new DeclarativeException(Names.where(field) + ": converter " + converterClass.getName()
                    + " has no constructor without arguments; add one (it may be private), or map the class classically "
                    + "with column(..., converted(new " + name + "(...)))", e);
        } catch (ReflectiveOperationException e) {
            throw new DeclarativeException(Names.where(field) + ": converter " + converterClass.getName()
                    + " could not be created: " + e, e);
        }
        Class<?> fieldType = java.lang.invoke.MethodType.methodType(field.getType()).wrap().returnType();
        if (!fieldType.isAssignableFrom(converter.javaType())) {
            throw new DeclarativeException(Names.where(field) + " is a " + field.getType().getSimpleName() + " but converter "
                    + name + " converts " + converter.javaType().getSimpleName() + " (its javaType()); declare the field as "
                    + converter.javaType().getSimpleName() + ", or name a converter of " + field.getType().getSimpleName());
        }
        try {
            return Schema.converted(converter);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DeclarativeException(Names.where(field) + ": " + e.getMessage(), e);
        }
    }

    /** Checks that every foreign key of {@code model}'s table names a table and column of the metadata. */
    void checkForeignKeys(Model model) {
        for (io.junction.sql.schema.ForeignKey fk : model.table.foreignKeys()) {
            String tableName = fk.referencedTableName();
            if (!metadata.hasTable(tableName)) {
                Field field = model.fieldOfColumn(fk.columns().get(0));
                throw new DeclarativeException(Names.where(field) + ": @ForeignKey names table '" + tableName + "', which is not in "
                        + base.getSimpleName() + "'s metadata" + Names.hint(tableName, names.tableNames()));
            }
            try {
                fk.referencedColumns();
            } catch (RuntimeException e) {
                Field field = model.fieldOfColumn(fk.columns().get(0));
                io.junction.sql.schema.Table target = metadata.table(tableName);
                String target0 = fk.toString();
                throw new DeclarativeException(Names.where(field) + ": @ForeignKey " + target0 + " names a column that table '"
                        + tableName + "' does not have" + Names.hint(target0.replaceAll(".*\\.", "").replaceAll("\\W", ""),
                        target.columns().stream().map(Column::name).toList()), e);
            }
        }
    }

    /** The column properties of {@code model} whose field name is not its column's name, plain or camelCase. */
    List<PropertySpec> columnProperties(Model model) {
        List<PropertySpec> specs = new ArrayList<>();
        for (Map.Entry<String, Column> entry : model.columns.entrySet()) {
            String field = entry.getKey();
            String column = entry.getValue().name();
            PropertySpec keyed = KeyAnnotations.spec(model, field, entry.getValue());
            if (keyed != null) {
                specs.add(keyed);
            } else if (!field.equals(column) && !field.equals(Naming.camelCase(column))) {
                specs.add(ColumnSpec.columnProperty(field, entry.getValue()));
            }
        }
        return specs;
    }
}
