package io.junction.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;

/**
 * Scenario 2: load the 100 parents and all their 1,000 children, in a fresh session, reading every
 * child. JDBC always uses one LEFT OUTER JOIN; the ORMs are measured lazily (1 + 100 SELECTs),
 * with a second IN-list SELECT, and with one joined SELECT.
 */
@State(Scope.Benchmark)
public class LoadBenchmark {
    @Param({"jdbc", "junction-lazy", "junction-selectin", "junction-joined",
            "hibernate-lazy", "hibernate-selectin", "hibernate-joined"})
    public String impl;

    private Database database;
    private Workload workload;

    @Setup(Level.Trial)
    public void setUp() {
        database = Database.fromSystemProperty();
        database.recreateSchema();
        database.seed(100, 10);
        workload = Workloads.create(impl, database);
    }

    @Benchmark
    public List<ParentData> load() {
        return workload.loadAll();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workload.close();
        database.dropSchema();
        database.close();
    }
}
