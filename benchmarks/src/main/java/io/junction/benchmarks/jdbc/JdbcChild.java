package io.junction.benchmarks.jdbc;

/** A child row as hand-written code holds it: the plain object the ORMs' per-entity memory is compared with. */
final class JdbcChild {
    int id;
    int parentId;
    String name;

    JdbcChild(int id, int parentId, String name) {
        this.id = id;
        this.parentId = parentId;
        this.name = name;
    }
}
