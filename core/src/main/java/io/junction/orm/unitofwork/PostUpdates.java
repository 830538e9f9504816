package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.schema.Column;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The post-update work of one flush, by the mapper whose rows hold the foreign keys: the
 * post-update relationships that write them, and the rows those relationships have marked, each
 * with the set of its columns to write. A row's columns from several relationships (or from both
 * sides of a backref) are written once, by one UPDATE.
 */
final class PostUpdates {
    private final Map<Mapper, Set<DependencyProcessor>> writers = new HashMap<>();
    private final Map<Mapper, Map<InstanceState, Set<Column>>> rows = new HashMap<>();

    void addWriter(Mapper holder, DependencyProcessor processor) {
        writers.computeIfAbsent(holder, m -> new LinkedHashSet<>()).add(processor);
    }

    Set<DependencyProcessor> writers(Mapper holder) {
        return writers.getOrDefault(holder, Set.of());
    }

    void clearWriters() {
        writers.clear();
    }

    /** Marks {@code columns} of {@code holder}'s row to be written by the next post-update of its mapper. */
    void mark(InstanceState holder, Collection<Column> columns) {
        if (!columns.isEmpty()) {
            rows.computeIfAbsent(Mapper.of(holder), m -> new IdentityHashMap<>())
                    .computeIfAbsent(holder, s -> new HashSet<>()).addAll(columns);
        }
    }

    /** The rows of {@code holder} marked so far, which are no longer marked. */
    Map<InstanceState, Set<Column>> take(Mapper holder) {
        Map<InstanceState, Set<Column>> taken = rows.remove(holder);
        return taken != null ? taken : Map.of();
    }
}
