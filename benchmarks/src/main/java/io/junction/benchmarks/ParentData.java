package io.junction.benchmarks;

import java.util.List;

/** A parent row and its children's rows, as every implementation hands them back. */
public record ParentData(int id, String name, List<ChildData> children) {
}
