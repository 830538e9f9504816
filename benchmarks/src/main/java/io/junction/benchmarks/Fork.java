package io.junction.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * One measured JVM: one implementation, one scenario. Seeds a fresh schema, runs the operation
 * {@code warmup} times unmeasured and {@code iterations} times measured, and prints one
 * {@code RESULT} line with the medians per operation of wall time, the measuring thread's CPU time
 * and its allocated bytes; for W8 also the retained heap per loaded entity.
 *
 * <pre>
 * java [-javaagent:junction-agent.jar] -cp benchmarks.jar io.junction.benchmarks.Fork IMPL SCENARIO URL WARMUP ITERATIONS
 * </pre>
 */
public final class Fork {
    static final String RESULT = "RESULT";

    private Fork() {
    }

    public static void main(String[] args) throws InterruptedException {
        String implementation = args[0];
        Scenario scenario = Scenario.valueOf(args[1]);
        String url = args[2];
        int warmup = Integer.parseInt(args[3]);
        int iterations = Integer.parseInt(args[4]);
        long[] sink = new long[1];
        long[] wall = new long[iterations];
        long[] cpu = new long[iterations];
        long[] allocated = new long[iterations];
        long retained = -1;
        try (Database database = Database.open(url)) {
            database.recreateSchema();
            scenario.seed(database);
            try (Workload workload = Implementations.create(implementation, database);
                 Scenario.Operation operation = scenario.operation(workload, database)) {
                for (int i = 0; i < warmup; i++) {
                    sink[0] += operation.run();
                    operation.after();
                }
                for (int i = 0; i < iterations; i++) {
                    Measurement measurement = Measurement.of(operation, sink);
                    operation.after();
                    wall[i] = measurement.wallNanos();
                    cpu[i] = measurement.cpuNanos();
                    allocated[i] = measurement.allocatedBytes();
                }
                if (scenario == Scenario.W8) {
                    retained = retainedPerEntity(workload);
                }
            }
            database.dropSchema();
        }
        System.out.println(String.format(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d", RESULT, implementation, scenario,
                median(wall), median(cpu), median(allocated), retained, sink[0]));
    }

    /** Heap in use with the loaded children held, minus before, per child; after full collections. */
    static long retainedPerEntity(Workload workload) throws InterruptedException {
        long before = usedAfterGc();
        try (Loaded loaded = workload.loadChildren()) {
            long after = usedAfterGc();
            return (after - before) / loaded.size();
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
