package io.junction.docs;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The seed's "Adjacency List Relationships", declarative: {@code remoteSide = "id"} names the inline id column. */
final class DeclarativeAdjacencyList implements Section {

    abstract static class Base extends DeclarativeBase {
    }

    // tag::mapping[]
    @Table("nodes")
    static class Node extends Base {
        @Column(primaryKey = true) Integer id;
        @Column @ForeignKey("nodes.id") Integer parentId;
        @Column(length = 50) String data;
        @Relationship(cascade = "all, delete-orphan") @Backref(name = "parent", remoteSide = "id")
        List<Node> children = new ArrayList<>();
        Node parent;

        Node() {
        }

        Node(String data, Node... children) {
            this.data = data;
            this.children.addAll(List.of(children));
        }
    }
    // end::mapping[]

    @Override
    public String name() {
        return "adjacency-list";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
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
        }
        metadata.dropAll(engine);
    }
}
