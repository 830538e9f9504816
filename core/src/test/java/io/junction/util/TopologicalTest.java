package io.junction.util;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TopologicalTest {

    /** Dependencies given as "node -> the nodes it depends on". */
    private static Function<String, List<String>> deps(Map<String, List<String>> edges) {
        return node -> edges.getOrDefault(node, List.of());
    }

    @Test
    void withoutDependenciesTheGivenOrderIsKept() {
        assertThat(Topological.sort(List.of("c", "a", "b"), n -> List.of())).containsExactly("c", "a", "b");
        assertThat(Topological.sort(List.of("c", "a", "b"), n -> null)).containsExactly("c", "a", "b");
        assertThat(Topological.sort(List.<String>of(), n -> List.of())).isEmpty();
    }

    @Test
    void eachNodeComesAfterItsDependencies() {
        List<String> sorted = Topological.sort(List.of("child", "grandchild", "parent"),
                deps(Map.of("child", List.of("parent"), "grandchild", List.of("child"))));
        assertThat(sorted).containsExactly("parent", "child", "grandchild");
    }

    @Test
    void aNodeMovesOnlyAsFarAsItsDependenciesRequire() {
        // a depends on d: it must follow d, and should not be pushed behind e, which it does not depend on
        List<String> sorted = Topological.sort(List.of("a", "b", "c", "d", "e"), deps(Map.of("a", List.of("d"))));
        assertThat(sorted).containsExactly("b", "c", "d", "a", "e");
    }

    @Test
    void independentNodesKeepTheirRelativeOrder() {
        Map<String, List<String>> edges = Map.of(
                "address", List.of("user"),
                "order", List.of("user", "product"),
                "line", List.of("order", "product"));
        List<String> sorted = Topological.sort(List.of("line", "order", "address", "user", "product", "log"), deps(edges));
        assertThat(sorted).containsExactly("user", "address", "product", "order", "line", "log");
    }

    @Test
    void theResultIsTheSameWhateverTheOrderOfTheDependencyLists() {
        List<String> nodes = List.of("x", "y", "z", "w");
        List<String> one = Topological.sort(nodes, deps(Map.of("x", List.of("z", "w"))));
        List<String> two = Topological.sort(nodes, deps(Map.of("x", List.of("w", "z"))));
        assertThat(one).isEqualTo(two).containsExactly("y", "z", "w", "x");
    }

    @Test
    void dependenciesOutsideTheGivenNodesAreIgnored() {
        assertThat(Topological.sort(List.of("b", "a"), deps(Map.of("b", List.of("a", "elsewhere")))))
                .containsExactly("a", "b");
    }

    @Test
    void duplicateNodesAppearOnce() {
        assertThat(Topological.sort(List.of("a", "b", "a"), deps(Map.of("a", List.of("b"))))).containsExactly("b", "a");
    }

    @Test
    void aCycleIsReportedWithItsNodes() {
        Map<String, List<String>> edges = Map.of(
                "widget", List.of("entry"),
                "entry", List.of("widget"),
                "line", List.of("entry"));
        Topological.CycleException e = catchThrowableOfType(Topological.CycleException.class,
                () -> Topological.sort(List.of("owner", "widget", "entry", "line"), deps(edges)));
        assertThat(e.cycles()).containsExactly(Set.of("widget", "entry"));
        assertThat(e).hasMessageContaining("dependency cycle between").hasMessageContaining("widget").hasMessageContaining("entry");
    }

    @Test
    void everyCycleIsReported() {
        Map<String, List<String>> edges = Map.of(
                "a", List.of("b"), "b", List.of("c"), "c", List.of("a"),
                "x", List.of("y"), "y", List.of("x"),
                "z", List.of("a"));
        List<Set<String>> cycles = Topological.cycles(List.of("a", "b", "c", "x", "y", "z"), deps(edges));
        assertThat(cycles).containsExactly(Set.of("a", "b", "c"), Set.of("x", "y"));
        assertThat(cycles.get(0)).as("in the given order").containsExactly("a", "b", "c");
        Topological.CycleException e = catchThrowableOfType(Topological.CycleException.class,
                () -> Topological.sort(List.of("a", "b", "c", "x", "y", "z"), deps(edges)));
        assertThat(e.cycles()).hasSize(2);
    }

    @Test
    void aSelfLoopIsACycle() {
        Map<String, List<String>> edges = Map.of("node", List.of("node"));
        assertThat(Topological.cycles(List.of("root", "node"), deps(edges))).containsExactly(Set.of("node"));
        Topological.CycleException e = catchThrowableOfType(Topological.CycleException.class,
                () -> Topological.sort(List.of("root", "node"), deps(edges)));
        assertThat(e.cycles()).containsExactly(Set.of("node"));
    }

    @Test
    void anAcyclicGraphHasNoCycles() {
        assertThat(Topological.cycles(List.of("a", "b", "c"), deps(Map.of("a", List.of("b"), "b", List.of("c"))))).isEmpty();
    }

    @Test
    void longChainsSortAndAreSearchedForCyclesWithoutDeepRecursion() {
        int n = 50_000;
        List<Integer> nodes = new ArrayList<>();
        IntStream.range(0, n).map(i -> n - 1 - i).forEach(nodes::add);
        Function<Integer, List<Integer>> previous = i -> i == 0 ? List.of() : List.of(i - 1);
        List<Integer> sorted = Topological.sort(nodes, previous);
        assertThat(sorted.get(0)).isZero();
        assertThat(sorted.get(n - 1)).isEqualTo(n - 1);
        assertThat(Topological.cycles(nodes, previous)).isEmpty();

        Map<Integer, List<Integer>> ring = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ring.put(i, List.of((i + 1) % n));
        }
        List<Set<Integer>> cycles = Topological.cycles(nodes, ring::get);
        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0)).hasSize(n);
    }

    @Test
    void layersGroupNodesWhoseDependenciesAreAllInEarlierLayers() {
        Map<String, List<String>> deps = Map.of(
                "child1", List.of("root"), "child2", List.of("root"), "child3", List.of("root"),
                "subchild1", List.of("child2"), "subchild2", List.of("child2"), "root", List.of());
        List<String> nodes = List.of("subchild2", "child3", "root", "subchild1", "child1", "child2");
        assertThat(Topological.layers(nodes, deps::get)).containsExactly(
                List.of("root"), List.of("child3", "child1", "child2"), List.of("subchild2", "subchild1"));
    }

    @Test
    void layersRefuseACycle() {
        Map<String, List<String>> deps = Map.of("a", List.of("b"), "b", List.of("a"), "c", List.of());
        Topological.CycleException e = catchThrowableOfType(Topological.CycleException.class,
                () -> Topological.layers(List.of("a", "b", "c"), deps::get));
        assertThat(e.cycles()).containsExactly(Set.of("a", "b"));
    }
}
