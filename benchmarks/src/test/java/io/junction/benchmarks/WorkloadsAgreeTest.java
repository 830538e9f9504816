package io.junction.benchmarks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three implementations of each scenario do the same thing: the same rows written, the same
 * objects read. Correctness only; the timing is the JMH suite's business (see README.md). Runs on
 * embedded H2, with the Junction agent.
 */
class WorkloadsAgreeTest {
    private static final List<String> IMPLEMENTATIONS = List.of("jdbc", "junction", "hibernate");
    private static final List<String> LOADERS = List.of("jdbc", "junction-lazy", "junction-selectin", "junction-joined",
            "hibernate-lazy", "hibernate-selectin", "hibernate-joined");

    private static Database database;
    private static final Map<String, Workload> workloads = new LinkedHashMap<>();

    @BeforeAll
    static void open() {
        database = Database.open("jdbc:h2:mem:workloads-agree;DB_CLOSE_DELAY=-1");
        database.recreateSchema();
        for (String name : LOADERS) {
            workloads.put(name, Workloads.create(name, database));
        }
        workloads.put("junction", workloads.get("junction-lazy"));
        workloads.put("hibernate", workloads.get("hibernate-lazy"));
    }

    @AfterAll
    static void close() {
        for (String name : LOADERS) {
            workloads.get(name).close();
        }
        database.dropSchema();
        database.close();
    }

    @Test
    void insertWritesTheSameRows() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (int p = 0; p < 100; p++) {
            List<String> children = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                children.add(Workload.childName(p, c));
            }
            children.sort(Comparator.naturalOrder());
            expected.put(Workload.parentName(p), children);
        }
        Map<String, List<String>> sortedExpected = new LinkedHashMap<>();
        expected.keySet().stream().sorted().forEach(k -> sortedExpected.put(k, expected.get(k)));
        for (String name : IMPLEMENTATIONS) {
            database.recreateSchema();
            workloads.get(name).insert(100, 10);
            assertThat(database.contents()).as(name).isEqualTo(sortedExpected);
            assertThat(database.children()).as(name).hasSize(1_000).allSatisfy(child -> assertThat(child.parentId()).isNotNull());
            // a second run in the same tables adds a second set of rows, with new keys
            workloads.get(name).insert(2, 1);
            assertThat(database.children()).as(name).hasSize(1_002);
        }
    }

    @Test
    void everyLoadingStrategyReadsTheSameObjects() {
        database.recreateSchema();
        database.seed(100, 10);
        List<ParentData> expected = normalized(workloads.get("jdbc").loadAll());
        assertThat(expected).hasSize(100).allSatisfy(parent -> assertThat(parent.children()).hasSize(10));
        for (String name : LOADERS) {
            assertThat(normalized(workloads.get(name).loadAll())).as(name).isEqualTo(expected);
        }
    }

    @Test
    void updateChangesTheSameRows() {
        for (String name : IMPLEMENTATIONS) {
            database.recreateSchema();
            database.seed(100, 10);
            List<ChildData> before = database.children();
            assertThat(workloads.get(name).renameChildren("n-")).as(name).isEqualTo(1_000);
            List<ChildData> after = database.children();
            assertThat(after).as(name).hasSize(1_000);
            for (int i = 0; i < after.size(); i++) {
                ChildData old = before.get(i);
                assertThat(after.get(i)).as(name).isEqualTo(new ChildData(old.id(), old.parentId(), "n-" + old.id()));
            }
            assertThat(workloads.get(name).renameChildren("n-")).as(name + ", nothing left to change").isZero();
        }
    }

    @Test
    void getReturnsTheSameRows() {
        database.recreateSchema();
        database.seed(100, 10);
        int[] ids = database.childIds();
        int[] some = Arrays.copyOf(Arrays.copyOfRange(ids, 0, 50), 51);
        some[50] = ids[ids.length - 1] + 1_000;   // no such row
        List<ChildData> expected = workloads.get("jdbc").getEachInFreshSession(some);
        assertThat(expected).hasSize(51).last().isNull();
        assertThat(expected.get(0)).isEqualTo(database.children().get(0));
        for (String name : IMPLEMENTATIONS) {
            assertThat(workloads.get(name).getEachInFreshSession(some)).as(name + ", fresh sessions").isEqualTo(expected);
            assertThat(workloads.get(name).getAllInOneSession(some)).as(name + ", one session").isEqualTo(expected);
        }
    }

    private static List<ParentData> normalized(List<ParentData> parents) {
        List<ParentData> result = new ArrayList<>();
        for (ParentData parent : parents) {
            List<ChildData> children = new ArrayList<>(parent.children());
            children.sort(Comparator.comparingInt(ChildData::id));
            result.add(new ParentData(parent.id(), parent.name(), children));
        }
        return result;
    }
}
