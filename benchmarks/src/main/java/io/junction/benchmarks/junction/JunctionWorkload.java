package io.junction.benchmarks.junction;

import io.junction.benchmarks.Checksum;
import io.junction.benchmarks.Database;
import io.junction.benchmarks.Fetch;
import io.junction.benchmarks.Loaded;
import io.junction.benchmarks.Workload;
import io.junction.engine.Engine;
import io.junction.orm.loading.Query;
import io.junction.orm.session.Session;

import java.util.List;

import static io.junction.orm.loading.QueryOptions.joinedLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;

/** The workloads through Junction's session, on the same pool as the others. */
public final class JunctionWorkload implements Workload {
    private final Engine engine;

    public JunctionWorkload(Database database) {
        this.engine = Engine.builder(database.dataSource()).build();
        JunctionModel.load();
    }

    /** The engine the sessions use, for listeners that count its statements. */
    public Engine engine() {
        return engine;
    }

    @Override
    public void insert(int parents, int childrenPerParent) {
        try (Session session = new Session(engine)) {
            for (int p = 0; p < parents; p++) {
                JParent parent = new JParent(Workload.parentName(p));
                for (int c = 0; c < childrenPerParent; c++) {
                    parent.children.add(new JChild(Workload.childName(p, c)));
                }
                session.add(parent);
            }
            session.commit();
        }
    }

    @Override
    public long loadParents(Fetch fetch) {
        try (Session session = new Session(engine)) {
            Query<JParent> query = session.query(JParent.class).orderBy(JunctionModel.PARENT.c("id"));
            query = switch (fetch) {
                case LAZY -> query;
                case JOINED -> query.options(joinedLoad("children"));
                case SELECTIN -> query.options(selectinLoad("children").chunkSize(Database.BATCH));
            };
            long sum = 0;
            for (JParent parent : query.all()) {
                sum += Checksum.parent(parent.id, parent.name);
                for (JChild child : parent.children) {
                    sum += Checksum.child(child.id, child.parentId, child.name);
                }
            }
            session.commit();
            return sum;
        }
    }

    @Override
    public int renameEveryHundredth(String prefix) {
        try (Session session = new Session(engine)) {
            int changed = 0;
            for (JChild child : session.query(JChild.class).all()) {
                if (child.id % 100 == 0) {
                    String name = prefix + child.id;
                    if (!name.equals(child.name)) {
                        child.name = name;
                        changed++;
                    }
                }
            }
            session.commit();
            return changed;
        }
    }

    @Override
    public Loaded loadChildren() {
        Session session = new Session(engine);
        return new LoadedChildren(session, session.query(JChild.class).all());
    }

    /** The children held by their open session. */
    private record LoadedChildren(Session session, List<JChild> children) implements Loaded {
        @Override
        public int size() {
            return children.size();
        }

        @Override
        public long get(Integer[] ids) {
            long sum = 0;
            for (Integer id : ids) {
                JChild child = session.get(JChild.class, id);
                sum += child.id;
            }
            return sum;
        }

        @Override
        public void close() {
            session.close();
        }
    }

    @Override
    public long loadTree() {
        try (Session session = new Session(engine)) {
            JNode root = null;
            for (JNode node : session.query(JNode.class).options(joinedLoad("children")).all()) {
                if (node.parentId == null) {
                    root = node;
                }
            }
            long sum = walk(root, 0);
            session.commit();
            return sum;
        }
    }

    private static long walk(JNode node, int depth) {
        long sum = Checksum.node(node.id, node.name, depth);
        for (JNode child : node.children) {
            sum += walk(child, depth + 1);
        }
        return sum;
    }

    @Override
    public void close() {
    }
}
