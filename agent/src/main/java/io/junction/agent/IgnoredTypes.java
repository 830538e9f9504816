package io.junction.agent;

import java.util.List;

/**
 * The classes the agent never looks at: the JDK, the libraries Junction, its tests and its
 * benchmarks run on, widely used libraries an application brings (each class the agent looks at
 * costs a parse when it loads), the proxies libraries generate, and Junction's own runtime. Model classes elsewhere under
 * {@code io.junction} (tests, docs) are not ignored.
 */
final class IgnoredTypes {

    /**
     * The application's own Byte Buddy (Hibernate's, say), spelled in parts: the shade plugin
     * rewrites a literal naming {@code net.bytebuddy} into the agent's relocated package.
     */
    private static final String BYTE_BUDDY = String.join(".", "net", "bytebuddy", "");

    private static final List<String> PREFIXES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.",
            BYTE_BUDDY,
            "org.junit.", "org.opentest4j.", "org.apiguardian.", "org.assertj.",
            "org.h2.", "org.postgresql.", "org.slf4j.", "org.apache.", "org.objenesis.",
            "org.testcontainers.", "io.zonky.", "org.hibernate.", "org.openjdk.jmh.",
            "jakarta.", "com.zaxxer.", "org.jboss.", "org.glassfish.", "com.fasterxml.", "org.antlr.", "antlr.",
            "org.checkerframework.", "org.jspecify.", "org.jetbrains.", "org.hamcrest.", "org.mockito.",
            "org.codehaus.", "org.springframework.", "org.yaml.", "org.xml.", "org.w3c.", "org.ietf.",
            "com.google.", "io.netty.", "io.micrometer.", "kotlin.", "scala.", "groovy.",
            "io.junction.orm.", "io.junction.sql.", "io.junction.engine.", "io.junction.util.",
            "io.junction.declarative.", "io.junction.agent.shaded.");

    /** The agent's own package; its subpackages other than {@code shaded} may hold models (tests). */
    private static final String AGENT_PACKAGE = "io.junction.agent.";

    private IgnoredTypes() {
    }

    /** Markers in the names of classes other libraries generate at run time (proxies), which never hold models. */
    private static final List<String> GENERATED = List.of("$HibernateProxy$", "$ByteBuddy$");

    /** Junction's own runtime and the JDK, which no agent argument can make enhanced. */
    private static final List<String> NEVER = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", BYTE_BUDDY,
            "io.junction.orm.", "io.junction.sql.", "io.junction.engine.", "io.junction.util.",
            "io.junction.declarative.", "io.junction.agent.shaded.");

    /**
     * True for the JDK, Byte Buddy and Junction's runtime: ignored even in a package named to the
     * agent. A library prefix such as {@code org.apache.} is ignored only as long as the agent
     * argument names no package of it.
     */
    static boolean isNeverEnhanced(String binaryName) {
        for (String prefix : NEVER) {
            if (binaryName.startsWith(prefix)) {
                return true;
            }
        }
        return binaryName.startsWith(AGENT_PACKAGE) && binaryName.indexOf('.', AGENT_PACKAGE.length()) < 0;
    }

    static boolean isIgnored(String binaryName) {
        for (String marker : GENERATED) {
            if (binaryName.contains(marker)) {
                return true;
            }
        }
        for (String prefix : PREFIXES) {
            if (binaryName.startsWith(prefix)) {
                return true;
            }
        }
        return binaryName.startsWith(AGENT_PACKAGE)
                && binaryName.indexOf('.', AGENT_PACKAGE.length()) < 0;
    }
}
