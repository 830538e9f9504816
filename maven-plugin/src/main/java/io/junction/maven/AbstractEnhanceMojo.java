package io.junction.maven;

import io.junction.agent.ClassDirectoryEnhancer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the agent's enhancement on a directory of compiled classes, in place: mapped classes get
 * their accessors and every class that reads or writes a mapped field has that access rewritten,
 * as {@code -javaagent:junction-agent.jar} would do when they load. A class enhanced already is
 * left alone, so a second build changes nothing.
 */
abstract class AbstractEnhanceMojo extends AbstractMojo {

    /** Packages whose classes are enhanced too, as the agent's argument names them. */
    @Parameter(property = "junction.packages")
    private List<String> packages = new ArrayList<>();

    /** Skips enhancement. */
    @Parameter(property = "junction.enhance.skip", defaultValue = "false")
    private boolean skip;

    /** The directory of class files to enhance. */
    abstract File classesDirectory();

    /** The class path the classes compile against (it may include {@link #classesDirectory()}). */
    abstract List<String> classPath();

    @Override
    public void execute() throws MojoExecutionException {
        Path classes = classesDirectory().toPath();
        if (skip) {
            getLog().info("Junction enhancement skipped");
            return;
        }
        if (!Files.isDirectory(classes)) {
            getLog().info("Junction enhancement: no classes in " + classes);
            return;
        }
        List<Path> dependencies = new ArrayList<>();
        for (String element : classPath()) {
            Path path = Path.of(element);
            if (!path.equals(classes) && Files.exists(path)) {
                dependencies.add(path);
            }
        }
        try {
            List<String> enhanced = ClassDirectoryEnhancer.enhance(classes, dependencies, packages);
            getLog().info("Junction enhanced " + enhanced.size() + " class(es) in " + classes);
            for (String name : enhanced) {
                getLog().debug("  enhanced " + name);
            }
        } catch (IOException | IllegalStateException failure) {
            throw new MojoExecutionException("Junction enhancement of " + classes + " failed: "
                    + failure.getMessage(), failure);
        }
    }
}
