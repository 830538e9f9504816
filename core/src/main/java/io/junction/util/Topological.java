package io.junction.util;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
     * Orders {@code nodes} so that each node comes after every node it depends on. The order is
     * stable: of the nodes whose dependencies are all placed, the one given first is placed next,
     * so a node moves back only as far as its dependencies require, and nodes without
     * dependencies between them keep the order they were given in.
     *
     * @param nodes        the nodes, in their preferred order (a node given twice counts once, at its first place)
     * @param dependencies for a node, the nodes that must come before it (nodes outside {@code nodes} are ignored)
     * @return the sorted nodes
     * @throws CycleException when the dependencies contain a cycle; it carries the nodes of every cycle
     */
    public static <T> List<T> sort(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
        Graph<T> graph = Graph.of(nodes, dependencies);
        List<T> byPosition = graph.byPosition;
        int[] waiting = graph.waiting;
        List<List<Integer>> dependents = graph.dependents;
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < waiting.length; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<T> sorted = new ArrayList<>(byPosition.size());
        while (!ready.isEmpty()) {
            int next = ready.poll();
            sorted.add(byPosition.get(next));
            for (int dependent : dependents.get(next)) {
                if (--waiting[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (sorted.size() < byPosition.size()) {
            throw new CycleException(new Tarjan<>(graph.before, graph.position).run());
        }
        return sorted;
    }

    /**
     * Groups the nodes into layers: the first holds every node without dependencies, each next
     * one every node whose dependencies all lie in earlier layers. Nodes of one layer do not
     * depend on each other, so they may run together; within a layer they keep the given order.
     *
     * @throws CycleException when the dependencies contain a cycle
     */
    public static <T> List<List<T>> layers(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
        Graph<T> graph = Graph.of(nodes, dependencies);
        List<T> byPosition = graph.byPosition;
        int[] waiting = graph.waiting;
        List<List<Integer>> dependents = graph.dependents;
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < waiting.length; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<List<T>> layers = new ArrayList<>();
        int placed = 0;
        while (!ready.isEmpty()) {
            java.util.Collections.sort(ready);
            List<T> layer = new ArrayList<>(ready.size());
            List<Integer> next = new ArrayList<>();
            for (int node : ready) {
                layer.add(byPosition.get(node));
                for (int dependent : dependents.get(node)) {
                    if (--waiting[dependent] == 0) {
                        next.add(dependent);
                    }
                }
            }
            placed += layer.size();
            layers.add(layer);
            ready = next;
        }
        if (placed < byPosition.size()) {
            throw new CycleException(new Tarjan<>(graph.before, graph.position).run());
        }
        return layers;
    }

    /**
     * Finds the strongly connected components that are cycles (more than one node, or a node
     * that depends on itself). Components come in the order of their first node in {@code nodes},
     * and the nodes of each component in their order in {@code nodes}.
     */
    public static <T> List<Set<T>> cycles(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
        Map<T, Set<T>> before = edges(nodes, dependencies);
        return new Tarjan<>(before, positions(before)).run();
    }

    /** The nodes by position, how many dependencies each still waits for, and each one's dependents. */
    private static final class Graph<T> {
        final Map<T, Set<T>> before;
        final Map<T, Integer> position;
        final List<T> byPosition;
        final int[] waiting;
        final List<List<Integer>> dependents;

        private Graph(Map<T, Set<T>> before) {
            this.before = before;
            this.position = positions(before);
            this.byPosition = new ArrayList<>(before.keySet());
            this.waiting = new int[byPosition.size()];
            this.dependents = new ArrayList<>(byPosition.size());
            for (int i = 0; i < byPosition.size(); i++) {
                dependents.add(new ArrayList<>(2));
            }
            for (Map.Entry<T, Set<T>> entry : before.entrySet()) {
                int node = position.get(entry.getKey());
                for (T dep : entry.getValue()) {
                    waiting[node]++;
                    dependents.get(position.get(dep)).add(node);
                }
            }
        }

        static <T> Graph<T> of(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
            return new Graph<>(edges(nodes, dependencies));
        }
    }

    private static <T> Map<T, Integer> positions(Map<T, Set<T>> graph) {
        Map<T, Integer> position = new HashMap<>();
        for (T node : graph.keySet()) {
            position.put(node, position.size());
        }
        return position;
    }

    private static <T> Map<T, Set<T>> edges(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
        Map<T, Set<T>> before = new LinkedHashMap<>();
        for (T node : nodes) {
            before.putIfAbsent(node, new LinkedHashSet<>());
        }
        for (Map.Entry<T, Set<T>> entry : before.entrySet()) {
            Collection<T> deps = dependencies.apply(entry.getKey());
            if (deps != null) {
                for (T dep : deps) {
                    if (before.containsKey(dep)) {
                        entry.getValue().add(dep);
                    }
                }
            }
        }
        return before;
    }

    /** Thrown by {@link #sort} when the graph has a cycle. */
    public static final class CycleException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Set<?>> cycles;

        CycleException(List<? extends Set<?>> cycles) {
            super("dependency cycle between " + cycles);
            this.cycles = List.copyOf(cycles);
        }

        /** The node sets that form cycles, as {@link Topological#cycles} finds them. */
        public List<Set<?>> cycles() {
            return cycles;
        }
    }

    /** Tarjan's strongly connected components, iterative so that long dependency chains cannot overflow the stack. */
    private static final class Tarjan<T> {
        private final Map<T, Set<T>> graph;
        private final Map<T, Integer> position;
        private final Map<T, Integer> index = new HashMap<>();
        private final Map<T, Integer> low = new HashMap<>();
        private final Deque<T> stack = new ArrayDeque<>();
        private final Set<T> onStack = new HashSet<>();
        private final List<Set<T>> result = new ArrayList<>();
        private int counter;

        Tarjan(Map<T, Set<T>> graph, Map<T, Integer> position) {
            this.graph = graph;
            this.position = position;
        }

        List<Set<T>> run() {
            for (T node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    connect(node);
                }
            }
            result.sort(Comparator.comparingInt(component -> position.get(component.iterator().next())));
            return result;
        }

        private void visit(T node, Deque<Map.Entry<T, Iterator<T>>> work) {
            index.put(node, counter);
            low.put(node, counter);
            counter++;
            stack.push(node);
            onStack.add(node);
            work.push(Map.entry(node, graph.get(node).iterator()));
        }

        private void connect(T root) {
            Deque<Map.Entry<T, Iterator<T>>> work = new ArrayDeque<>();
            visit(root, work);
            while (!work.isEmpty()) {
                Map.Entry<T, Iterator<T>> frame = work.peek();
                T node = frame.getKey();
                Iterator<T> next = frame.getValue();
                if (next.hasNext()) {
                    T dep = next.next();
                    if (!index.containsKey(dep)) {
                        visit(dep, work);
                    } else if (onStack.contains(dep)) {
                        low.put(node, Math.min(low.get(node), index.get(dep)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    T parent = work.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    List<T> members = new ArrayList<>();
                    T member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        members.add(member);
                    } while (!member.equals(node));
                    if (members.size() > 1 || graph.get(node).contains(node)) {
                        members.sort(Comparator.comparingInt(position::get));
                        result.add(new LinkedHashSet<>(members));
                    }
                }
            }
        }
    }
}
