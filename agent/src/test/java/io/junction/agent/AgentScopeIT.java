package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.bytebuddy.ByteBuddy;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How many classes the packaged agent scans and hands to Byte Buddy when a JVM loads a large
 * library it does not ignore (ArchUnit, with its shaded Guava and ASM) and one it ignores (the
 * application's own, unrelocated Byte Buddy): it scans the first library's classes and not the
 * second's, and hands on only the mapped class and the class that writes its field.
 */
class AgentScopeIT {

    private static final Path JAR = Path.of(System.getProperty("junction.agent.jar", "target/junction-agent.jar"));
    private static final Path TEST_CLASSES = Path.of(System.getProperty("junction.test.classes", "target/test-classes"));

    @Test
    void onlyMappedClassesAndTheirAccessorsAreEnhanced() throws Exception {
        String output = run(jarOf(ArchConfiguration.class), jarOf(ByteBuddy.class));

        assertThat(lines(output, "[junction-agent] enhancing ")).containsExactly(
                "io.junction.agent.testmodel.scope.Teller", "io.junction.agent.testmodel.scope.Account");
        assertThat(output).contains("ledger=5", "account=2 calls, balance 5");
        int classes = number(output, "library classes=(\\d+)");
        int loaded = number(output, "library classes=\\d+ loaded=(\\d+)");
        int scanned = number(output, "\\[junction-agent] scanned (\\d+) classes");
        assertThat(loaded).isGreaterThan(1000);
        assertThat(number(output, "ignored library classes loaded=(\\d+)")).isGreaterThan(1000);
        assertThat(scanned).as("ArchUnit's classes and the three model classes").isBetween(loaded + 3, classes + 3);
        assertThat(number(output, "\\[junction-agent] scanned \\d+ classes, enhanced (\\d+)")).isEqualTo(2);
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
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

    private static String run(String library, String ignoredLibrary) throws Exception {
        assertThat(JAR).exists();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + JAR, "-D" + ScopeFilter.DEBUG_PROPERTY + "=true",
                "-cp", String.join(File.pathSeparator, TEST_CLASSES.toString(), library, ignoredLibrary),
                AgentScopeMain.class.getName(), library, ignoredLibrary)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("forked JVM finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
