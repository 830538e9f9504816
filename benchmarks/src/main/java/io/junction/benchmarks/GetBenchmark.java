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
 * Scenario 4: get 1,000 children by primary key, each from a fresh session ({@code freshSession}),
 * and all in one session ({@code oneSession}: each get misses the identity map and selects).
 */
@State(Scope.Benchmark)
public class GetBenchmark {
    @Param({"jdbc", "junction", "hibernate"})
    public String impl;

    private Database database;
    private Workload workload;
    private int[] ids;

    @Setup(Level.Trial)
    public void setUp() {
        database = Database.fromSystemProperty();
        database.recreateSchema();
        database.seed(100, 10);
        ids = database.childIds();
        workload = Workloads.create(impl, database);
    }

    @Benchmark
    public List<ChildData> freshSession() {
        return workload.getEachInFreshSession(ids);
    }

    @Benchmark
    public List<ChildData> oneSession() {
        return workload.getAllInOneSession(ids);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workload.close();
        database.dropSchema();
        database.close();
    }
}
