package io.junction.benchmarks;

import java.lang.management.ManagementFactory;

/** Wall time, CPU time and bytes allocated by the current thread, across one operation. */
final class Measurement {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long wallNanos;
    private final long cpuNanos;
    private final long allocatedBytes;

    private Measurement(long wallNanos, long cpuNanos, long allocatedBytes) {
        this.wallNanos = wallNanos;
        this.cpuNanos = cpuNanos;
        this.allocatedBytes = allocatedBytes;
    }

    /** Runs {@code operation} once and measures it; its result goes to {@code sink}. */
    static Measurement of(Scenario.Operation operation, long[] sink) {
        long thread = Thread.currentThread().getId();
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        sink[0] += operation.run();
        long wallNanos = System.nanoTime() - wall;
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        return new Measurement(wallNanos, cpuNanos, THREADS.getThreadAllocatedBytes(thread) - allocated);
    }

    /** Bytes the current thread allocated so far. */
    static long threadAllocatedBytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    long wallNanos() {
        return wallNanos;
    }

    long cpuNanos() {
        return cpuNanos;
    }

    long allocatedBytes() {
        return allocatedBytes;
    }
}
