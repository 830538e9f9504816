package io.junction.ormtest.session;

import com.sun.management.ThreadMXBean;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.identity.IdentityMap;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.session.Session;
import io.junction.ormtest.session.Model.User;
import io.junction.ormtest.support.OrmDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity keys compare by their normalised values, and finding a loaded object by a key it holds
 * allocates nothing. Allocation is counted by {@link ThreadMXBean#getCurrentThreadAllocatedBytes}
 * over many operations, so the figures are deterministic.
 */
class IdentityKeyAllocationTest {
    private static final int OPERATIONS = 10_000;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private OrmDatabase db;
    private Mapper users;
    private EntityKey made;

    @BeforeEach
    void edAndWendy() {
        db = OrmDatabase.fresh(Model.METADATA);
        db.execute(Model.edAndWendy());
        users = Model.REGISTRY.mapper(User.class);
    }

    @Test
    void anIntegerKeyGivenAsALongIsTheSameKey() {
        EntityKey asInteger = EntityKey.of(users, 1);
        EntityKey asLong = EntityKey.of(users, 1L);

        assertThat(asLong).isEqualTo(asInteger).hasSameHashCodeAs(asInteger);
        assertThat(asLong.values()).containsExactly(1);
        assertThat(asLong).hasToString("User[1]");
        assertThat(EntityKey.of(users, 2L)).isNotEqualTo(asInteger);
    }

    @Test
    void findingAHeldKeyAllocatesNothing() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            IdentityMap map = new IdentityMap();
            map.add(InstanceState.of(ed));
            EntityKey key = EntityKey.of(users, 1L);

            long perLookup = allocatedPerOperation(() -> {
                if (map.get(key) == null || map.present(key) == null) {
                    throw new AssertionError("the key is held");
                }
            });

            assertThat(perLookup).isZero();
        }
    }

    @Test
    void sessionGetOfAHeldObjectAllocatesNothingAndSendsNoSql() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            assertThat(InstanceState.of(ed).hasUnloaded()).as("its addresses are not loaded yet").isTrue();
            db.log().clear();

            long perGet = allocatedPerOperation(() -> {
                if (session.get(User.class, 1) != ed || session.get(User.class, 1L) != ed) {
                    throw new AssertionError("ed is held");
                }
            });

            assertThat(perGet).isZero();
            assertThat(db.log().kinds()).isEmpty();
        }
    }

    @Test
    void sessionGetRefreshesAHeldObjectWhoseColumnsExpired() {
        try (Session session = db.session()) {
            User ed = session.get(User.class, 1);
            session.expire(ed);
            db.log().clear();

            assertThat(session.get(User.class, 1)).isSameAs(ed);

            assertThat(db.log().kinds()).containsExactly("SELECT users");
        }
    }

    @Test
    void aOneColumnKeyIsOneSmallObject() {
        Object[] primaryKey = {1L};

        long perKey = allocatedPerOperation(() -> made = EntityKey.of(users, primaryKey));

        assertThat(perKey).as("one object: 24 bytes with compressed pointers, 40 without").isLessThanOrEqualTo(40);
        assertThat(made).isEqualTo(EntityKey.of(users, 1));
    }

    /** Bytes allocated per run of {@code operation}, after a warm-up so that the compiled code is measured. */
    private static long allocatedPerOperation(Runnable operation) {
        for (int i = 0; i < OPERATIONS; i++) {
            operation.run();
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < OPERATIONS; i++) {
            operation.run();
        }
        return (THREADS.getCurrentThreadAllocatedBytes() - before) / OPERATIONS;
    }
}
