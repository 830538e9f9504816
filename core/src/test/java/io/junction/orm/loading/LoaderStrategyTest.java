package io.junction.orm.loading;

import io.junction.orm.relationship.Lazy;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoaderStrategyTest {

    @Test
    void eachLazyValueHasItsOwnStrategyClass() {
        Map<Lazy, Class<?>> classes = new EnumMap<>(Lazy.class);
        for (Lazy lazy : Lazy.values()) {
            classes.put(lazy, LoaderStrategy.of(lazy).getClass());
        }
        assertThat(classes).containsExactly(
                Map.entry(Lazy.SELECT, SelectLoader.class),
                Map.entry(Lazy.JOINED, JoinedLoader.class),
                Map.entry(Lazy.SUBQUERY, SubqueryLoader.class),
                Map.entry(Lazy.SELECTIN, SelectInLoader.class),
                Map.entry(Lazy.RAISE, RaiseLoader.class),
                Map.entry(Lazy.NOLOAD, NoLoader.class),
                Map.entry(Lazy.DYNAMIC, DynamicLoader.class),
                Map.entry(Lazy.IMMEDIATE, ImmediateLoader.class),
                Map.entry(Lazy.RAISE_ON_SQL, RaiseOnSqlLoader.class),
                Map.entry(Lazy.WRITE_ONLY, WriteOnlyLoader.class));
    }

    @Test
    void onlySubqueryNeedsAllRowsOfItsParentStatement() {
        assertThat(((PostLoader) LoaderStrategy.of(Lazy.SUBQUERY)).needsAllRows()).isTrue();
        assertThat(((PostLoader) LoaderStrategy.of(Lazy.SELECTIN)).needsAllRows()).isFalse();
        assertThat(((PostLoader) LoaderStrategy.of(Lazy.IMMEDIATE)).needsAllRows()).isFalse();
    }
}
