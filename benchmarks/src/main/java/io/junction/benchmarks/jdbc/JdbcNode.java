package io.junction.benchmarks.jdbc;

import java.util.ArrayList;
import java.util.List;

/** A tree node as hand-written code holds it. */
final class JdbcNode {
    final int id;
    final String name;
    final List<JdbcNode> children = new ArrayList<>();

    JdbcNode(int id, String name) {
        this.id = id;
        this.name = name;
    }
}
