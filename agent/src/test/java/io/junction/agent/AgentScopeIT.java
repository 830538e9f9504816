package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How many classes the packaged agent hands to Byte Buddy when a JVM loads a large library it
 * does not ignore (ArchUnit, with its shaded Guava and ASM): only the mapped class and the class
 * that writes its field, though every library class is scanned.
 */
class AgentScopeIT {

    private static final Path JAR = Path.of(System.getProperty("junction.agent.jar", "target/junction-agent.jar"));
    private static final Path TEST_CLASSES = Path.of(System.getProperty("junction.test.classes", "target/test-classes"));

    @Test
    void onlyMappedClassesAndTheirAccessorsAreEnhanced() throws Exception {
        String library = Path.of(ArchConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String output = run(library);

        assertThat(lines(output, "[junction-agent] enhancing ")).containsExactly(
                "io.junction.agent.testmodel.scope.Teller", "io.junction.agent.testmodel.scope.Account");
        assertThat(output).contains("ledger=5", "account=2 calls, balance 5");
        int loaded = number(output, "library classes loaded=(\\d+)");
        Matcher summary = Pattern.compile("\\[junction-agent] scanned (\\d+) classes, enhanced (\\d+)").matcher(output);
        assertThat(summary.find()).as(output).isTrue();
        assertThat(loaded).isGreaterThan(1000);
        assertThat(Integer.parseInt(summary.group(1))).isGreaterThanOrEqualTo(loaded + 3);
        assertThat(Integer.parseInt(summary.group(2))).isEqualTo(2);
    }

    private static List<String> lines(String output, String prefix) {
        return output.lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .toList();
    }

    private static int number(String output, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String run(String library) throws Exception {
        assertThat(JAR).exists();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + JAR, "-D" + ScopeFilter.DEBUG_PROPERTY + "=true",
                "-cp", TEST_CLASSES + File.pathSeparator + library,
                AgentScopeMain.class.getName(), library)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("forked JVM finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
