package io.junction.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the compiled test classes, for tests that enhance class files at build time. */
final class EnhancedCopy {

    /** The package whose classes cannot be enhanced; left out of {@link #testClasses}. */
    static final String BROKEN = "io/junction/agent/testmodel/broken";

    private EnhancedCopy() {
    }

    /** The directory this module's test classes were compiled to. */
    static Path compiledTestClasses() {
        try {
            return Path.of(EnhancedCopy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A copy of {@code from} in {@code to}, without the broken package, as plain class files. */
    static Path testClasses(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (!relative.toString().replace('\\', '/').startsWith(BROKEN)) {
                    Files.createDirectories(to.resolve(relative).getParent());
                    Files.copy(file, to.resolve(relative));
                }
            }
            return to;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
