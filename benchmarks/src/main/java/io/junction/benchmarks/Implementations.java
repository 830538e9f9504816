package io.junction.benchmarks;

import io.junction.benchmarks.hibernate.HibernateWorkload;
import io.junction.benchmarks.jdbc.JdbcWorkload;
import io.junction.benchmarks.junction.JunctionWorkload;

import java.util.List;

/** The implementations by name: {@code jdbc}, {@code junction}, {@code hibernate}. */
public final class Implementations {
    public static final List<String> NAMES = List.of("jdbc", "junction", "hibernate");

    private Implementations() {
    }

    public static Workload create(String name, Database database) {
        return switch (name) {
            case "jdbc" -> new JdbcWorkload(database);
            case "junction" -> new JunctionWorkload(database);
            case "hibernate" -> new HibernateWorkload(database);
            default -> throw new IllegalArgumentException("no implementation named " + name);
        };
    }
}
