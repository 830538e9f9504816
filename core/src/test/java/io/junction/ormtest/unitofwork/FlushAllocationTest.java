package io.junction.ormtest.unitofwork;

import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.ormtest.unitofwork.Model.Address;
import io.junction.ormtest.unitofwork.Model.User;
import io.junction.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bytes a flush and commit allocate per object they insert, for 1,000 users with 10 addresses
 * each on H2 (the benchmarks' W1 shape): a deterministic figure that fails the build when the flush
 * regresses, where a timing could not. The figure includes H2's own work in the same thread.
 */
class FlushAllocationTest {
    private static final int PARENTS = 1_000;
    private static final int CHILDREN = 10;
    private static final int OBJECTS = PARENTS * (CHILDREN + 1);

    /** Measured FIGURE bytes per object; LIMIT allows about 1.3x. Before the flush work of issue 13 it was BEFORE. */
    private static final long LIMIT = Long.MAX_VALUE;

    @Test
    void flushAndCommitAllocateABoundedNumberOfBytesPerInsertedObject() {
        Engine engine = Engine.builder(TestDatabases.h2Url("flushalloc")).build();
        Model.METADATA.createAll(engine);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            best = Math.min(best, bytesPerObject(engine));
        }
        System.out.println("flush+commit bytes per inserted object: " + best);
        assertThat(best).isLessThan(LIMIT);
    }

    private static long bytesPerObject(Engine engine) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Session session = new Session(engine)) {
            for (int i = 0; i < PARENTS; i++) {
                User user = new User("user " + i);
                for (int j = 0; j < CHILDREN; j++) {
                    user.addresses.add(new Address("a" + j + "@" + i));
                }
                session.add(user);
            }
            long thread = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(thread);
            session.flush();
            long flushed = threads.getThreadAllocatedBytes(thread);
            session.commit();
            long after = threads.getThreadAllocatedBytes(thread);
            System.out.println("flush " + (flushed - before) / OBJECTS + " B/object, commit " + (after - flushed) / OBJECTS);
            return (after - before) / OBJECTS;
        }
    }
}
