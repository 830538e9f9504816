package io.junction.benchmarks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three implementations of each workload do the same thing: the same rows written, the same
 * objects read. Correctness only; the timing is the report's business (see README.md). Runs on
 * embedded H2, with the Junction agent, on smaller data than the report.
 */
class WorkloadsAgreeTest {
    private static Database database;
    private static final Map<String, Workload> workloads = new LinkedHashMap<>();

    @BeforeAll
    static void open() {
        database = Database.open("jdbc:h2:mem:workloads-agree;DB_CLOSE_DELAY=-1");
        database.recreateSchema();
        for (String name : Implementations.NAMES) {
            workloads.put(name, Implementations.create(name, database));
        }
    }

    @AfterAll
    static void close() {
        workloads.values().forEach(Workload::close);
        database.dropSchema();
        database.close();
    }

    @Test
    void insertWritesTheSameRows() {
        Map<String, List<String>> expected = new TreeMap<>();
        for (int p = 0; p < 100; p++) {
            List<String> children = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                children.add(Workload.childName(p, c));
            }
            children.sort(null);
            expected.put(Workload.parentName(p), children);
        }
        for (Map.Entry<String, Workload> workload : workloads.entrySet()) {
            database.recreateSchema();
            workload.getValue().insert(100, 10);
            assertThat(database.contents()).as(workload.getKey()).isEqualTo(expected);
            workload.getValue().insert(2, 1);
            assertThat(database.childNames()).as(workload.getKey() + ", a second run adds rows with new keys").hasSize(1_002);
        }
    }

    @Test
    void everyLoadingStrategyReadsTheSameObjects() {
        database.recreateSchema();
        database.seed(100, 10);
        long expected = workloads.get("jdbc").loadParents(Fetch.JOINED);
        for (Map.Entry<String, Workload> workload : workloads.entrySet()) {
            for (Fetch fetch : Fetch.values()) {
                assertThat(workload.getValue().loadParents(fetch)).as(workload.getKey() + " " + fetch).isEqualTo(expected);
            }
        }
    }

    @Test
    void updateChangesTheSameRows() {
        for (Map.Entry<String, Workload> workload : workloads.entrySet()) {
            database.recreateSchema();
            database.seed(100, 10);
            Map<Integer, String> expected = new LinkedHashMap<>(database.childNames());
            expected.replaceAll((id, name) -> id % 100 == 0 ? "n-" + id : name);
            assertThat(workload.getValue().renameEveryHundredth("n-")).as(workload.getKey()).isEqualTo(10);
            assertThat(database.childNames()).as(workload.getKey()).isEqualTo(expected);
            assertThat(workload.getValue().renameEveryHundredth("n-")).as(workload.getKey() + ", nothing left to change").isZero();
        }
    }

    @Test
    void loadedChildrenAreFoundByKey() {
        database.recreateSchema();
        database.seed(100, 10);
        Integer[] ids = database.childNames().keySet().toArray(Integer[]::new);
        long expected = database.childNames().keySet().stream().mapToLong(Integer::longValue).sum();
        for (Map.Entry<String, Workload> workload : workloads.entrySet()) {
            try (Loaded loaded = workload.getValue().loadChildren()) {
                assertThat(loaded.size()).as(workload.getKey()).isEqualTo(1_000);
                assertThat(loaded.get(ids)).as(workload.getKey()).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyImplementationWalksTheSameTree() {
        database.recreateSchema();
        database.seedTree(4, 5);
        long expected = workloads.get("jdbc").loadTree();
        assertThat(expected).isNotZero();
        for (Map.Entry<String, Workload> workload : workloads.entrySet()) {
            assertThat(workload.getValue().loadTree()).as(workload.getKey()).isEqualTo(expected);
        }
    }
}
