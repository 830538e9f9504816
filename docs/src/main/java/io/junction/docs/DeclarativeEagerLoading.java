package io.junction.docs;

import io.junction.declarative.DeclarativeBase;
import io.junction.docs.declarative.eager.Base;
import io.junction.docs.declarative.eager.Node;
import io.junction.docs.declarative.eager.Node_;
import io.junction.engine.Engine;
import io.junction.engine.ExecutionListener;
import io.junction.orm.loading.RaiseLoadException;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.junction.docs.EagerLoading.report;
import static io.junction.orm.loading.QueryOptions.raiseLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.orm.loading.QueryOptions.subqueryLoad;

/** The seed's "Configuring Eager Loading", declarative: {@code @Relationship(lazy = Lazy.JOINED, joinDepth = 2)}. */
final class DeclarativeEagerLoading implements Section {

    @Override
    public String name() {
        return "eager-loading";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        SelfReferentialQuery.insertRows(engine, metadata.table("nodes"));
        AtomicInteger statements = new AtomicInteger();
        ExecutionListener counter = statement -> statements.incrementAndGet();
        engine.addListener(counter);
        try {
            try (Session session = new Session(engine)) {
                statements.set(0);
                List<Node> all = session.query(Node.class).all();
                Node root = all.stream().filter(n -> n.parentId == null).findFirst().orElseThrow();
                report(out, "joined, joinDepth(2)", tree(root), statements, 1);
            }
            try (Session session = new Session(engine)) {
                statements.set(0);
                Node root = session.query(Node.class).filter(Node_.data.eq("root"))
                        .options(subqueryLoad("children", "children")).one();
                report(out, "subquery, two levels", tree(root), statements, 3);
            }
            try (Session session = new Session(engine)) {
                statements.set(0);
                Node root = session.query(Node.class).filter(Node_.data.eq("root"))
                        .options(selectinLoad("children", "children")).one();
                report(out, "selectin, two levels", tree(root), statements, 3);
            }
            try (Session session = new Session(engine)) {
                Node root = session.query(Node.class).filter(Node_.data.eq("root")).options(raiseLoad("*")).one();
                try {
                    root.children.size();
                } catch (RaiseLoadException e) {
                    out.println("-- raise: " + e.getMessage());
                }
            }
        } finally {
            engine.removeListener(counter);
            metadata.dropAll(engine);
        }
    }

    private static String tree(Node node) {
        return EagerLoading.tree(node, n -> n.children, n -> n.data, n -> n.id);
    }
}
