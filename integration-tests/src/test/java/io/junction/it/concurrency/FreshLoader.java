package io.junction.it.concurrency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the classes of one package anew (child first) and everything else from its parent, so
 * each round of a first-use test meets model classes that no thread has initialized or mapped.
 */
final class FreshLoader extends ClassLoader {
    private final String prefix;

    FreshLoader(String packageName) {
        super("fresh-" + packageName, FreshLoader.class.getClassLoader());
        this.prefix = packageName + ".";
    }

    /** A new instance of the {@link FirstUse} class {@code className}, loaded by a new loader of its package. */
    static FirstUse firstUse(String className) {
        FreshLoader loader = new FreshLoader(className.substring(0, className.lastIndexOf('.')));
        try {
            return (FirstUse) loader.loadClass(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + className, e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(prefix)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = define(name);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    private Class<?> define(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
