package io.junction.it.concurrency;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntConsumer;

/**
 * Runs one task in several threads released at the same instant, and waits for them with a
 * deadline: a thread still running then is reported with a dump of every thread of the run, so
 * a deadlock fails the test instead of hanging the build.
 */
final class Together {

    private Together() {
    }

    /** The failures of {@code task(0..threads-1)}, each run in its own thread; throws when one is still running at {@code timeout}. */
    static List<Throwable> run(int threads, Duration timeout, IntConsumer task) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Throwable> failures = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    task.accept(index);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "first-use-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread worker : workers) {
            worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (worker.isAlive()) {
                throw new AssertionError("threads still running after " + timeout.toMillis() + " ms (deadlock?):\n"
                        + dump(workers));
            }
        }
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    private static String dump(List<Thread> workers) {
        long[] ids = workers.stream().mapToLong(Thread::getId).toArray();
        StringBuilder out = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().getThreadInfo(ids, true, true)) {
            if (info == null) {
                continue;
            }
            out.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
            if (info.getLockName() != null) {
                out.append(" on ").append(info.getLockName());
            }
            if (info.getLockOwnerName() != null) {
                out.append(" owned by \"").append(info.getLockOwnerName()).append('"');
            }
            out.append('\n');
            for (StackTraceElement frame : info.getStackTrace()) {
                out.append("    at ").append(frame).append('\n');
            }
        }
        return out.toString();
    }
}
