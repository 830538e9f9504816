package io.junction.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares a module's public top-level types with its section of {@code docs/api-surface.md}, and
 * says, for each difference, which line to add or remove under which heading. The declarative
 * module's test reuses it through core's test jar.
 */
final class ApiSurface {

    static final Path PAGE = Path.of("..", "docs", "api-surface.md");
    static final String USER_API = "User API:";
    static final String INTERNAL = "Public only because another Junction package needs it:";

    private static final Pattern MODULE = Pattern.compile("^## Module `([\\w-]+)`\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("^### `([\\w.]+)`\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^- `(\\w+)` — (.+)$");

    private final String module;

    ApiSurface(String module) {
        this.module = module;
    }

    /** What to change in the page (or the code) so that they agree; empty when they do. */
    List<String> problems(Path classes, Path page) {
        List<String> problems = new ArrayList<>();
        Map<String, Entry> listed = listed(page, problems);
        Map<String, String> actual = publicTypes(classes);
        actual.forEach((name, pkg) -> {
            if (!listed.containsKey(name)) {
                String simple = name.substring(pkg.length() + 1);
                problems.add(where(pkg) + ": add the line\n    - `" + simple + "` — <what it is>\n"
                        + "  under \"" + USER_API + "\" if a page of docs/ shows it to users, else under \""
                        + INTERNAL + "\" as\n    - `" + simple + "` — needed by `<the package that uses it>`; <what it is>\n"
                        + "  (add the heading \"### `" + pkg + "`\" if it is missing), or make " + name + " package-private");
            }
        });
        listed.forEach((name, entry) -> {
            if (!actual.containsKey(name)) {
                problems.add(where(entry.pkg()) + ": remove the line " + entry.line() + " \"" + entry.text() + "\": "
                        + name + " is not a public type of " + module + " any more");
            }
        });
        return problems;
    }

    private String where(String pkg) {
        return PAGE.normalize() + ", section \"## Module `" + module + "`\", heading \"### `" + pkg + "`\"";
    }

    /** Binary name → package of each public top-level type compiled into {@code classes}. */
    static Map<String, String> publicTypes(Path classes) {
        Map<String, String> types = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                if (name.contains("$") || name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ApiSurface.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    types.put(name, type.getPackageName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a compiled class is not on the test class path: " + e.getMessage(), e);
        }
        return types;
    }

    /** The entries of this module's section, by binary name; a line that breaks the page's rules is a problem. */
    private Map<String, Entry> listed(Path page, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> entries = new TreeMap<>();
        boolean inModule = false;
        String pkg = null;
        String group = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher heading = MODULE.matcher(line);
            if (heading.matches()) {
                inModule = heading.group(1).equals(module);
                pkg = null;
                group = null;
            } else if (inModule && line.startsWith("### ")) {
                Matcher m = PACKAGE.matcher(line);
                pkg = m.matches() ? m.group(1) : null;
                group = null;
            } else if (inModule && (line.equals(USER_API) || line.equals(INTERNAL))) {
                group = line;
            } else if (inModule && line.startsWith("- ")) {
                Matcher m = ENTRY.matcher(line);
                if (!m.matches()) {
                    problems.add(PAGE.normalize() + " line " + (i + 1) + " \"" + line
                            + "\": write it as \"- `Type` — <what it is>\"");
                    continue;
                }
                String name = pkg + "." + m.group(1);
                String where = PAGE.normalize() + " line " + (i + 1) + " \"" + line + "\": ";
                if (pkg == null || group == null) {
                    problems.add(where + "put it under a \"### `package`\" heading and a \"" + USER_API + "\" or \""
                            + INTERNAL + "\" line");
                } else if (entries.containsKey(name)) {
                    problems.add(where + "remove it, " + name + " is listed already on line " + entries.get(name).line());
                } else {
                    if (group.equals(INTERNAL) && !m.group(2).startsWith("needed by ")) {
                        problems.add(where + "an internal type says which package needs it: \"- `" + m.group(1)
                                + "` — needed by `<package>`; <what it is>\"");
                    }
                    entries.put(name, new Entry(pkg, i + 1, line));
                }
            }
        }
        return entries;
    }

    private record Entry(String pkg, int line, String text) {
    }
}
