package io.junction.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Scenario 3: load 1,000 rows, change one column of each, flush and commit (the load is part of the call). */
@State(Scope.Benchmark)
public class UpdateBenchmark {
    @Param({"jdbc", "junction", "hibernate"})
    public String impl;

    private Database database;
    private Workload workload;
    private long round;

    @Setup(Level.Trial)
    public void setUp() {
        database = Database.fromSystemProperty();
        database.recreateSchema();
        database.seed(100, 10);
        workload = Workloads.create(impl, database);
    }

    @Benchmark
    public int update() {
        return workload.renameChildren("r" + (round++) + "-");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workload.close();
        database.dropSchema();
        database.close();
    }
}
