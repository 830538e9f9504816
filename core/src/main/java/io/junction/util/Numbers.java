package io.junction.util;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Conversions between Java's number classes, for values that cross from the database to fields
 * and keys: as Java's casts convert ({@link #convert}), or refusing to lose digits ({@link #convertExact});
 * and their comparison by value ({@link #compare}).
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * {@code number} as {@code type} — Integer, Long, Short, Byte, Double, Float or BigDecimal — converted
     * as Java's casts convert (a narrowing drops what does not fit); {@code number} itself when it
     * is a {@code type} already, or {@code type} is none of these.
     */
    public static Number convert(Number number, Class<?> type) {
        if (type.isInstance(number)) {
            return number;
        }
        if (type == Integer.class) {
            return number.intValue();
        }
        if (type == Long.class) {
            return number.longValue();
        }
        if (type == Short.class) {
            return number.shortValue();
        }
        if (type == Byte.class) {
            return number.byteValue();
        }
        if (type == Double.class) {
            return number.doubleValue();
        }
        if (type == Float.class) {
            return number.floatValue();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(number.toString());
        }
        return number;
    }

    /**
     * {@code number} as {@code type} when that keeps its integer value ({@code 1L} as an Integer is
     * {@code 1}), so that one integer compares equal however it was given; {@code number} itself when
     * the conversion would change it, or it is a BigDecimal.
     */
    public static Number sameInteger(Number number, Class<?> type) {
        if (number instanceof BigDecimal) {
            return number;
        }
        Number converted = convert(number, type);
        return converted.longValue() == number.longValue() ? converted : number;
    }

    /**
     * {@code number} as {@code type} — Double, Integer, Long, Short, BigDecimal or BigInteger —
     * without losing digits, or {@code null} for another type.
     *
     * @throws ArithmeticException if the value does not fit {@code type} exactly
     * @throws NumberFormatException if the value has no decimal form (an infinite or NaN double)
     */
    public static Number convertExact(Number number, Class<?> type) {
        if (type == Double.class) {
            return number.doubleValue();
        }
        BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        if (type == Integer.class) {
            return decimal.intValueExact();
        }
        if (type == Long.class) {
            return decimal.longValueExact();
        }
        if (type == Short.class) {
            return decimal.shortValueExact();
        }
        if (type == BigDecimal.class) {
            return decimal;
        }
        if (type == BigInteger.class) {
            return decimal.toBigIntegerExact();
        }
        return null;
    }

    /** Compares two numbers by value: exactly when both are integral or decimal, else as doubles. */
    public static int compare(Number x, Number y) {
        if (exact(x) && exact(y)) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        return Double.compare(x.doubleValue(), y.doubleValue());
    }

    private static boolean exact(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger || number instanceof BigDecimal;
    }
}
