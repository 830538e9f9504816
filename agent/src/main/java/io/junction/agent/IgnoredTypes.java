package io.junction.agent;

import java.util.List;

/**
 * The classes the agent never looks at: the JDK, the libraries Junction and its
 * tests run on, and Junction's own runtime. Model classes elsewhere under
 * {@code io.junction} (tests, docs) are not ignored.
 */
final class IgnoredTypes {

    private static final List<String> PREFIXES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.",
            "net.bytebuddy.",
            "org.junit.", "org.opentest4j.", "org.apiguardian.", "org.assertj.",
            "org.h2.", "org.postgresql.", "org.slf4j.", "org.apache.", "org.objenesis.",
            "org.testcontainers.", "io.zonky.", "org.hibernate.", "org.openjdk.jmh.",
            "io.junction.orm.", "io.junction.sql.", "io.junction.engine.", "io.junction.util.",
            "io.junction.declarative.", "io.junction.agent.shaded.");

    /** The agent's own package; its subpackages other than {@code shaded} may hold models (tests). */
    private static final String AGENT_PACKAGE = "io.junction.agent.";

    private IgnoredTypes() {
    }

    static boolean isIgnored(String binaryName) {
        for (String prefix : PREFIXES) {
            if (binaryName.startsWith(prefix)) {
                return true;
            }
        }
        return binaryName.startsWith(AGENT_PACKAGE)
                && binaryName.indexOf('.', AGENT_PACKAGE.length()) < 0;
    }
}
