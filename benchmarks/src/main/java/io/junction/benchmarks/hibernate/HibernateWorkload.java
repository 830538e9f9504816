package io.junction.benchmarks.hibernate;

import io.junction.benchmarks.ChildData;
import io.junction.benchmarks.Database;
import io.junction.benchmarks.Fetch;
import io.junction.benchmarks.ParentData;
import io.junction.benchmarks.Workload;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios through Hibernate ORM 7, on the same pool as the others, with JDBC batching on
 * ({@code hibernate.jdbc.batch_size=1000}, {@code order_inserts}, {@code order_updates}), no
 * second-level cache, no statistics, no SQL logging.
 */
public final class HibernateWorkload implements Workload {
    private final SessionFactory sessionFactory;
    private final Fetch fetch;

    public HibernateWorkload(Database database, Fetch fetch) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Configuration configuration = new Configuration()
                .addAnnotatedClass(HParent.class)
                .addAnnotatedClass(HChild.class);
        configuration.getProperties().put("hibernate.connection.datasource", database.dataSource());
        configuration.setProperty("hibernate.connection.provider_disables_autocommit", "true");
        configuration.setProperty("hibernate.hbm2ddl.auto", "none");
        configuration.setProperty("hibernate.jdbc.batch_size", "1000");
        configuration.setProperty("hibernate.order_inserts", "true");
        configuration.setProperty("hibernate.order_updates", "true");
        configuration.setProperty("hibernate.cache.use_second_level_cache", "false");
        configuration.setProperty("hibernate.generate_statistics", "false");
        configuration.setProperty("hibernate.show_sql", "false");
        this.sessionFactory = configuration.buildSessionFactory();
        this.fetch = fetch;
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
    public List<ParentData> loadAll() {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            List<HParent> parents;
            switch (fetch) {
                case JOINED -> parents = session.createSelectionQuery(
                        "select p from HParent p left join fetch p.children order by p.id", HParent.class).getResultList();
                case SELECTIN -> {
                    session.setFetchBatchSize(100);
                    parents = session.createSelectionQuery("from HParent p order by p.id", HParent.class).getResultList();
                }
                default -> parents = session.createSelectionQuery("from HParent p order by p.id", HParent.class).getResultList();
            }
            List<ParentData> result = new ArrayList<>(parents.size());
            for (HParent parent : parents) {
                List<ChildData> children = new ArrayList<>(parent.children.size());
                for (HChild child : parent.children) {
                    children.add(new ChildData(child.id, child.parentId, child.name));
                }
                result.add(new ParentData(parent.id, parent.name, children));
            }
            transaction.commit();
            return result;
        }
    }

    @Override
    public int renameChildren(String prefix) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            int changed = 0;
            for (HChild child : session.createSelectionQuery("from HChild", HChild.class).getResultList()) {
                String name = prefix + child.id;
                if (!name.equals(child.name)) {
                    child.name = name;
                    changed++;
                }
            }
            transaction.commit();
            return changed;
        }
    }

    @Override
    public List<ChildData> getEachInFreshSession(int[] ids) {
        List<ChildData> result = new ArrayList<>(ids.length);
        for (int id : ids) {
            try (Session session = sessionFactory.openSession()) {
                Transaction transaction = session.beginTransaction();
                result.add(data(session.find(HChild.class, id)));
                transaction.commit();
            }
        }
        return result;
    }

    @Override
    public List<ChildData> getAllInOneSession(int[] ids) {
        List<ChildData> result = new ArrayList<>(ids.length);
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            for (int id : ids) {
                result.add(data(session.find(HChild.class, id)));
            }
            transaction.commit();
        }
        return result;
    }

    private static ChildData data(HChild child) {
        return child == null ? null : new ChildData(child.id, child.parentId, child.name);
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
