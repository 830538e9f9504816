package io.junction.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.pool.TypePool;

/**
 * The agent's enhancement without instrumentation: one class file in, the enhanced class file out,
 * for enhancement at build time ({@code junction-maven-plugin}). It applies the same rules as
 * {@link JunctionAgent} — the same {@link EnhancementPlugin} decides which classes it applies to,
 * the same {@link ClassPlan} and {@link EnhancementVisitor} write the members and rewrite field
 * access — and reads the classes it needs (superclasses, field owners) as class files from the
 * given class path, loading none. A class that is enhanced already, or that enhancement would not
 * change, comes back as null, so a second build changes nothing and an agent in the same JVM
 * leaves enhanced classes alone. Its API names no Byte Buddy type, so it is called the same way
 * from the shaded agent jar and from the plain classes.
 */
public final class Enhancer implements AutoCloseable {

    private final EnhancementPlugin plugin;
    private final URLClassLoader classFiles;
    private final ClassFileLocator locator;
    private final MappedAncestry ancestry;
    private final TypePool.CacheProvider types = new TypePool.CacheProvider.Simple();
    private final FieldAccessResolver.Decisions decisions = new FieldAccessResolver.Decisions();

    /**
     * An enhancer over {@code classPath} (directories and jars: the classes to enhance and
     * everything they refer to), enhancing {@code @Mapped} classes, {@code DeclarativeBase}
     * subclasses and the classes of {@code packages}, as the agent's argument does.
     */
    public Enhancer(List<Path> classPath, Collection<String> packages) {
        this.plugin = new EnhancementPlugin(packages);
        this.classFiles = new URLClassLoader(urls(classPath), ClassLoader.getPlatformClassLoader());
        this.locator = ClassFileLocator.ForClassLoader.of(classFiles);
        this.ancestry = new MappedAncestry(plugin.candidates());
    }

    /**
     * The enhanced class file, or null when enhancement leaves the class as it is (not concerned,
     * ignored, or enhanced already).
     *
     * @throws IllegalStateException if the class cannot be enhanced (a mapped field hiding
     *                               a mapped field of its superclass, an unreadable class file)
     */
    public byte[] enhance(byte[] classFile) {
        String name;
        try {
            ClassFileScan scan = ClassFileScan.of(classFile);
            name = scan.name().replace('/', '.');
            if (scan.enhanced() || plugin.candidates().isIgnored(name) || !ancestry.concerns(scan, classFiles)) {
                return null;
            }
        } catch (IllegalArgumentException unknownLayout) {
            name = nameOf(classFile, unknownLayout);
        }
        try {
            return rewrite(name, classFile);
        } catch (RuntimeException failure) {
            throw new IllegalStateException("Junction could not enhance " + name + ": " + failure.getMessage(), failure);
        }
    }

    private byte[] rewrite(String name, byte[] classFile) {
        TypePool pool = new TypePool.Default(types,
                new ClassFileLocator.Compound(ClassFileLocator.Simple.of(name, classFile), locator),
                TypePool.Default.ReaderMode.FAST);
        TypeDescription type = pool.describe(name).resolve();
        if (!plugin.matches(type)) {
            return null;
        }
        ClassWriter writer = new ClassWriter(0);
        EnhancementVisitor visitor = new EnhancementVisitor(writer, ClassPlan.of(type, plugin.candidates()),
                new FieldAccessResolver(plugin.candidates(), pool, decisions));
        new ClassReader(classFile).accept(visitor, 0);
        return visitor.changed() ? writer.toByteArray() : null;
    }

    /** The name of a class file the scan could not read (a newer layout), through ASM's reader. */
    private static String nameOf(byte[] classFile, IllegalArgumentException scanFailure) {
        try {
            return new ClassReader(classFile).getClassName().replace('/', '.');
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("Junction could not enhance a file that is not a class file: "
                    + scanFailure.getMessage(), unreadable);
        }
    }

    @Override
    public void close() {
        try {
            classFiles.close();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static URL[] urls(List<Path> classPath) {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classPath.get(i).toUri().toURL();
            } catch (MalformedURLException impossible) {
                throw new IllegalArgumentException("not a class path entry: " + classPath.get(i), impossible);
            }
        }
        return urls;
    }
}
