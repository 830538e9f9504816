package io.junction.orm.unitofwork;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowOrderTest {

    private static List<Object> sorted(Object... values) {
        List<Object> list = new ArrayList<>(Arrays.asList(values));
        list.sort(RowOrder::compareValues);
        return list;
    }

    @Test
    void nullComesFirstAndValuesOfOneTypeKeepTheirNaturalOrder() {
        assertThat(sorted(3, null, 1, 2)).containsExactly(null, 1, 2, 3);
        assertThat(sorted("b", "a", "c")).containsExactly("a", "b", "c");
    }

    @Test
    void numbersOfDifferentTypesCompareByValue() {
        assertThat(sorted(10L, 9, new BigDecimal("9.5"), 2.5d)).containsExactly(2.5d, 9, new BigDecimal("9.5"), 10L);
        assertThat(RowOrder.compareValues(7, 7L)).isZero();
    }

    @Test
    void otherMixedTypesCompareByTheirText() {
        assertThat(sorted("b", 10, "a")).containsExactly(10, "a", "b");
    }

    @Test
    void bytesCompareUnsigned() {
        assertThat(RowOrder.compareValues(new byte[] {1, (byte) 0xff}, new byte[] {1, 2})).isPositive();
    }
}
