package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The seed's "Adjacency List Relationships": a tree in one table, flushed parents first. */
final class AdjacencyList implements Section {

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        List<Node> children = new ArrayList<>();
        Node parent;

        Node() {
        }

        Node(String data, Node... children) {
            this.data = data;
            this.children.addAll(List.of(children));
        }
    }

    @Override
    public String name() {
        return "adjacency-list";
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
                .cascade("all, delete-orphan")
                .backref(backref("parent").remoteSide(nodes.c("id"))));
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            // tag::use[]
            Node root = new Node("root",
                    new Node("child1"),
                    new Node("child2", new Node("subchild1"), new Node("subchild2")),
                    new Node("child3"));
            out.println("child2's parent before any flush: " + root.children.get(1).parent.data);
            session.add(root);
            session.commit();      // three INSERTs, one per level: every parent before its children

            Node child2 = root.children.get(1);
            session.delete(child2);
            session.commit();      // the subchildren are deleted before child2
            // end::use[]
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
