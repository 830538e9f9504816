package io.junction.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's Markdown: per scenario, the median over rounds of each implementation's time, and
 * the median (min–max) of its same-round ratios to JDBC for wall time and for client CPU; the
 * bytes allocated per operation; and for W8 the retained bytes per entity.
 */
final class ReportTable {
    private static final int WALL = 0;
    private static final int CPU = 1;
    private static final int ALLOCATED = 2;
    private static final int RETAINED = 3;

    private final Map<Scenario, Map<String, List<long[]>>> results;
    private final int rounds;
    private final int warmup;
    private final int iterations;
    private final String url;

    ReportTable(Map<Scenario, Map<String, List<long[]>>> results, int rounds, int warmup, int iterations, String url) {
        this.results = results;
        this.rounds = rounds;
        this.warmup = warmup;
        this.iterations = iterations;
        this.url = url;
    }

    String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("Database: ").append(url.replaceAll("(?i)(password=)[^&;]*", "$1***")).append("; ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append("; ").append(Runtime.getRuntime().availableProcessors()).append(" cores; ")
                .append(rounds).append(" rounds, a fresh JVM per implementation and scenario, ")
                .append(warmup).append(" warm-up and ").append(iterations).append(" measured operations per JVM.\n");
        table.append("Times: median ms per operation. Ratios: median (min–max) over rounds of the same round's time / JDBC's;"
                + " a ratio whose range covers 1.00 shows no difference.\n\n");
        table.append("| workload | JDBC ms | Junction ms | Junction/JDBC time | Junction/JDBC CPU"
                + " | Hibernate ms | Hibernate/JDBC time | Hibernate/JDBC CPU | allocated per op: JDBC · Junction · Hibernate |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Scenario, Map<String, List<long[]>>> row : results.entrySet()) {
            Map<String, List<long[]>> cells = row.getValue();
            List<long[]> jdbc = cells.get("jdbc");
            table.append("| ").append(row.getKey().label())
                    .append(" | ").append(millis(jdbc))
                    .append(" | ").append(millis(cells.get("junction")))
                    .append(" | ").append(ratio(cells.get("junction"), jdbc, WALL))
                    .append(" | ").append(ratio(cells.get("junction"), jdbc, CPU))
                    .append(" | ").append(millis(cells.get("hibernate")))
                    .append(" | ").append(ratio(cells.get("hibernate"), jdbc, WALL))
                    .append(" | ").append(ratio(cells.get("hibernate"), jdbc, CPU))
                    .append(" | ").append(bytes(jdbc, ALLOCATED)).append(" · ").append(bytes(cells.get("junction"), ALLOCATED))
                    .append(" · ").append(bytes(cells.get("hibernate"), ALLOCATED))
                    .append(" |\n");
        }
        Map<String, List<long[]>> w8 = results.get(Scenario.W8);
        if (w8 != null) {
            table.append("\nW8 retained heap per loaded entity, session open (median over rounds; JDBC is the plain object in a list): ")
                    .append("JDBC ").append(retained(w8.get("jdbc")))
                    .append(", Junction ").append(retained(w8.get("junction")))
                    .append(", Hibernate ").append(retained(w8.get("hibernate"))).append(".\n");
        }
        return table.toString();
    }

    private static String millis(List<long[]> rounds) {
        return rounds == null ? "–" : String.format(Locale.ROOT, "%.3f", median(column(rounds, WALL)) / 1e6);
    }

    private static String ratio(List<long[]> rounds, List<long[]> baseline, int figure) {
        if (rounds == null || baseline == null) {
            return "–";
        }
        int n = Math.min(rounds.size(), baseline.size());
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) {
            ratios[i] = (double) rounds.get(i)[figure] / baseline.get(i)[figure];
        }
        Arrays.sort(ratios);
        return n == 1
                ? String.format(Locale.ROOT, "%.2f", ratios[0])
                : String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(ratios), ratios[0], ratios[n - 1]);
    }

    private static String bytes(List<long[]> rounds, int figure) {
        if (rounds == null) {
            return "–";
        }
        double value = median(column(rounds, figure));
        if (value >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", value / (1 << 20));
        }
        if (value >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KB", value / (1 << 10));
        }
        return String.format(Locale.ROOT, "%.0f B", value);
    }

    private static String retained(List<long[]> rounds) {
        return rounds == null ? "–" : String.format(Locale.ROOT, "%.0f B", median(column(rounds, RETAINED)));
    }

    private static double[] column(List<long[]> rounds, int figure) {
        List<Double> values = new ArrayList<>();
        for (long[] round : rounds) {
            values.add((double) round[figure]);
        }
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double median(double[] sorted) {
        double[] values = sorted.clone();
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
