package io.junction.docs;

import io.junction.declarative.DeclarativeBase;
import io.junction.docs.declarative.adjacency.Base;
import io.junction.docs.declarative.adjacency.Node;
import io.junction.docs.declarative.adjacency.Node_;
import io.junction.engine.Engine;
import io.junction.orm.loading.Aliased;
import io.junction.orm.session.Session;
import io.junction.sql.expression.Alias;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.List;

import static io.junction.docs.SelfReferentialQuery.check;
import static io.junction.docs.SelfReferentialQuery.describe;
import static io.junction.docs.SelfReferentialQuery.printNodes;
import static io.junction.orm.loading.QueryOptions.aliased;
import static io.junction.orm.loading.QueryOptions.fromJoinpoint;
import static io.junction.sql.expression.Sql.and;

/**
 * The seed's "Self-Referential Query Strategies", declarative: the core form as in the classical
 * section, then the same queries on the {@code Node} class with its {@code parent} backref
 * ({@code remoteSide = "id"}), through the generated metamodel {@code Node_}.
 */
final class DeclarativeSelfReferentialQuery implements Section {

    @Override
    public String name() {
        return "self-referential-query";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        SelfReferentialQuery.coreForm(engine, out);

        MetaData metadata = DeclarativeBase.metadata(Base.class);
        Table nodes = metadata.table("nodes");
        metadata.dropAll(engine);
        metadata.createAll(engine);
        SelfReferentialQuery.insertRows(engine, nodes);
        try (Session session = new Session(engine)) {
            out.println("-- ORM form");
            // tag::query[]
            // get all nodes named 'child2'
            List<Node> child2 = session.query(Node.class).filter(Node_.data.eq("child2")).all();

            // get all nodes named 'subchild1' with a parent named 'child2'
            Alias nodealias = nodes.alias();
            List<Node> byAlias = session.query(Node.class)
                    .filter(Node_.data.eq("subchild1"))
                    .filter(and(Node_.parentId.eq(nodealias.c("id")), nodealias.c("data").eq("child2")))
                    .all();
            // end::query[]
            printNodes(out, "nodes named child2", describe(child2), "child2");
            printNodes(out, "subchild1 under child2 (manual alias)", describe(byAlias), "subchild1");

            // tag::join-aliased[]
            List<Node> byJoin = session.query(Node.class)
                    .filter(Node_.data.eq("subchild1"))
                    .join(Node_.parent, aliased()).filter(Node_.data.eq("child2"))
                    .all();
            // end::join-aliased[]
            printNodes(out, "subchild1 under child2 (join, aliased)", describe(byJoin), "subchild1");

            // tag::from-joinpoint[]
            List<Node> byChain = session.query(Node.class)
                    .filter(Node_.data.eq("subchild1"))
                    .join(Node_.parent, aliased()).filter(Node_.data.eq("child2"))
                    .join(Node_.parent, aliased(), fromJoinpoint()).filter(Node_.data.eq("root"))
                    .all();
            // end::from-joinpoint[]
            printNodes(out, "subchild1 under child2 under root (join chain)", describe(byChain), "subchild1");

            Aliased<Node> parent = aliased(Node.class);
            Aliased<Node> grandparent = aliased(Node.class, "grandparent");
            List<Node> grandchildren = session.query(Node.class)
                    .join(Node_.parent, parent)
                    .join(Node_.parent, grandparent, fromJoinpoint())
                    .filter(parent.attr("data").eq("child2"), grandparent.attr("data").eq("root"))
                    .orderBy(Node_.id)
                    .all();
            out.println("-- grandchildren of root through child2: " + describe(grandchildren));
            check(grandchildren.size() == 2 && grandchildren.get(0) == byChain.get(0),
                    "subchild1 and subchild2, subchild1 the same object as before");

            // tag::navigate[]
            Node found = byChain.get(0);
            out.println(found.data + " <- " + found.parent.data + " <- " + found.parent.parent.data);
            // end::navigate[]
            check(found.parent == child2.get(0) && found.parent.parent.parent == null, "subchild1 <- child2 <- root");
        } finally {
            metadata.dropAll(engine);
        }
    }

    private static List<String> describe(List<Node> nodes) {
        return nodes.stream().map(n -> SelfReferentialQuery.describe(n.id, n.parentId, n.data)).toList();
    }
}
