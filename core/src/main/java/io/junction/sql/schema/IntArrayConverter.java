package io.junction.sql.schema;

import java.util.ArrayList;
import java.util.List;

/** An {@code int[]} in an INTEGER array column; a NULL element cannot be held in it and is refused on read. */
final class IntArrayConverter implements Converter<int[], List<?>> {

    @Override
    public Class<int[]> javaType() {
        return int[].class;
    }

    @Override
    public SqlType columnType() {
        return SqlType.array(SqlType.INTEGER);
    }

    @Override
    public List<?> toColumn(int[] value) {
        List<Integer> list = new ArrayList<>(value.length);
        for (int each : value) {
            list.add(each);
        }
        return list;
    }

    @Override
    public int[] fromColumn(List<?> value) {
        int[] array = new int[value.size()];
        for (int i = 0; i < array.length; i++) {
            Object each = value.get(i);
            if (each == null) {
                throw new IllegalArgumentException("the INTEGER array holds a NULL at index " + i
                        + ", which an int[] cannot hold; map the column to a List<Integer> field");
            }
            array[i] = ((Number) each).intValue();
        }
        return array;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntArrayConverter;
    }

    @Override
    public int hashCode() {
        return IntArrayConverter.class.hashCode();
    }

    @Override
    public String toString() {
        return "int[]";
    }
}
