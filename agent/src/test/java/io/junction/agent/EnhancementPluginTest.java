package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.orm.attribute.Bridge;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.loading.ByteArrayClassLoader;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin on its own, as build-time enhancement would run it: on class files, nothing loaded. */
class EnhancementPluginTest {

    private static final String LATE = "io.junction.agent.testmodel.late.LateEntity";

    private final EnhancementPlugin plugin = new EnhancementPlugin();

    @AfterEach
    void resetBridge() {
        Bridge.reset();
    }

    @Test
    void enhancesAClassFileAndNeverTwice() throws Exception {
        byte[] enhanced = enhance(LATE, ClassFileLocator.ForClassLoader.ofSystemLoader());
        TypeDescription description = describe(LATE, enhanced);

        assertThat(Candidates.isEnhanced(description)).isTrue();
        assertThat(plugin.matches(description)).as("an enhanced class is not enhanced again").isFalse();
        assertThat(description.getInterfaces().asErasures().stream().map(TypeDescription::getName))
                .containsExactly("io.junction.orm.attribute.Enhanced");
        assertThat(description.getDeclaredMethods().stream().map(method -> method.getName()))
                .contains("$$junction_state", "$$junction_read_name", "$$junction_write_name");

        ClassFileLocator enhancedLocator = new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(LATE, enhanced), ClassFileLocator.ForClassLoader.ofSystemLoader());
        byte[] again = plugin.apply(new ByteBuddy().decorate(description, enhancedLocator), description,
                enhancedLocator).make().getBytes();
        Object entity = newInstance(again);
        entity.getClass().getMethod("$$junction_write_name", String.class).invoke(entity, "twice");
        assertThat(entity.getClass().getMethod("$$junction_read_name").invoke(entity))
                .as("the accessors still reach the field itself, not themselves").isEqualTo("twice");
        assertThat(Bridge.callsOn(entity)).hasSize(2);
    }

    @Test
    void enhancedClassFileRunsThroughBridge() throws Exception {
        byte[] enhanced = enhance(LATE, ClassFileLocator.ForClassLoader.ofSystemLoader());
        Object entity = newInstance(enhanced);
        Class<?> type = entity.getClass();
        assertThat(type.getClassLoader()).isNotSameAs(getClass().getClassLoader());
        Method writer = type.getMethod("$$junction_write_name", String.class);
        Method reader = type.getMethod("$$junction_read_name");
        writer.invoke(entity, "late");
        Object read = reader.invoke(entity);

        assertThat(read).isEqualTo("late");
        assertThat(Bridge.callsOn(entity)).extracting(Bridge.Call::kind, Bridge.Call::field, Bridge.Call::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("write", "name", "late"),
                        org.assertj.core.groups.Tuple.tuple("read", "name", null));
    }

    @Test
    void rewritesFieldAccessInOtherClassesThroughTheGivenClassFiles() {
        String outsider = new String(enhance("io.junction.agent.testmodel.Outsider",
                ClassFileLocator.ForClassLoader.ofSystemLoader()), StandardCharsets.ISO_8859_1);
        String plain = new String(enhance("io.junction.agent.testmodel.Plain",
                ClassFileLocator.ForClassLoader.ofSystemLoader()), StandardCharsets.ISO_8859_1);

        assertThat(outsider).contains("$$junction_read_name", "$$junction_write_name", "$$junction_write_children")
                .doesNotContain("$$junction_read_scratch", "$$junction_enhanced", "$$junction_read_label");
        assertThat(plain).doesNotContain("$$junction");
    }

    @Test
    void ignoredClassesAreNotMatched() {
        TypePool pool = TypePool.Default.ofSystemLoader();
        for (String name : List.of("java.lang.String", "io.junction.agent.JunctionAgent",
                "io.junction.orm.attribute.Bridge")) {
            assertThat(plugin.matches(pool.describe(name).resolve())).as(name).isFalse();
        }
        assertThat(plugin.matches(pool.describe("io.junction.agent.testmodel.Plain").resolve())).isTrue();
    }

    /** Defines the class file in a throw-away loader (the agent leaves it alone: it carries the marker). */
    private Object newInstance(byte[] classFile) throws Exception {
        ClassLoader loader = new ByteArrayClassLoader.ChildFirst(getClass().getClassLoader(), Map.of(LATE, classFile));
        return Class.forName(LATE, true, loader).getConstructor().newInstance();
    }

    private byte[] enhance(String name, ClassFileLocator locator) {
        TypeDescription type = TypePool.Default.of(locator).describe(name).resolve();
        assertThat(plugin.matches(type)).isTrue();
        return plugin.apply(new ByteBuddy().decorate(type, locator), type, locator).make().getBytes();
    }

    private static TypeDescription describe(String name, byte[] bytes) {
        return TypePool.Default.of(new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(name, bytes), ClassFileLocator.ForClassLoader.ofSystemLoader()))
                .describe(name).resolve();
    }
}
