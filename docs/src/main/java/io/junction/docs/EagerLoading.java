package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.engine.ExecutionListener;
import io.junction.orm.loading.RaiseLoadException;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.junction.orm.loading.QueryOptions.raiseLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.orm.loading.QueryOptions.subqueryLoad;
import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * The seed's "Configuring Eager Loading": {@code children} loaded by a LEFT OUTER JOIN two levels
 * deep ({@code lazy(Lazy.JOINED).joinDepth(2)}), then the same tree by SUBQUERY and SELECTIN
 * options, and RAISE, the guard against a load on access. Each prints how many statements it took.
 */
final class EagerLoading implements Section {

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        List<Node> children = new ArrayList<>();
        Node parent;
    }

    @Override
    public String name() {
        return "eager-loading";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table nodes = metadata.table("nodes",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("nodes.id"),
                column("data", string(50)));

        Registry registry = new Registry(metadata);
        registry.map(Node.class, nodes, relationship("children", Node.class)
                .lazy(Lazy.JOINED).joinDepth(2)
                .backref(backref("parent").remoteSide(nodes.c("id"))));
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        SelfReferentialQuery.insertRows(engine, nodes);
        AtomicInteger statements = new AtomicInteger();
        ExecutionListener counter = statement -> statements.incrementAndGet();
        engine.addListener(counter);
        try {
            try (Session session = new Session(engine)) {
                statements.set(0);
                // tag::joined[]
                List<Node> all = session.query(Node.class).all();   // one SELECT, two LEFT OUTER JOINs
                // end::joined[]
                Node root = all.stream().filter(n -> n.parentId == null).findFirst().orElseThrow();
                report(out, "joined, joinDepth(2)", tree(root), statements, 1);
            }
            try (Session session = new Session(engine)) {
                statements.set(0);
                // tag::subquery[]
                Node root = session.query(Node.class).filter(nodes.c("data").eq("root"))
                        .options(subqueryLoad("children", "children"))
                        .one();   // 1 + one SELECT per level, each repeating the query as a subquery
                // end::subquery[]
                report(out, "subquery, two levels", tree(root), statements, 3);
            }
            try (Session session = new Session(engine)) {
                statements.set(0);
                // tag::selectin[]
                Node root = session.query(Node.class).filter(nodes.c("data").eq("root"))
                        .options(selectinLoad("children", "children"))
                        .one();   // 1 + one SELECT per level and per 500 parents, WHERE parent_id IN (...)
                // end::selectin[]
                report(out, "selectin, two levels", tree(root), statements, 3);
            }
            try (Session session = new Session(engine)) {
                // tag::raise[]
                Node root = session.query(Node.class).filter(nodes.c("data").eq("root"))
                        .options(raiseLoad("*"))
                        .one();
                try {
                    root.children.size();
                } catch (RaiseLoadException e) {
                    out.println("-- raise: " + e.getMessage());
                }
                // end::raise[]
            }
        } finally {
            engine.removeListener(counter);
            metadata.dropAll(engine);
            registry.dispose();
        }
    }

    /** Prints the tree below {@code root} (reading it must run no SQL) and the statements it took. */
    static void report(PrintStream out, String strategy, String tree, AtomicInteger statements, int expected) {
        out.println("-- " + strategy + ": " + tree + " in " + statements.get() + " statement(s)");
        if (statements.get() != expected || !tree.equals("root(child1() child2(subchild1() subchild2()) child3())")) {
            throw new IllegalStateException("expected the whole tree in " + expected + " statement(s)");
        }
    }

    private static String tree(Node node) {
        return tree(node, n -> n.children, n -> n.data, n -> n.id);
    }

    /** The tree below {@code node}, two levels deep (the third level's children were not asked for). */
    static <N> String tree(N node, Function<N, List<N>> children, Function<N, String> data, Function<N, Integer> id) {
        if (data.apply(node).startsWith("subchild")) {
            return data.apply(node) + "()";
        }
        List<N> sorted = new ArrayList<>(children.apply(node));
        sorted.sort((a, b) -> id.apply(a) - id.apply(b));
        return data.apply(node) + "(" + sorted.stream().map(c -> tree(c, children, data, id))
                .collect(Collectors.joining(" ")) + ")";
    }
}
