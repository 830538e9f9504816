package io.junction.orm.mapper;

import io.junction.orm.attribute.FieldAccess;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.ScalarAttribute;
import io.junction.sql.schema.Column;
import io.junction.util.Numbers;

import java.lang.reflect.Field;

/**
 * A column mapped to an attribute. The attribute's field is found by name ({@code parent_id} →
 * {@code parentId}); a column with no field keeps its value in the object's state.
 */
public final class ColumnProperty extends MapperProperty {
    private final Column column;
    private final ScalarAttribute attribute;
    private final Class<?> fieldType;
    private final boolean zeroIsUnset;

    ColumnProperty(String key, Column column, Mapper parent, Field field) {
        super(key, parent);
        this.column = column;
        if (field != null) {
            checkType(parent, key, column, field);
        }
        this.fieldType = field == null ? null : boxed(field.getType());
        this.zeroIsUnset = field != null && field.getType().isPrimitive() && column.isPrimaryKey() && column.isAutoincrement();
        this.attribute = new ScalarAttribute(key, parent, field == null ? null : new FieldAccess(field));
        attribute.property(this);
    }

    public Column column() {
        return column;
    }

    @Override
    public ScalarAttribute attribute() {
        return attribute;
    }

    @Override
    protected void configure() {
    }

    /**
     * The attribute's value on {@code state}, as the column's Java type. A primitive field cannot
     * be null, so for a database-generated primary key held in one (an {@code int id}) zero means
     * "not assigned yet" on an object that has no identity, as Hibernate takes it: the INSERT
     * leaves the column to the database.
     */
    public Object get(InstanceState state) {
        Object value = attribute.get(state);
        if (zeroIsUnset && state.key() == null && value instanceof Number number && number.longValue() == 0) {
            return null;
        }
        if (value != null && fieldType != null && column.type().javaType() != fieldType) {
            return convert(value, column.type().javaType());
        }
        return value;
    }

    /**
     * The value loaded or last flushed, as the column's Java type: the value before the first change
     * since then, or the current value when it has not changed (or was not loaded before it changed).
     */
    public Object committedValue(InstanceState state) {
        if (state.isChanged(key())) {
            Object committed = state.committedValue(key());
            if (committed != InstanceState.NO_VALUE) {
                return committed;
            }
        }
        return get(state);
    }

    /**
     * Before a flush writes {@code state}'s row: on INSERT, the column's {@linkplain Column#defaultValue()
     * default} when the object holds no value (null, never set); on UPDATE of a row whose other columns
     * changed, the column's {@linkplain Column#onUpdate() update value} unless the column changed itself.
     * Each is set with history, as user code would, so the statement writes it.
     */
    public void applyDefault(InstanceState state, boolean inserting) {
        java.util.function.Supplier<?> supplier = inserting ? column.defaultValue() : column.onUpdate();
        if (supplier == null || state.isChanged(key())) {
            return;
        }
        if (!inserting || attribute.get(state) == null) {
            set(state, supplier.get());
        }
    }

    /** Stores a value read from the database, as the field's type. */
    public void setCommitted(InstanceState state, Object value) {
        attribute.setCommitted(state, toField(value));
    }

    /** Stores a value the ORM computed (a generated key, a synchronized foreign key), without history. */
    public void setQuietly(InstanceState state, Object value) {
        attribute.setQuietly(state, toField(value));
    }

    /** Sets a value with history, as user code would. */
    public void set(InstanceState state, Object value) {
        attribute.set(state, toField(value));
    }

    private Object toField(Object value) {
        if (value == null || fieldType == null || fieldType.isInstance(value)) {
            return value;
        }
        return convert(value, fieldType);
    }

    private static Object convert(Object value, Class<?> target) {
        return value instanceof Number number ? Numbers.convert(number, target) : value;
    }

    private static void checkType(Mapper parent, String key, Column column, Field field) {
        Class<?> fieldType = boxed(field.getType());
        Class<?> columnType = column.type().javaType();
        boolean numeric = Number.class.isAssignableFrom(fieldType) && Number.class.isAssignableFrom(columnType)
                && column.type().converter() == null;
        if (!fieldType.isAssignableFrom(columnType) && !numeric) {
            throw new MappingException(parent.type().getSimpleName() + "." + key + " is a " + field.getType().getSimpleName()
                    + " but column " + column.table().name() + "." + column.name() + " is " + column.type() + ", read as "
                    + columnType.getSimpleName() + "; " + fix(field.getType(), columnType));
        }
    }

    /** The change that makes a field of {@code fieldType} map a column read as {@code columnType}. */
    private static String fix(Class<?> fieldType, Class<?> columnType) {
        String name = fieldType.getSimpleName();
        String field = "declare the field as " + columnType.getSimpleName();
        if (fieldType.isEnum()) {
            return "give the column the type enumByName(" + name + ".class) (its names in a VARCHAR), enumByOrdinal("
                    + name + ".class) or nativeEnum(\"type_name\", " + name + ".class), or " + field;
        }
        if (fieldType == java.time.Instant.class) {
            return "give the column the type INSTANT (a TIMESTAMP WITH TIME ZONE read as Instant), or " + field;
        }
        return field + ", or give the column the type converted(converter) with a Converter<" + name + ", "
                + columnType.getSimpleName() + "> of yours";
    }

    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "short" -> Short.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
