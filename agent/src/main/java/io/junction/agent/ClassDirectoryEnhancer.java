package io.junction.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Enhances a directory of compiled classes in place, as {@code junction-maven-plugin} does at
 * {@code process-classes}: each class file that {@link Enhancer} changes is written back, every
 * other file is left untouched (so a second run writes nothing).
 */
public final class ClassDirectoryEnhancer {

    private ClassDirectoryEnhancer() {
    }

    /**
     * Enhances the class files under {@code classes}, reading the classes they refer to from
     * {@code classes} and then {@code dependencies}; {@code packages} as in {@link Enhancer}.
     *
     * @return the binary names of the classes written back, sorted
     * @throws IllegalStateException if a class cannot be enhanced
     */
    public static List<String> enhance(Path classes, List<Path> dependencies, Collection<String> packages)
            throws IOException {
        List<Path> classPath = new ArrayList<>();
        classPath.add(classes);
        classPath.addAll(dependencies);
        List<String> changed = new ArrayList<>();
        try (Enhancer enhancer = new Enhancer(classPath, packages); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(ClassDirectoryEnhancer::isClassFile).sorted().toList()) {
                byte[] enhanced = enhancer.enhance(Files.readAllBytes(file));
                if (enhanced != null) {
                    Files.write(file, enhanced);
                    changed.add(binaryName(classes.relativize(file)));
                }
            }
        }
        changed.sort(null);
        return changed;
    }

    private static boolean isClassFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".class") && !name.equals("module-info.class") && Files.isRegularFile(file);
    }

    private static String binaryName(Path relative) {
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
        return path.substring(0, path.length() - ".class".length());
    }
}
