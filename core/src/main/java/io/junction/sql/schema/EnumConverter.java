package io.junction.sql.schema;

import java.util.Arrays;

/** A Java enum stored by its constant's name (VARCHAR or a native enum type) or by its ordinal (INTEGER). */
final class EnumConverter<E extends Enum<E>> implements Converter<E, Object> {
    private final Class<E> type;
    private final E[] constants;
    private final boolean ordinal;
    private final SqlType columnType;

    EnumConverter(Class<E> type, boolean ordinal, SqlType columnType) {
        this.type = type;
        this.constants = type.getEnumConstants();
        this.ordinal = ordinal;
        this.columnType = columnType;
    }

    /** The length of the longest constant name, the VARCHAR length that holds every name. */
    static int longestName(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).mapToInt(e -> e.name().length()).max().orElse(1);
    }

    boolean byOrdinal() {
        return ordinal;
    }

    @Override
    public Class<E> javaType() {
        return type;
    }

    @Override
    public SqlType columnType() {
        return columnType;
    }

    @Override
    public Object toColumn(E value) {
        return ordinal ? (Object) value.ordinal() : value.name();
    }

    @Override
    public E fromColumn(Object value) {
        if (ordinal) {
            int index = ((Number) value).intValue();
            if (index < 0 || index >= constants.length) {
                throw new IllegalArgumentException("the column holds ordinal " + index + ", which no constant of enum "
                        + type.getName() + " has (it has " + constants.length + ")");
            }
            return constants[index];
        }
        String name = (String) value;
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the column holds '" + name + "', which is not a constant of enum "
                    + type.getName() + " " + Arrays.toString(constants), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumConverter<?> other && type == other.type && ordinal == other.ordinal;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + (ordinal ? 1 : 0);
    }

    @Override
    public String toString() {
        return type.getSimpleName() + (ordinal ? " by ordinal" : " by name");
    }
}
