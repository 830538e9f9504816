package io.junction.benchmarks.junction;

import io.junction.benchmarks.ChildData;
import io.junction.benchmarks.Database;
import io.junction.benchmarks.Fetch;
import io.junction.benchmarks.ParentData;
import io.junction.benchmarks.Workload;
import io.junction.engine.Engine;
import io.junction.orm.loading.LoaderOption;
import io.junction.orm.loading.Query;
import io.junction.orm.session.Session;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.loading.QueryOptions.joinedLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;

/** The scenarios through Junction's session, on the same pool as the others. */
public final class JunctionWorkload implements Workload {
    private final Engine engine;
    private final Fetch fetch;

    public JunctionWorkload(Database database, Fetch fetch) {
        this.engine = Engine.builder(database.dataSource()).build();
        this.fetch = fetch;
        JunctionModel.REGISTRY.getClass();   // maps the classes now, not inside the first measured call
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
    public List<ParentData> loadAll() {
        try (Session session = new Session(engine)) {
            Query<JParent> query = session.query(JParent.class).orderBy(JunctionModel.PARENT.c("id"));
            LoaderOption option = switch (fetch) {
                case LAZY -> null;
                case SELECTIN -> selectinLoad("children");
                case JOINED -> joinedLoad("children");
            };
            if (option != null) {
                query = query.options(option);
            }
            List<ParentData> result = new ArrayList<>();
            for (JParent parent : query.all()) {
                List<ChildData> children = new ArrayList<>(parent.children.size());
                for (JChild child : parent.children) {
                    children.add(new ChildData(child.id, child.parentId, child.name));
                }
                result.add(new ParentData(parent.id, parent.name, children));
            }
            return result;
        }
    }

    @Override
    public int renameChildren(String prefix) {
        try (Session session = new Session(engine)) {
            int changed = 0;
            for (JChild child : session.query(JChild.class).all()) {
                String name = prefix + child.id;
                if (!name.equals(child.name)) {
                    child.name = name;
                    changed++;
                }
            }
            session.commit();
            return changed;
        }
    }

    @Override
    public List<ChildData> getEachInFreshSession(int[] ids) {
        List<ChildData> result = new ArrayList<>(ids.length);
        for (int id : ids) {
            try (Session session = new Session(engine)) {
                result.add(data(session.get(JChild.class, id)));
            }
        }
        return result;
    }

    @Override
    public List<ChildData> getAllInOneSession(int[] ids) {
        List<ChildData> result = new ArrayList<>(ids.length);
        try (Session session = new Session(engine)) {
            for (int id : ids) {
                result.add(data(session.get(JChild.class, id)));
            }
        }
        return result;
    }

    private static ChildData data(JChild child) {
        return child == null ? null : new ChildData(child.id, child.parentId, child.name);
    }

    @Override
    public void close() {
    }
}
