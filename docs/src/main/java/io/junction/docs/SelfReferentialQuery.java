package io.junction.docs;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.orm.loading.Aliased;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.orm.loading.QueryOptions.fromJoinpoint;
import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * The seed's "Self-Referential Query Strategies": the {@code nodes} adjacency list and its six
 * rows, first in core form (the three aliased self-joins as SELECTs of rows), then through
 * {@code Session.query} with {@code Node} mapped classically — the nodes named {@code child2}, and
 * {@code subchild1} found by its parent and grandparent with a manual table alias,
 * {@code join("parent", aliased())}, and a chain continued with {@code fromJoinpoint()}.
 */
final class SelfReferentialQuery implements Section {

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
        return "self-referential-query";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        coreForm(engine, out);

        // tag::orm-mapping[]
        MetaData metadata = new MetaData();
        Table nodes = metadata.table("nodes",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("nodes.id"),
                column("data", string(50)));

        Registry registry = new Registry(metadata);
        registry.map(Node.class, nodes,
                relationship("children", Node.class).backref(backref("parent").remoteSide(nodes.c("id"))));
        // end::orm-mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        insertRows(engine, nodes);
        try (Session session = new Session(engine)) {
            out.println("-- ORM form");
            // tag::orm-filter[]
            // get all nodes named 'child2'
            List<Node> child2 = session.query(Node.class).filter(nodes.c("data").eq("child2")).all();
            // end::orm-filter[]
            printNodes(out, "nodes named child2", child2.stream().map(n -> describe(n.id, n.parentId, n.data)).toList(),
                    "child2");

            // tag::orm-manual-alias[]
            // get all nodes named 'subchild1' with a parent named 'child2'
            Alias nodealias = nodes.alias();
            List<Node> byAlias = session.query(Node.class)
                    .filter(nodes.c("data").eq("subchild1"))
                    .filter(and(nodes.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq("child2")))
                    .all();
            // end::orm-manual-alias[]
            printNodes(out, "subchild1 under child2 (manual alias)", describe(byAlias), "subchild1");

            // tag::orm-join-aliased[]
            // the same, joining along 'parent' to an anonymous alias: later filters on nodes apply to it
            List<Node> byJoin = session.query(Node.class)
                    .filter(nodes.c("data").eq("subchild1"))
                    .join("parent", aliased()).filter(nodes.c("data").eq("child2"))
                    .all();
            // end::orm-join-aliased[]
            printNodes(out, "subchild1 under child2 (join, aliased)", describe(byJoin), "subchild1");

            // tag::orm-from-joinpoint[]
            // ... and a grandparent named 'root': the second join starts where the first ended
            List<Node> byChain = session.query(Node.class)
                    .filter(nodes.c("data").eq("subchild1"))
                    .join("parent", aliased()).filter(nodes.c("data").eq("child2"))
                    .join("parent", aliased(), fromJoinpoint()).filter(nodes.c("data").eq("root"))
                    .all();
            // end::orm-from-joinpoint[]
            printNodes(out, "subchild1 under child2 under root (join chain)", describe(byChain), "subchild1");

            // tag::orm-explicit-alias[]
            // explicit aliases of the class, anonymous or named, filtered through their columns
            Aliased<Node> parent = aliased(Node.class);
            Aliased<Node> grandparent = aliased(Node.class, "grandparent");
            List<Node> grandchildren = session.query(Node.class)
                    .join("parent", parent)
                    .join("parent", grandparent, fromJoinpoint())
                    .filter(parent.c("data").eq("child2"), grandparent.c("data").eq("root"))
                    .orderBy(nodes.c("id"))
                    .all();
            // end::orm-explicit-alias[]
            out.println("-- grandchildren of root through child2: " + describe(grandchildren));
            check(grandchildren.size() == 2 && grandchildren.get(0) == byChain.get(0),
                    "subchild1 and subchild2, subchild1 the same object as before");

            // tag::orm-navigate[]
            Node found = byChain.get(0);    // one object per row: the parent is child2, already loaded
            out.println(found.data + " <- " + found.parent.data + " <- " + found.parent.parent.data);
            // end::orm-navigate[]
            check(found.parent == child2.get(0) && found.parent.parent.parent == null, "subchild1 <- child2 <- root");
        } finally {
            metadata.dropAll(engine);
            registry.dispose();
        }
    }

    /** The seed's queries in core form: SELECTs of rows, with no mapping. */
    static void coreForm(Engine engine, PrintStream out) {
        out.println("-- core form");
        // tag::nodes[]
        MetaData metadata = new MetaData();
        Table nodes = metadata.table("nodes",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("nodes.id"),
                column("data", string(50)));
        // end::nodes[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Connection connection = engine.connect()) {
            // tag::rows[]
            connection.executeMany(insert(nodes), List.of(
                    node(1, null, "root"),
                    node(2, 1, "child1"),
                    node(3, 1, "child2"),
                    node(4, 3, "subchild1"),
                    node(5, 3, "subchild2"),
                    node(6, 1, "child3")));
            connection.commit();
            // end::rows[]

            // tag::manual-alias[]
            Alias nodealias = nodes.alias();
            Select byParent = select(nodes)
                    .where(nodes.c("data").eq("subchild1"))
                    .where(and(nodes.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq("child2")));
            List<Row> rows = connection.execute(byParent).all();
            // end::manual-alias[]
            printRows(out, "subchild1 under child2 (manual alias)", rows);

            // tag::join-alias[]
            Alias parent = nodes.alias();
            Select joined = select(nodes)
                    .from(nodes.join(parent, parent.c("id").eq(nodes.c("parent_id"))))
                    .where(nodes.c("data").eq("subchild1"))
                    .where(parent.c("data").eq("child2"));
            // end::join-alias[]
            printRows(out, "subchild1 under child2 (join)", connection.execute(joined).all());

            // tag::grandparent[]
            Alias firstParent = nodes.alias();
            Alias grandparent = nodes.alias();
            Select chain = select(nodes)
                    .from(nodes.join(firstParent, firstParent.c("id").eq(nodes.c("parent_id")))
                            .join(grandparent, grandparent.c("id").eq(firstParent.c("parent_id"))))
                    .where(nodes.c("data").eq("subchild1"))
                    .where(firstParent.c("data").eq("child2"))
                    .where(grandparent.c("data").eq("root"));
            // end::grandparent[]
            printRows(out, "subchild1 under child2 under root (join chain)", connection.execute(chain).all());
        }
        metadata.dropAll(engine);
    }

    /** The six rows of the seed's tree, by core INSERT (one batch). */
    static void insertRows(Engine engine, Table nodes) {
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(nodes), List.of(
                    node(1, null, "root"),
                    node(2, 1, "child1"),
                    node(3, 1, "child2"),
                    node(4, 3, "subchild1"),
                    node(5, 3, "subchild2"),
                    node(6, 1, "child3")));
            connection.commit();
        }
    }

    static Map<String, Object> node(int id, Integer parentId, String data) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("parent_id", parentId);
        row.put("data", data);
        return row;
    }

    /** A node as the examples print it, in both styles: {@code Node(4, 3, 'subchild1')}. */
    static String describe(Integer id, Integer parentId, String data) {
        return "Node(" + id + ", " + parentId + ", '" + data + "')";
    }

    private static List<String> describe(List<Node> nodes) {
        return nodes.stream().map(n -> describe(n.id, n.parentId, n.data)).toList();
    }

    static void printNodes(PrintStream out, String title, List<String> found, String expected) {
        out.println("-- " + title + ": " + found);
        check(found.size() == 1 && found.get(0).endsWith("'" + expected + "')"), "the one node " + expected);
    }

    private static void printRows(PrintStream out, String title, List<Row> rows) {
        out.println("-- " + title + ":");
        for (Row row : rows) {
            out.println(row);
        }
        if (rows.size() != 1 || !"subchild1".equals(rows.get(0).get("nodes_data"))) {
            throw new IllegalStateException("expected the one row of subchild1, got " + rows);
        }
    }

    static void check(boolean condition, String expected) {
        if (!condition) {
            throw new IllegalStateException("expected " + expected);
        }
    }
}
