package io.junction.declarative;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Finds the names of the classes in a package and its subpackages on a class loader's class path (directories and jars). */
final class Scanner {

    private Scanner() {
    }

    static List<String> classNames(ClassLoader loader, String packageName) {
        String path = packageName.replace('.', '/');
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    File directory = new File(URLDecoder.decode(url.getPath(), StandardCharsets.UTF_8));
                    walk(directory, packageName, names);
                } else if (url.getProtocol().equals("jar")) {
                    URLConnection connection = url.openConnection();
                    connection.setUseCaches(false);
                    if (connection instanceof JarURLConnection jarConnection) {
                        try (JarFile jar = jarConnection.getJarFile()) {
                            Enumeration<JarEntry> entries = jar.entries();
                            while (entries.hasMoreElements()) {
                                String entry = entries.nextElement().getName();
                                if (entry.startsWith(path + "/") && entry.endsWith(".class")) {
                                    names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan package " + packageName + " for model classes", e);
        }
        List<String> result = new ArrayList<>();
        for (String name : names) {
            if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                result.add(name);
            }
        }
        return result;
    }

    private static void walk(File directory, String packageName, Set<String> names) {
        File[] files = directory.listFiles();
        if (files == null) {
            return;
        }
        for (File file : files) {
            if (file.isDirectory()) {
                walk(file, packageName + "." + file.getName(), names);
            } else if (file.getName().endsWith(".class")) {
                names.add(packageName + "." + file.getName().substring(0, file.getName().length() - ".class".length()));
            }
        }
    }
}
