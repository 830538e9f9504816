package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.agent.testmodel.Parent;
import io.junction.agent.testmodel.Plain;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Installing the agent, and how it reports what it could not do. */
class JunctionAgentTest {

    @Test
    void isInstalledAndInstallIsIdempotent() {
        assertThat(JunctionAgent.isInstalled()).isTrue();
        JunctionAgent.install();
        JunctionAgent.install(InstallAgentFirst.PACKAGES);
        assertThat(JunctionAgent.isInstalled()).isTrue();
    }

    @Test
    void installWithPackagesTheRunningAgentLacksFails() {
        assertThatThrownBy(() -> JunctionAgent.install("com.example.model"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.example.model")
                .hasMessageContaining(InstallAgentFirst.PACKAGES);
    }

    @Test
    void aClassThatFailsToEnhanceIsRecordedWithItsCause() throws Exception {
        loadHiding();

        assertThat(JunctionAgent.failures())
                .anySatisfy(failure -> assertThat(failure)
                        .hasMessageContaining("io.junction.agent.testmodel.broken.Hiding")
                        .hasMessageContaining("hides the mapped field io.junction.agent.testmodel.broken.Root.name")
                        .hasCauseInstanceOf(IllegalStateException.class));
        assertThat(JunctionAgent.failures()).noneSatisfy(failure ->
                assertThat(failure.getMessage()).contains("testmodel.Parent"));
    }

    @Test
    void failureListenerPrintsAndRecords() {
        List<Throwable> failures = new ArrayList<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            new FailureListener(failures).onError("com.example.Broken", null, null, false,
                    new IllegalArgumentException("boom"));
        } finally {
            System.setErr(original);
        }

        assertThat(failures).singleElement().satisfies(failure -> assertThat(failure)
                .hasMessageContaining("com.example.Broken")
                .hasMessageContaining("boom")
                .hasCauseInstanceOf(IllegalArgumentException.class));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("[junction-agent] ERROR", "com.example.Broken", "boom");
    }

    @Test
    void loadedCandidatesWithoutMarkerAreFound() throws Exception {
        Class<?> hiding = loadHiding();
        Candidates candidates = new Candidates(List.of(InstallAgentFirst.PACKAGES));

        List<String> found = LoadedCandidates.unenhanced(
                new Class<?>[] {String.class, Parent.class, Plain.class, hiding, int[].class, Runnable.class},
                candidates);

        assertThat(found).containsExactly("io.junction.agent.testmodel.broken.Hiding");
    }

    /** Loads the class that fails to enhance, keeping the agent's report of it out of the build log. */
    private static Class<?> loadHiding() throws Exception {
        PrintStream original = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Class.forName("io.junction.agent.testmodel.broken.Hiding");
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void installAfterAMappedClassLoadedNamesItAndTheFix() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath, LateInstallMain.class.getName())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("forked JVM finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output)
                .contains("ERROR: ")
                .contains("io.junction.agent.testmodel.late.LateEntity")
                .contains("JunctionAgent.install()")
                .contains("-javaagent:agent/target/junction-agent.jar")
                .doesNotContain("INSTALLED WITHOUT ERROR");
        assertThat(classPath).contains(File.pathSeparator);
    }
}
