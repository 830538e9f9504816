package io.junction.benchmarks;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the JMH benchmarks (each scenario × implementation in its own fork, with the Junction agent)
 * and prints, per scenario, the time of each implementation and the ratios Junction/JDBC and
 * Hibernate/JDBC.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--url JDBC_URL] [--include REGEX] [--warmup N] [--iterations N]
 *      [--time SECONDS] [--forks N] [--quick] [--impl A,B] [--jvm-arg ARG]... [--out FILE]
 * </pre>
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String url = Database.DEFAULT_URL;
        String include = "io\\.junction\\.benchmarks\\..*Benchmark\\..*";
        int warmup = 10;
        int iterations = 5;
        int seconds = 1;
        int forks = 1;
        String out = null;
        String[] impls = null;
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--include" -> include = args[++i];
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--time" -> seconds = Integer.parseInt(args[++i]);
                case "--forks" -> forks = Integer.parseInt(args[++i]);
                case "--quick" -> {
                    warmup = 2;
                    iterations = 2;
                }
                case "--jvm-arg" -> jvmArgs.add(args[++i]);
                case "--out" -> out = args[++i];
                case "--impl" -> impls = args[++i].split(",");
                case "-h", "--help" -> {
                    System.out.println("java -jar benchmarks/target/benchmarks.jar [--url JDBC_URL] [--include REGEX]"
                            + " [--warmup N] [--iterations N] [--time SECONDS] [--forks N] [--quick] [--impl A,B] [--jvm-arg ARG]... [--out FILE]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (try --help)");
            }
        }
        Path agent = findAgent();
        List<String> forkArgs = new ArrayList<>(List.of(
                "-javaagent:" + agent,
                "-D" + Database.URL_PROPERTY + "=" + url,
                "-Xms1g", "-Xmx1g"));
        forkArgs.addAll(jvmArgs);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .forks(forks)
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .shouldFailOnError(true)
                .jvmArgsAppend(forkArgs.toArray(new String[0]));
        if (impls != null) {
            options.param("impl", impls);
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        String table = table(results, url);
        System.out.println();
        System.out.print(table);
        if (out != null) {
            Files.writeString(Path.of(out), table);
        }
    }

    /** The agent jar: {@code -Djunction.agent=...}, else next to the reactor's build of this jar, else in the current directory's {@code agent/target}. */
    static Path findAgent() {
        String given = System.getProperty("junction.agent");
        if (given != null) {
            return existing(Path.of(given).toAbsolutePath());
        }
        List<Path> candidates = new ArrayList<>();
        try {
            File jar = new File(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.isFile() ? jar.toPath().getParent() : jar.toPath();
            candidates.add(dir.resolve("junction-agent.jar"));
            candidates.add(dir.resolve("../../agent/target/junction-agent.jar"));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        candidates.add(Path.of("agent/target/junction-agent.jar"));
        candidates.add(Path.of("../agent/target/junction-agent.jar"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find the Junction agent jar (looked at " + candidates
                + "); build it (mvn -DskipTests package) or pass -Djunction.agent=/path/to/junction-agent.jar");
    }

    private static Path existing(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("-Djunction.agent=" + path + " is not a file");
        }
        return path;
    }

    private record Cell(double score, double error) {
    }

    /** A Markdown table: one row per scenario (and loading strategy), times in ms/op and ratios to JDBC. */
    static String table(Collection<RunResult> results, String url) {
        Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
        Map<String, Cell> baselines = new LinkedHashMap<>();
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> a.getParams().getBenchmark().compareTo(b.getParams().getBenchmark()));
        for (RunResult result : sorted) {
            String benchmark = result.getParams().getBenchmark();
            String impl = result.getParams().getParam("impl");
            Result<?> primary = result.getPrimaryResult();
            Cell cell = new Cell(primary.getScore(), primary.getScoreError());
            int dash = impl.indexOf('-');
            String orm = dash < 0 ? impl : impl.substring(0, dash);
            String variant = dash < 0 ? null : impl.substring(dash + 1);
            if (orm.equals("jdbc")) {
                baselines.put(benchmark, cell);
                rows.computeIfAbsent(label(benchmark, null), k -> new LinkedHashMap<>()).put("jdbc", cell);
                continue;
            }
            rows.computeIfAbsent(label(benchmark, variant), k -> new LinkedHashMap<>()).put(orm, cell);
            rows.get(label(benchmark, variant)).putIfAbsent("baseline:" + benchmark, null);
        }
        List<String> labels = new ArrayList<>(rows.keySet());
        labels.sort(Comparator.comparing(Report::scenarioOrder));
        StringBuilder table = new StringBuilder();
        table.append("Database: ").append(redact(url)).append("; ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append("; ").append(Runtime.getRuntime().availableProcessors()).append(" cores; ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        table.append("Times are ms per operation (mean ± 99.9% error); ratios < 1 are faster than hand-written JDBC.\n\n");
        table.append("| scenario | JDBC ms | Junction ms | Junction/JDBC | Hibernate ms | Hibernate/JDBC |\n");
        table.append("|---|---:|---:|---:|---:|---:|\n");
        for (String label : labels) {
            Map.Entry<String, Map<String, Cell>> row = Map.entry(label, rows.get(label));
            Map<String, Cell> cells = row.getValue();
            if (cells.size() == 1 && cells.containsKey("jdbc")) {
                // a baseline alone is printed with the rows that compare against it
                if (rows.keySet().stream().noneMatch(k -> !k.equals(row.getKey()) && k.startsWith(row.getKey()))) {
                    table.append("| ").append(row.getKey()).append(" | ").append(time(cells.get("jdbc")))
                            .append(" | | | | |\n");
                }
                continue;
            }
            Cell jdbc = cells.get("jdbc");
            if (jdbc == null) {
                for (String key : cells.keySet()) {
                    if (key.startsWith("baseline:")) {
                        jdbc = baselines.get(key.substring("baseline:".length()));
                    }
                }
            }
            Cell junction = cells.get("junction");
            Cell hibernate = cells.get("hibernate");
            table.append("| ").append(row.getKey())
                    .append(" | ").append(time(jdbc))
                    .append(" | ").append(time(junction))
                    .append(" | ").append(ratio(junction, jdbc))
                    .append(" | ").append(time(hibernate))
                    .append(" | ").append(ratio(hibernate, jdbc))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** Rows in scenario order: "1.", "2.", ..., "4b.", then anything unnamed. */
    private static String scenarioOrder(String label) {
        int dot = label.indexOf(". ");
        String number = dot > 0 && dot < 4 ? label.substring(0, dot) : "9";
        return number.length() == 1 ? number + " " : number;   // a stable sort keeps the run's order within a scenario
    }

    private static String label(String benchmark, String variant) {
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
        type = type.substring(type.lastIndexOf('.') + 1);
        String base = switch (type + "." + method) {
            case "InsertBenchmark.insert" -> "1. insert 100 parents + 1,000 children, one transaction";
            case "LoadBenchmark.load" -> "2. load 100 parents + their 1,000 children";
            case "UpdateBenchmark.update" -> "3. load 1,000 rows, update one column each, commit";
            case "GetBenchmark.freshSession" -> "4. get by primary key x1,000, fresh session each";
            case "GetBenchmark.oneSession" -> "4b. get by primary key x1,000, one session";
            default -> type + "." + method;
        };
        if (variant == null) {
            return base;
        }
        String how = switch (variant) {
            case "lazy" -> "lazy (1 + 100 SELECTs)";
            case "selectin" -> "SELECTIN / batch fetch (2 SELECTs)";
            case "joined" -> "JOINED / join fetch (1 SELECT)";
            default -> variant;
        };
        return base + ", " + how;
    }

    private static String time(Cell cell) {
        return cell == null ? "–" : String.format(Locale.ROOT, "%.3f ± %.3f", cell.score(), cell.error());
    }

    private static String ratio(Cell cell, Cell baseline) {
        return cell == null || baseline == null ? "–" : String.format(Locale.ROOT, "%.2f", cell.score() / baseline.score());
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** For the README: how the table looks, printed to {@code out}. */
    static void print(PrintStream out, Collection<RunResult> results, String url) {
        out.print(table(results, url));
    }
}
