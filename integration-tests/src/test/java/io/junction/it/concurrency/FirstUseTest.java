package io.junction.it.concurrency;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several threads use fresh mappings for the first time at the same instant, round after round:
 * configuration must neither deadlock (the declarative base's static initializer declares its
 * association table, as the docs recommend) nor let a thread see a registry whose backrefs are not
 * linked yet. Each round loads the model classes with a new class loader, so every round meets
 * classes that are neither initialized nor configured.
 *
 * <p>Runs on H2 only: what is under test is configuration in memory, which happens before any SQL
 * and is the same whichever database follows; the database only stores the rows each thread
 * commits, so that the test also sees the mapping work end to end.
 */
class FirstUseTest {
    private static final int ROUNDS = 100;
    private static final int THREADS = 8;
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void classicalMappingsConfigureOnceFromManyThreads() throws Exception {
        runRounds("io.junction.it.concurrency.classical.ClassicalFirstUse");
    }

    @Test
    void declarativeBasesConfigureOnceFromManyThreads() throws Exception {
        runRounds("io.junction.it.concurrency.declarative.DeclarativeFirstUse");
    }

    private static void runRounds(String firstUseClass) throws Exception {
        Engine engine = Database.H2.quietEngine();
        engine.createAll(Tables.METADATA);
        List<String> failedRounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            FirstUse model = FreshLoader.firstUse(firstUseClass);
            int firstId = round * THREADS + 1;
            try {
                List<Throwable> failures = Together.run(THREADS, ROUND_TIMEOUT, i -> model.use(engine, firstId + i));
                if (!failures.isEmpty()) {
                    failedRounds.add("round " + round + ": " + failures.size() + " of " + THREADS + " threads failed, first: "
                            + failures.get(0));
                }
            } catch (AssertionError hung) {
                throw new AssertionError("round " + round + " of " + ROUNDS + " hung after " + failedRounds.size()
                        + " failed rounds: " + hung.getMessage());
            }
        }
        assertThat(failedRounds).as("rounds where a thread failed").isEmpty();
        assertThat(count(engine, "child WHERE child.parent_id = child.id")).isEqualTo(ROUNDS * THREADS);
        assertThat(count(engine, "parent_tag WHERE parent_tag.parent_id = parent_tag.tag_id")).isEqualTo(ROUNDS * THREADS);
    }

    private static int count(Engine engine, String fromWhere) throws SQLException {
        try (Connection connection = engine.connect(); var statement = connection.jdbc().createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + fromWhere)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
