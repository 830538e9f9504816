package io.junction.docs;

import io.junction.engine.Engine;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The examples runner, the project's main job:
 * {@code java -jar docs/target/junction-examples.jar [--url JDBC_URL] [--style classical|declarative] [SECTION ...]}.
 * It runs the named sections (all when none is named) with SQL echo on, against an in-memory H2
 * database unless {@code --url} names another, prints {@code == SECTION} before each, and exits
 * non-zero if any fails. {@code --style declarative} runs each section's declarative variant
 * (model classes that extend a {@code DeclarativeBase}); classical is the default.
 */
public final class Examples {
    static final String DEFAULT_URL = "jdbc:h2:mem:junction-examples;DB_CLOSE_DELAY=-1";

    private static final List<Section> SECTIONS = sections();
    private static final List<Section> DECLARATIVE_SECTIONS = declarativeSections();

    private Examples() {
    }

    /** The sections in the order of the seed chapter. */
    private static List<Section> sections() {
        List<Section> all = new ArrayList<>(List.of(new OneToMany(), new ManyToOne(), new OneToOne(), new ManyToMany(),
                new AssociationObject(), new AssociationProxy(), new AdjacencyList(), new SelfReferentialQuery(), new EagerLoading()));
        all.addAll(AlternateJoins.sections());
        all.add(new PostUpdate());
        all.add(new Collections());
        all.add(new MutablePrimaryKeys());
        all.add(new Failures());
        all.add(new WriteOnly());
        all.add(new Events());
        all.add(new ProductionSetup());
        return List.copyOf(all);
    }

    /** The declarative variant of each section, under the same names and in the same order. */
    private static List<Section> declarativeSections() {
        List<Section> all = new ArrayList<>(List.of(new DeclarativeOneToMany(), new DeclarativeManyToOne(),
                new DeclarativeOneToOne(), new DeclarativeManyToMany(), new DeclarativeAssociationObject(),
                new DeclarativeAssociationProxy(),
                new DeclarativeAdjacencyList(), new DeclarativeSelfReferentialQuery(),
                new DeclarativeEagerLoading()));
        all.addAll(DeclarativeAlternateJoins.sections());
        all.add(new DeclarativePostUpdate());
        all.add(new DeclarativeCollections());
        all.add(new DeclarativeMutablePrimaryKeys());
        all.add(new DeclarativeFailures());
        all.add(new DeclarativeWriteOnly());
        all.add(new DeclarativeEvents());
        all.add(new DeclarativeProductionSetup());
        return List.copyOf(all);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the examples as the command line asks; returns the process exit status. */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, engine -> { });
    }

    /** As {@link #run(String[], PrintStream)}, handing the engine to {@code onEngine} before any section runs. */
    public static int run(String[] args, PrintStream out, java.util.function.Consumer<Engine> onEngine) {
        String url = DEFAULT_URL;
        List<Section> sections = SECTIONS;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--url")) {
                if (i + 1 >= args.length) {
                    out.println("--url needs a JDBC URL, such as jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
                    return 2;
                }
                url = args[++i];
            } else if (arg.equals("--style")) {
                String style = i + 1 < args.length ? args[++i] : "";
                if (!style.equals("classical") && !style.equals("declarative")) {
                    out.println("--style needs classical or declarative, not '" + style + "'");
                    return 2;
                }
                sections = style.equals("declarative") ? DECLARATIVE_SECTIONS : SECTIONS;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                usage(out);
                return 0;
            } else if (arg.startsWith("--")) {
                out.println("unknown option " + arg);
                usage(out);
                return 2;
            } else {
                names.add(arg);
            }
        }
        Map<String, Section> byName = new LinkedHashMap<>();
        sections.forEach(s -> byName.put(s.name(), s));
        List<Section> chosen = new ArrayList<>();
        for (String name : names) {
            Section section = byName.get(name);
            if (section == null) {
                out.println("no section '" + name + "'; the sections are " + byName.keySet());
                return 2;
            }
            chosen.add(section);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(sections);
        }
        int failures = 0;
        try (Engine engine = Engine.builder(url).echo(true).build()) {
            onEngine.accept(engine);
            for (Section section : chosen) {
                out.println("== " + section.name());
                out.flush();
                try {
                    section.run(engine, out);
                } catch (Exception | AssertionError e) {
                    failures++;
                    out.println("!! section " + section.name() + " failed: " + e);
                    e.printStackTrace(out);
                }
                out.flush();
            }
        }
        if (failures > 0) {
            out.println(failures + " of " + chosen.size() + " sections failed");
            return 1;
        }
        return 0;
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar junction-examples.jar [--url JDBC_URL] [--style classical|declarative] [SECTION ...]");
        out.println("sections: " + SECTIONS.stream().map(Section::name).toList());
    }
}
