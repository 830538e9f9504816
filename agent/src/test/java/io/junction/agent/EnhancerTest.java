package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enhancement at build time: a directory of compiled classes enhanced in place, then loaded from a
 * fresh class loader. This JVM runs the agent too (see {@link InstallAgentFirst}); it must leave
 * those classes as they are.
 */
class EnhancerTest {

    private static final String MODEL = "io.junction.agent.testmodel.";
    private static final List<String> PACKAGES = List.of(InstallAgentFirst.PACKAGES);

    @TempDir
    Path temp;

    @Test
    void enhancesMappedClassesAndRewritesTheirAccessorsOnly() throws Exception {
        Path classes = EnhancedCopy.testClasses(EnhancedCopy.compiledTestClasses(), temp.resolve("classes"));

        List<String> changed = ClassDirectoryEnhancer.enhance(classes, List.of(), PACKAGES);

        assertThat(changed).contains(MODEL + "Parent", MODEL + "Child", MODEL + "Dog", MODEL + "Holder",
                        MODEL + "Outsider", MODEL + "Parent$Renamer", MODEL + "packaged.Gadget",
                        MODEL + "declarative.Node", MODEL + "scope.Teller")
                .doesNotContain(MODEL + "Plain", MODEL + "scope.Ledger", "io.junction.orm.attribute.Bridge",
                        "io.junction.agent.AgentJarMain",
                        "io.junction.declarative.DeclarativeBase", "io.junction.agent.InstallAgentFirst");
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        Path classes = EnhancedCopy.testClasses(EnhancedCopy.compiledTestClasses(), temp.resolve("classes"));
        assertThat(ClassDirectoryEnhancer.enhance(classes, List.of(), PACKAGES)).isNotEmpty();
        Map<Path, String> first = contents(classes);

        assertThat(ClassDirectoryEnhancer.enhance(classes, List.of(), PACKAGES)).isEmpty();
        assertThat(contents(classes)).isEqualTo(first);
    }

    @Test
    void enhancedClassesRunThroughBridgeOnceWhenTheAgentRunsToo() throws Exception {
        Path classes = EnhancedCopy.testClasses(EnhancedCopy.compiledTestClasses(), temp.resolve("classes"));
        ClassDirectoryEnhancer.enhance(classes, List.of(), PACKAGES);

        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> parentType = loader.loadClass(MODEL + "Parent");
            Class<?> outsider = loader.loadClass(MODEL + "Outsider");
            Class<?> bridge = loader.loadClass("io.junction.orm.attribute.Bridge");
            Object parent = parentType.getConstructor().newInstance();
            bridge.getMethod("reset").invoke(null);

            outsider.getMethod("writeName", parentType, String.class).invoke(null, parent, "q");
            Object read = outsider.getMethod("readName", parentType).invoke(null, parent);

            assertThat(read).isEqualTo("q");
            Method callsOn = bridge.getMethod("callsOn", Object.class);
            assertThat(callsOn.invoke(null, parent).toString())
                    .isEqualTo("[Call[kind=write, self=" + parent + ", field=name, oldValue=null, newValue=q],"
                            + " Call[kind=read, self=" + parent + ", field=name, oldValue=null, newValue=null]]");
            assertThat(parentType.getInterfaces()).extracting(Class::getName)
                    .containsExactly("io.junction.orm.attribute.Enhanced");
        }
        assertThat(JunctionAgent.failures()).isEmpty();
    }

    @Test
    void aMappedFieldThatHidesAnotherFailsNamingTheClass() throws Exception {
        Path compiled = EnhancedCopy.compiledTestClasses();
        Path classes = temp.resolve("broken");
        Path broken = classes.resolve(EnhancedCopy.BROKEN);
        Files.createDirectories(broken);
        for (String name : List.of("Root.class", "Hiding.class")) {
            Files.copy(compiled.resolve(EnhancedCopy.BROKEN).resolve(name), broken.resolve(name));
        }

        assertThatThrownBy(() -> ClassDirectoryEnhancer.enhance(classes, List.of(compiled), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Junction could not enhance io.junction.agent.testmodel.broken.Hiding")
                .hasMessageContaining("hides the mapped field io.junction.agent.testmodel.broken.Root.name");
    }

    @Test
    void aClassFileIsEnhancedOnce() throws Exception {
        Path compiled = EnhancedCopy.compiledTestClasses();
        byte[] plain = Files.readAllBytes(compiled.resolve("io/junction/agent/testmodel/late/LateEntity.class"));
        try (Enhancer enhancer = new Enhancer(List.of(compiled), List.of())) {
            byte[] enhanced = enhancer.enhance(plain);

            assertThat(enhanced).isNotNull();
            assertThat(ClassFileScan.of(enhanced).enhanced()).isTrue();
            assertThat(ClassFileScan.of(plain).enhanced()).isFalse();
            assertThat(enhancer.enhance(enhanced)).as("never twice").isNull();
        }
    }

    @Test
    void aFileThatIsNoClassFileIsRefused() {
        try (Enhancer enhancer = new Enhancer(List.of(), List.of())) {
            assertThatThrownBy(() -> enhancer.enhance(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not a class file");
        }
    }

    private static Map<Path, String> contents(Path classes) throws Exception {
        Map<Path, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(classes.relativize(file), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return contents;
    }
}
