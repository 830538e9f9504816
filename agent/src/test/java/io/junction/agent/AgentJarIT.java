package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged agent jar: its manifest, its relocated Byte Buddy, and both ways of starting it. */
class AgentJarIT {

    private static final Path JAR = Path.of(System.getProperty("junction.agent.jar", "target/junction-agent.jar"));
    private static final Path TEST_CLASSES = Path.of(System.getProperty("junction.test.classes", "target/test-classes"));

    @Test
    void manifestDeclaresTheAgent() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes attributes = jar.getManifest().getMainAttributes();
            assertThat(attributes.getValue("Premain-Class")).isEqualTo(JunctionAgent.class.getName());
            assertThat(attributes.getValue("Agent-Class")).isEqualTo(JunctionAgent.class.getName());
            assertThat(attributes.getValue("Can-Redefine-Classes")).isEqualTo("true");
            assertThat(attributes.getValue("Can-Retransform-Classes")).isEqualTo("true");
        }
    }

    @Test
    void byteBuddyIsShadedAndRelocated() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("io/junction/agent/shaded/bytebuddy/ByteBuddy.class")).isNotNull();
            assertThat(jar.getEntry("io/junction/agent/shaded/bytebuddy/agent/ByteBuddyAgent.class")).isNotNull();
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.startsWith("net/bytebuddy/"));
        }
    }

    @Test
    void javaagentEnhancesAtStartUp() throws Exception {
        String output = run(List.of("-javaagent:" + JAR + "=" + InstallAgentFirst.PACKAGES),
                TEST_CLASSES.toString(), AgentJarMain.class.getName(), "premain");

        assertEnhanced(output);
    }

    @Test
    void installSelfAttachesFromTheClassPath() throws Exception {
        String output = run(List.of(), JAR + File.pathSeparator + TEST_CLASSES,
                AgentJarMain.class.getName(), "install");

        assertEnhanced(output);
    }

    @Test
    void installAfterAMappedClassLoadedFails() throws Exception {
        String output = run(List.of(), JAR + File.pathSeparator + TEST_CLASSES, LateInstallMain.class.getName());

        assertThat(output).contains("ERROR: These classes were loaded before Junction's agent started",
                "io.junction.agent.testmodel.late.LateEntity", "-javaagent:agent/target/junction-agent.jar");
    }

    @Test
    void classesEnhancedAtBuildTimeRunWithoutTheAgent(@TempDir Path temp) throws Exception {
        Path classes = enhancedAtBuildTime(temp);

        String output = run(List.of(), classes + File.pathSeparator + JAR, AgentJarMain.class.getName(), "none");

        assertThat(output).contains("installed=false");
        assertCallsReachBridge(output);
    }

    @Test
    void theAgentLeavesClassesEnhancedAtBuildTimeAlone(@TempDir Path temp) throws Exception {
        Path classes = enhancedAtBuildTime(temp);

        String output = run(List.of("-javaagent:" + JAR + "=" + InstallAgentFirst.PACKAGES,
                        "-D" + ScopeFilter.DEBUG_PROPERTY + "=true"),
                classes.toString(), AgentJarMain.class.getName(), "premain");

        assertEnhanced(output);
        assertThat(output).contains("[junction-agent] scanned ")
                .doesNotContain("[junction-agent] enhancing io.junction.agent.testmodel.Parent\n",
                        "[junction-agent] enhancing io.junction.agent.testmodel.Child",
                        "[junction-agent] enhancing io.junction.agent.testmodel.packaged.Gadget");
    }

    /** A copy of the test classes, enhanced as junction-maven-plugin does (with the packages the agent gets). */
    private static Path enhancedAtBuildTime(Path temp) throws IOException {
        Path classes = EnhancedCopy.testClasses(TEST_CLASSES, temp.resolve("classes"));
        assertThat(ClassDirectoryEnhancer.enhance(classes, List.of(), List.of(InstallAgentFirst.PACKAGES)))
                .contains("io.junction.agent.testmodel.Parent", "io.junction.agent.testmodel.packaged.Gadget");
        return classes;
    }

    private static void assertEnhanced(String output) {
        assertThat(output).contains("installed=true");
        assertCallsReachBridge(output);
    }

    private static void assertCallsReachBridge(String output) {
        assertThat(output).contains(
                "parent=write:children=[],write:tags=[],write:name=p,write:name=q",
                "gadget=write:label=g,write:size=3",
                "failures=[]",
                "agentClass=" + JAR.toFile().toURI(),
                "unrelocated byte buddy absent");
    }

    private static String run(List<String> jvmOptions, String classPath, String... mainAndArguments)
            throws Exception {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.addAll(List.of(mainAndArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("forked JVM finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.exists(JAR)).isTrue();
        return output;
    }
}
