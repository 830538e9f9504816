package io.junction.benchmarks;

/** A child row, as every implementation hands it back. */
public record ChildData(int id, Integer parentId, String name) {
}
