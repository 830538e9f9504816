package io.junction.util;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgsTest {

    @Test
    void checksReturnTheirArgumentOrNameIt() {
        assertThat(Args.notNull("x", "value")).isEqualTo("x");
        assertThat(Args.notBlank("x", "name")).isEqualTo("x");
        assertThat(Args.notEmpty(List.of(1), "rows")).containsExactly(1);
        assertThatThrownBy(() -> Args.notNull(null, "value")).isInstanceOf(IllegalArgumentException.class).hasMessage("value must not be null");
        assertThatThrownBy(() -> Args.notBlank(" ", "name")).hasMessage("name must not be blank");
        assertThatThrownBy(() -> Args.notBlank(null, "name")).hasMessage("name must not be blank");
        assertThatThrownBy(() -> Args.notEmpty(List.of(), "rows")).hasMessage("rows must not be empty");
        assertThatThrownBy(() -> Args.notEmpty(null, "rows")).hasMessage("rows must not be empty");
    }
}
