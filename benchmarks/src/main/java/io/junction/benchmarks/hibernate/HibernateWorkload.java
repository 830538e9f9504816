package io.junction.benchmarks.hibernate;

import io.junction.benchmarks.Checksum;
import io.junction.benchmarks.Database;
import io.junction.benchmarks.Fetch;
import io.junction.benchmarks.Loaded;
import io.junction.benchmarks.Workload;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;

import java.util.List;

/**
 * The workloads through Hibernate ORM 7 with build-time enhanced entities, on the same pool as
 * the others, tuned: JDBC batches of {@link Database#BATCH} with {@code order_inserts} and
 * {@code order_updates}, pooled sequences allocating a batch at once, batch fetching of
 * {@link Database#BATCH} collections for W2c; no second-level cache, no statistics, no SQL logging.
 */
public final class HibernateWorkload implements Workload {
    private final SessionFactory sessionFactory;

    public HibernateWorkload(Database database) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Configuration configuration = new Configuration()
                .addAnnotatedClass(HParent.class)
                .addAnnotatedClass(HChild.class)
                .addAnnotatedClass(HNode.class);
        configuration.getProperties().put("hibernate.connection.datasource", database.dataSource());
        configuration.setProperty("hibernate.connection.provider_disables_autocommit", "true");
        configuration.setProperty("hibernate.hbm2ddl.auto", "none");
        configuration.setProperty("hibernate.jdbc.batch_size", String.valueOf(Database.BATCH));
        configuration.setProperty("hibernate.order_inserts", "true");
        configuration.setProperty("hibernate.order_updates", "true");
        configuration.setProperty("hibernate.id.optimizer.pooled.preferred", "pooled-lo");
        configuration.setProperty("hibernate.cache.use_second_level_cache", "false");
        configuration.setProperty("hibernate.generate_statistics", "false");
        configuration.setProperty("hibernate.show_sql", "false");
        this.sessionFactory = configuration.buildSessionFactory();
    }

    @Override
    public void insert(int parents, int childrenPerParent) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            for (int p = 0; p < parents; p++) {
                HParent parent = new HParent(Workload.parentName(p));
                for (int c = 0; c < childrenPerParent; c++) {
                    parent.addChild(new HChild(Workload.childName(p, c)));
                }
                session.persist(parent);
            }
            transaction.commit();
        }
    }

    @Override
    public long loadParents(Fetch fetch) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            String hql = fetch == Fetch.JOINED
                    ? "select p from HParent p left join fetch p.children order by p.id"
                    : "from HParent p order by p.id";
            if (fetch == Fetch.SELECTIN) {
                session.setFetchBatchSize(Database.BATCH);
            }
            long sum = 0;
            for (HParent parent : session.createSelectionQuery(hql, HParent.class).getResultList()) {
                sum += Checksum.parent(parent.getId(), parent.getName());
                for (HChild child : parent.getChildren()) {
                    sum += Checksum.child(child.getId(), child.getParentId(), child.getName());
                }
            }
            transaction.commit();
            return sum;
        }
    }

    @Override
    public int renameEveryHundredth(String prefix) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            int changed = 0;
            for (HChild child : session.createSelectionQuery("from HChild", HChild.class).getResultList()) {
                if (child.getId() % 100 == 0) {
                    String name = prefix + child.getId();
                    if (!name.equals(child.getName())) {
                        child.setName(name);
                        changed++;
                    }
                }
            }
            transaction.commit();
            return changed;
        }
    }

    @Override
    public Loaded loadChildren() {
        Session session = sessionFactory.openSession();
        Transaction transaction = session.beginTransaction();
        List<HChild> children = session.createSelectionQuery("from HChild", HChild.class).getResultList();
        return new LoadedChildren(session, transaction, children);
    }

    /** The children held by their open session. */
    private record LoadedChildren(Session session, Transaction transaction, List<HChild> children) implements Loaded {
        @Override
        public int size() {
            return children.size();
        }

        @Override
        public long get(Integer[] ids) {
            long sum = 0;
            for (Integer id : ids) {
                HChild child = session.find(HChild.class, id);
                sum += child.getId();
            }
            return sum;
        }

        @Override
        public void close() {
            transaction.commit();
            session.close();
        }
    }

    @Override
    public long loadTree() {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            HNode root = null;
            for (HNode node : session.createSelectionQuery(
                    "select distinct n from HNode n left join fetch n.children", HNode.class).getResultList()) {
                if (node.getParentId() == null) {
                    root = node;
                }
            }
            long sum = walk(root, 0);
            transaction.commit();
            return sum;
        }
    }

    private static long walk(HNode node, int depth) {
        long sum = Checksum.node(node.getId(), node.getName(), depth);
        for (HNode child : node.getChildren()) {
            sum += walk(child, depth + 1);
        }
        return sum;
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
