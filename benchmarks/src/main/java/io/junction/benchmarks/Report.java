package io.junction.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every (implementation, scenario) in a fresh JVM ({@link Fork}), in an order that rotates
 * from round to round, and prints a Markdown table of the medians of same-round ratios to JDBC.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--url JDBC_URL] [--rounds N] [--warmup N] [--iterations N] [--quick]
 *      [--scenarios W1,W2A,...] [--impl jdbc,junction,hibernate] [--jvm-arg ARG]... [--out FILE]
 * </pre>
 */
public final class Report {
    private static final String USAGE = "java -jar benchmarks/target/benchmarks.jar [--url JDBC_URL] [--rounds N]"
            + " [--warmup N] [--iterations N] [--quick] [--scenarios W1,W2A,W2B,W2C,W4,W8,GET,TREE]"
            + " [--impl jdbc,junction,hibernate] [--jvm-arg ARG]... [--out FILE]";

    private Report() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String url = Database.DEFAULT_URL;
        int rounds = 3;
        int warmup = 10;
        int iterations = 10;
        List<Scenario> scenarios = List.of(Scenario.values());
        List<String> implementations = Implementations.NAMES;
        List<String> jvmArgs = new ArrayList<>();
        String out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--quick" -> {
                    rounds = 1;
                    warmup = 2;
                    iterations = 3;
                }
                case "--scenarios" -> scenarios = Arrays.stream(args[++i].split(",")).map(Scenario::valueOf).toList();
                case "--impl" -> implementations = List.of(args[++i].split(","));
                case "--jvm-arg" -> jvmArgs.add(args[++i]);
                case "--out" -> out = args[++i];
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (try --help)");
            }
        }
        if (!implementations.contains("jdbc")) {
            throw new IllegalArgumentException("--impl must include jdbc, the baseline of every ratio");
        }
        Path jar = ownJar();
        Path agent = findAgent();
        Map<Scenario, Map<String, List<long[]>>> results = new EnumMap<>(Scenario.class);
        for (int round = 0; round < rounds; round++) {
            for (Scenario scenario : scenarios) {
                for (int k = 0; k < implementations.size(); k++) {
                    String implementation = implementations.get((k + round) % implementations.size());
                    List<String> command = new ArrayList<>();
                    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                    if (implementation.equals("junction")) {
                        command.add("-javaagent:" + agent);
                    }
                    command.addAll(List.of("-Xms2g", "-Xmx2g"));
                    command.addAll(jvmArgs);
                    command.addAll(List.of("-cp", jar.toString(), Fork.class.getName(), implementation, scenario.name(),
                            url, String.valueOf(warmup), String.valueOf(iterations)));
                    System.err.printf("round %d/%d: %s %s%n", round + 1, rounds, scenario, implementation);
                    long[] figures = run(command);
                    results.computeIfAbsent(scenario, s -> new LinkedHashMap<>())
                            .computeIfAbsent(implementation, i -> new ArrayList<>()).add(figures);
                }
            }
        }
        String table = new ReportTable(results, rounds, warmup, iterations, url).markdown();
        System.out.println();
        System.out.print(table);
        if (out != null) {
            Files.writeString(Path.of(out), table);
        }
    }

    /** Runs one fork; its RESULT line's figures: wall ns, CPU ns, allocated bytes, retained bytes per entity. */
    private static long[] run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long[] figures = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(Fork.RESULT + "\t")) {
                    String[] fields = line.split("\t");
                    figures = new long[] {Long.parseLong(fields[3]), Long.parseLong(fields[4]),
                            Long.parseLong(fields[5]), Long.parseLong(fields[6])};
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || figures == null) {
            throw new IllegalStateException("fork failed (exit " + exit + "): " + String.join(" ", command) + "\n" + output);
        }
        return figures;
    }

    private static Path ownJar() {
        try {
            return Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The agent jar: {@code -Djunction.agent=...}, else next to the reactor's build of this jar, else in the current directory's {@code agent/target}. */
    static Path findAgent() {
        String given = System.getProperty("junction.agent");
        if (given != null) {
            Path path = Path.of(given).toAbsolutePath();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("-Djunction.agent=" + path + " is not a file");
            }
            return path;
        }
        List<Path> candidates = new ArrayList<>();
        File jar = ownJar().toFile();
        Path dir = jar.isFile() ? jar.toPath().getParent() : jar.toPath();
        candidates.add(dir.resolve("junction-agent.jar"));
        candidates.add(dir.resolve("../../agent/target/junction-agent.jar"));
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
}
