package io.junction.engine;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterFormatTest {

    @Test
    void stringsAreQuotedAsInTheSeed() {
        assertThat(ParameterFormat.values(List.of("subchild1", "child2"))).isEqualTo("['subchild1', 'child2']");
    }

    @Test
    void quotesAndBackslashesInStringsAreEscaped() {
        assertThat(ParameterFormat.value("it's")).isEqualTo("'it\\'s'");
        assertThat(ParameterFormat.value("a\\b")).isEqualTo("'a\\\\b'");
    }

    @Test
    void numbersAndBooleansAreBareAndNullIsNone() {
        assertThat(ParameterFormat.values(Arrays.asList(1, 2L, 1.5, new BigDecimal("12.50"), true, false, null)))
                .isEqualTo("[1, 2, 1.5, 12.50, true, false, None]");
        assertThat(ParameterFormat.value(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void otherObjectsAreTheirQuotedText() {
        UUID id = UUID.fromString("6f1c1a38-0e0b-4f57-9b59-5f6b1b0f6a11");
        assertThat(ParameterFormat.values(List.of(LocalDate.of(2024, 2, 29), id)))
                .isEqualTo("['2024-02-29', '6f1c1a38-0e0b-4f57-9b59-5f6b1b0f6a11']");
        assertThat(ParameterFormat.value('x')).isEqualTo("'x'");
        assertThat(ParameterFormat.value(new byte[3])).isEqualTo("<3 bytes>");
    }

    @Test
    void noValuesIsEmptyBrackets() {
        assertThat(ParameterFormat.values(List.of())).isEqualTo("[]");
    }

    @Test
    void aBatchIsAListOfLists() {
        assertThat(ParameterFormat.sets(List.of(List.of("a", 1), Arrays.asList("b", null))))
                .isEqualTo("[['a', 1], ['b', None]]");
    }

    @Test
    void aLongBatchShowsTenSetsAndTheTotal() {
        List<List<Object>> sets = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            sets.add(List.of(i));
        }
        assertThat(ParameterFormat.sets(sets)).isEqualTo(
                "[[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]] ... displaying 10 of 25 total bound parameter sets ...");
        assertThat(ParameterFormat.sets(sets.subList(0, 10))).isEqualTo("[[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]]");
    }
}
