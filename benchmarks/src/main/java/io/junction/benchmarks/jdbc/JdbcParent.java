package io.junction.benchmarks.jdbc;

import java.util.ArrayList;
import java.util.List;

/** A parent row as hand-written code holds it. */
final class JdbcParent {
    int id;
    final String name;
    final List<JdbcChild> children = new ArrayList<>();

    JdbcParent(int id, String name) {
        this.id = id;
        this.name = name;
    }
}
