package io.junction.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;

/**
 * Junction's Java agent: enhances mapped classes as they load (see {@link EnhancementPlugin}),
 * handing Byte Buddy only the classes a scan of their constant pool finds concerned (see
 * {@link ScopeFilter}).
 * Start it with {@code -javaagent:junction-agent.jar[=com.example.model,...]}, where the
 * optional argument names packages whose classes are enhanced too, or call
 * {@link #install()} before any model class loads. A class that fails to enhance is
 * printed to {@code System.err} and kept in {@link #failures()}.
 */
public final class JunctionAgent {

    private static final String JAVAAGENT_HINT = "-javaagent:agent/target/junction-agent.jar";
    private static final List<Throwable> FAILURES = new CopyOnWriteArrayList<>();

    private static Candidates installed;
    private static String installError;

    private JunctionAgent() {
    }

    /** Entry point of {@code -javaagent}; {@code arguments} are packages to enhance, comma-separated. */
    public static void premain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation);
    }

    /** Entry point of an attach after start-up; same arguments as {@link #premain}. */
    public static void agentmain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation);
    }

    /** Installs the agent into the running JVM (self-attach), if it is not installed yet. */
    public static void install() {
        install("");
    }

    /**
     * Installs the agent into the running JVM (self-attach), also enhancing the classes of
     * the given comma-separated packages. A second call does nothing, unless it names
     * packages the first did not.
     *
     * @throws IllegalStateException if a class to enhance was loaded before the agent, or
     *                               the agent runs already without some of these packages
     */
    public static synchronized void install(String packages) {
        if (installed == null) {
            start(packages, ByteBuddyAgent.install());
            return;
        }
        List<String> wanted = Candidates.parsePackages(packages);
        if (!installed.packages().containsAll(wanted)) {
            throw new IllegalStateException("Junction's agent runs already, for packages " + installed.packages()
                    + "; it cannot add " + wanted + ". Name all model packages in the first install(...) or in "
                    + JAVAAGENT_HINT + "=" + String.join(",", wanted));
        }
        if (installError != null) {
            throw new IllegalStateException(installError);
        }
    }

    /** Whether the agent runs in this JVM. */
    public static synchronized boolean isInstalled() {
        return installed != null;
    }

    /** The classes that failed to enhance so far, each as an exception naming the class, with the cause. */
    public static List<Throwable> failures() {
        return List.copyOf(FAILURES);
    }

    /** Byte Buddy's transformer that enhances the classes {@link ScopeFilter} hands on. */
    private static ClassFileTransformer enhancement(EnhancementPlugin plugin) {
        return new AgentBuilder.Default(new ByteBuddy()
                        .with(TypeValidation.DISABLED)
                        .with(Implementation.Context.Disabled.Factory.INSTANCE))
                .with(new TypePoolCaches())
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.RedefinitionStrategy.DISABLED)
                .with(new FailureListener(FAILURES))
                .ignore((type, loader, module, redefined, domain) -> loader == null || plugin.candidates().isIgnored(type.getName()))
                .type(plugin)
                .transform(new EnhancingTransformer(plugin))
                .makeRaw();
    }

    private static synchronized void start(String arguments, Instrumentation instrumentation) {
        if (installed != null) {
            return;
        }
        EnhancementPlugin plugin = new EnhancementPlugin(Candidates.parsePackages(arguments));
        instrumentation.addTransformer(new ScopeFilter(plugin.candidates(), () -> enhancement(plugin)));
        installed = plugin.candidates();

        List<String> early = LoadedCandidates.unenhanced(instrumentation.getAllLoadedClasses(), installed);
        if (!early.isEmpty()) {
            installError = "These classes were loaded before Junction's agent started, so they are not enhanced: "
                    + String.join(", ", early) + ". Call JunctionAgent.install() before the model classes load"
                    + " (e.g. first thing in main or in a test's static initializer), or start the JVM with "
                    + JAVAAGENT_HINT + (installed.packages().isEmpty() ? "" : "=" + String.join(",", installed.packages()))
                    + ".";
            throw new IllegalStateException(installError);
        }
    }
}
