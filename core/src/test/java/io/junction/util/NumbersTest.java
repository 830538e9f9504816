package io.junction.util;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conversions between number classes that fields, keys and rows share. */
class NumbersTest {

    @Test
    void convertCastsAsJavaDoes() {
        Integer seven = 700;
        assertThat(Numbers.convert(seven, Integer.class)).isSameAs(seven);
        assertThat(Numbers.convert(7L, Integer.class)).isEqualTo(7);
        assertThat(Numbers.convert(7, Long.class)).isEqualTo(7L);
        assertThat(Numbers.convert(7, Short.class)).isEqualTo((short) 7);
        assertThat(Numbers.convert(7, Double.class)).isEqualTo(7.0);
        assertThat(Numbers.convert(7, Float.class)).isEqualTo(7.0f);
        assertThat(Numbers.convert(7L, BigDecimal.class)).isEqualTo(new BigDecimal("7"));
        assertThat(Numbers.convert(1L << 40, Integer.class)).isEqualTo(0);
        assertThat(Numbers.convert(7, String.class)).isEqualTo(7);
    }

    @Test
    void sameIntegerConvertsOnlyWhatKeepsItsValue() {
        assertThat(Numbers.sameInteger(7L, Integer.class)).isEqualTo(7);
        assertThat(Numbers.sameInteger((short) 7, Long.class)).isEqualTo(7L);
        assertThat(Numbers.sameInteger(1L << 40, Integer.class)).isEqualTo(1L << 40);
        assertThat(Numbers.sameInteger(new BigDecimal("7"), Integer.class)).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void convertExactRefusesToLoseDigits() {
        assertThat(Numbers.convertExact(7L, Integer.class)).isEqualTo(7);
        assertThat(Numbers.convertExact(new BigDecimal("7.0"), Long.class)).isEqualTo(7L);
        assertThat(Numbers.convertExact(7, BigInteger.class)).isEqualTo(BigInteger.valueOf(7));
        assertThat(Numbers.convertExact(7, Double.class)).isEqualTo(7.0);
        assertThat(Numbers.convertExact(7, String.class)).isNull();
        assertThatThrownBy(() -> Numbers.convertExact(1L << 40, Integer.class)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Numbers.convertExact(1.5, Long.class)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void compareByValue() {
        assertThat(Numbers.compare(2, 10L)).isNegative();
        assertThat(Numbers.compare(new BigDecimal("10.0"), 10)).isZero();
        assertThat(Numbers.compare(Long.MAX_VALUE, BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))).isNegative();
        assertThat(Numbers.compare(2.5, 2)).isPositive();
    }
}
