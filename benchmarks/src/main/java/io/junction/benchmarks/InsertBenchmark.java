package io.junction.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Scenario 1: insert 100 parents with 10 children each in one transaction (the tables are emptied after each call, untimed). */
@State(Scope.Benchmark)
public class InsertBenchmark {
    @Param({"jdbc", "junction", "hibernate"})
    public String impl;

    private Database database;
    private Workload workload;

    @Setup(Level.Trial)
    public void setUp() {
        database = Database.fromSystemProperty();
        database.recreateSchema();
        workload = Workloads.create(impl, database);
    }

    @Benchmark
    public void insert() {
        workload.insert(100, 10);
    }

    @TearDown(Level.Invocation)
    public void empty() {
        database.deleteAll();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workload.close();
        database.dropSchema();
        database.close();
    }
}
