package io.junction.util;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Topological ordering of a directed graph, stable with respect to the order in which the
 * nodes are given, with detection of the nodes that take part in cycles.
 */
public final class Topological {

    private Topological() {
    }

    /**
     * Orders {@code nodes} so that each node comes after every node it depends on.
     *
     * @param nodes        the nodes, in their preferred order
     * @param dependencies for a node, the nodes that must come before it (nodes outside {@code nodes} are ignored)
     * @return the sorted nodes
     * @throws CycleException when the dependencies contain a cycle; it carries the nodes of every cycle
     */
    public static <T> List<T> sort(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
        Map<T, Set<T>> before = edges(nodes, dependencies);
        List<T> sorted = new ArrayList<>(nodes.size());
        Set<T> done = new LinkedHashSet<>();
        boolean progress = true;
        while (progress && done.size() < before.size()) {
            progress = false;
            for (Map.Entry<T, Set<T>> entry : before.entrySet()) {
                T node = entry.getKey();
                if (!done.contains(node) && done.containsAll(entry.getValue())) {
                    done.add(node);
                    sorted.add(node);
                    progress = true;
                }
            }
        }
        if (sorted.size() < before.size()) {
            throw new CycleException(cycles(nodes, dependencies));
        }
        return sorted;
    }

    /**
     * Finds the strongly connected components that are cycles (more than one node, or a node
     * that depends on itself), in the order of their first node.
     */
    public static <T> List<Set<T>> cycles(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
        Map<T, Set<T>> before = edges(nodes, dependencies);
        return new Tarjan<>(before).run();
    }

    private static <T> Map<T, Set<T>> edges(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
        Map<T, Set<T>> before = new LinkedHashMap<>();
        for (T node : nodes) {
            before.put(node, new LinkedHashSet<>());
        }
        for (T node : nodes) {
            Collection<T> deps = dependencies.apply(node);
            if (deps != null) {
                for (T dep : deps) {
                    if (before.containsKey(dep)) {
                        before.get(node).add(dep);
                    }
                }
            }
        }
        return before;
    }

    /** Thrown by {@link #sort} when the graph has a cycle. */
    public static final class CycleException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<? extends Set<?>> cycles;

        CycleException(List<? extends Set<?>> cycles) {
            super("dependency cycle between " + cycles);
            this.cycles = List.copyOf(cycles);
        }

        /** The node sets that form cycles. */
        public List<? extends Set<?>> cycles() {
            return cycles;
        }
    }

    private static final class Tarjan<T> {
        private final Map<T, Set<T>> graph;
        private final Map<T, Integer> index = new LinkedHashMap<>();
        private final Map<T, Integer> low = new LinkedHashMap<>();
        private final Deque<T> stack = new ArrayDeque<>();
        private final Set<T> onStack = new LinkedHashSet<>();
        private final List<Set<T>> result = new ArrayList<>();
        private int counter;

        Tarjan(Map<T, Set<T>> graph) {
            this.graph = graph;
        }

        List<Set<T>> run() {
            for (T node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    connect(node);
                }
            }
            return result;
        }

        private void connect(T node) {
            index.put(node, counter);
            low.put(node, counter);
            counter++;
            stack.push(node);
            onStack.add(node);
            for (T next : graph.get(node)) {
                if (!index.containsKey(next)) {
                    connect(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<T> component = new LinkedHashSet<>();
                T member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1 || graph.get(node).contains(node)) {
                    result.add(component);
                }
            }
        }
    }
}
