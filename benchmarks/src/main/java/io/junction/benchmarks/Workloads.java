package io.junction.benchmarks;

import io.junction.benchmarks.hibernate.HibernateWorkload;
import io.junction.benchmarks.jdbc.JdbcWorkload;
import io.junction.benchmarks.junction.JunctionWorkload;

/**
 * Makes the workload a JMH parameter names: {@code jdbc}, {@code junction} or {@code hibernate},
 * optionally followed by {@code -lazy}, {@code -selectin} or {@code -joined}, the way the load
 * scenario reads the children (ignored by the other scenarios and by JDBC, which always joins).
 */
public final class Workloads {

    private Workloads() {
    }

    public static Workload create(String name, Database database) {
        int dash = name.indexOf('-');
        String implementation = dash < 0 ? name : name.substring(0, dash);
        Fetch fetch = dash < 0 ? Fetch.LAZY : Fetch.valueOf(name.substring(dash + 1).toUpperCase(java.util.Locale.ROOT));
        return switch (implementation) {
            case "jdbc" -> new JdbcWorkload(database);
            case "junction" -> new JunctionWorkload(database, fetch);
            case "hibernate" -> new HibernateWorkload(database, fetch);
            default -> throw new IllegalArgumentException("no workload named " + name);
        };
    }
}
