package io.junction.benchmarks.jdbc;

import io.junction.benchmarks.Checksum;
import io.junction.benchmarks.Database;
import io.junction.benchmarks.Fetch;
import io.junction.benchmarks.Loaded;
import io.junction.benchmarks.Workload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The baseline: the strongest code a careful programmer writes by hand for each workload, reading
 * columns by index into plain objects. Inserts send one multi-row {@code INSERT … RETURNING id}
 * per {@link Database#BATCH} rows on PostgreSQL, a batch with generated keys elsewhere; an update
 * batches exactly the changed rows; each load sends the statements its ORM counterpart sends.
 */
public final class JdbcWorkload implements Workload {
    private static final String[] ID = {"id"};
    private static final String CHILD_COLUMNS = "SELECT id, parent_id, name FROM bench_child";

    private final DataSource dataSource;
    private final boolean multiRowReturning;
    private final Map<Integer, String> inLists = new HashMap<>();

    public JdbcWorkload(Database database) {
        this.dataSource = database.dataSource();
        this.multiRowReturning = database.isPostgres();
    }

    @Override
    public void insert(int parents, int childrenPerParent) {
        try (Connection connection = dataSource.getConnection()) {
            JdbcParent[] rows = new JdbcParent[parents];
            for (int p = 0; p < parents; p++) {
                rows[p] = new JdbcParent(0, Workload.parentName(p));
                for (int c = 0; c < childrenPerParent; c++) {
                    rows[p].children.add(new JdbcChild(0, 0, Workload.childName(p, c)));
                }
            }
            Inserter inserter = multiRowReturning ? new MultiRowInserter(connection) : new BatchInserter(connection);
            inserter.parents(rows);
            inserter.children(rows);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long loadParents(Fetch fetch) {
        try (Connection connection = dataSource.getConnection()) {
            List<JdbcParent> parents = switch (fetch) {
                case LAZY -> lazily(connection);
                case JOINED -> joined(connection);
                case SELECTIN -> selectIn(connection);
            };
            connection.commit();
            long sum = 0;
            for (JdbcParent parent : parents) {
                sum += Checksum.parent(parent.id, parent.name);
                for (JdbcChild child : parent.children) {
                    sum += Checksum.child(child.id, child.parentId, child.name);
                }
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JdbcParent> parents(Connection connection) throws SQLException {
        List<JdbcParent> parents = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM bench_parent ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                parents.add(new JdbcParent(rows.getInt(1), rows.getString(2)));
            }
        }
        return parents;
    }

    private static List<JdbcParent> lazily(Connection connection) throws SQLException {
        List<JdbcParent> parents = parents(connection);
        try (PreparedStatement select = connection.prepareStatement(CHILD_COLUMNS + " WHERE parent_id = ?")) {
            for (JdbcParent parent : parents) {
                select.setInt(1, parent.id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        parent.children.add(new JdbcChild(rows.getInt(1), rows.getInt(2), rows.getString(3)));
                    }
                }
            }
        }
        return parents;
    }

    private static List<JdbcParent> joined(Connection connection) throws SQLException {
        String sql = "SELECT p.id, p.name, c.id, c.parent_id, c.name FROM bench_parent p"
                + " LEFT OUTER JOIN bench_child c ON c.parent_id = p.id ORDER BY p.id";
        List<JdbcParent> parents = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            JdbcParent current = null;
            while (rows.next()) {
                int parentId = rows.getInt(1);
                if (current == null || current.id != parentId) {
                    current = new JdbcParent(parentId, rows.getString(2));
                    parents.add(current);
                }
                int childId = rows.getInt(3);
                if (!rows.wasNull()) {
                    current.children.add(new JdbcChild(childId, rows.getInt(4), rows.getString(5)));
                }
            }
        }
        return parents;
    }

    private List<JdbcParent> selectIn(Connection connection) throws SQLException {
        List<JdbcParent> parents = parents(connection);
        if (parents.isEmpty()) {
            return parents;
        }
        Map<Integer, JdbcParent> byId = new HashMap<>(parents.size() * 2);
        for (JdbcParent parent : parents) {
            byId.put(parent.id, parent);
        }
        String sql = inLists.computeIfAbsent(parents.size(),
                n -> CHILD_COLUMNS + " WHERE parent_id IN (" + "?, ".repeat(n - 1) + "?)");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parents.size(); i++) {
                select.setInt(i + 1, parents.get(i).id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int parentId = rows.getInt(2);
                    byId.get(parentId).children.add(new JdbcChild(rows.getInt(1), parentId, rows.getString(3)));
                }
            }
        }
        return parents;
    }

    @Override
    public int renameEveryHundredth(String prefix) {
        try (Connection connection = dataSource.getConnection()) {
            List<JdbcChild> children = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(CHILD_COLUMNS);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    children.add(new JdbcChild(rows.getInt(1), rows.getInt(2), rows.getString(3)));
                }
            }
            int changed = 0;
            try (PreparedStatement update = connection.prepareStatement("UPDATE bench_child SET name = ? WHERE id = ?")) {
                for (JdbcChild child : children) {
                    if (child.id % 100 == 0) {
                        String name = prefix + child.id;
                        if (!name.equals(child.name)) {
                            child.name = name;
                            update.setString(1, name);
                            update.setInt(2, child.id);
                            update.addBatch();
                            changed++;
                        }
                    }
                }
                if (changed > 0) {
                    update.executeBatch();
                }
            }
            connection.commit();
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Loaded loadChildren() {
        List<JdbcChild> children = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(CHILD_COLUMNS);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                children.add(new JdbcChild(rows.getInt(1), rows.getInt(2), rows.getString(3)));
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new LoadedChildren(children);
    }

    /** The loaded children, and the {@code HashMap} by id that a hand-written identity map is, built on the first get. */
    private static final class LoadedChildren implements Loaded {
        private final List<JdbcChild> children;
        private Map<Integer, JdbcChild> byId;

        LoadedChildren(List<JdbcChild> children) {
            this.children = children;
        }

        @Override
        public int size() {
            return children.size();
        }

        @Override
        public long get(Integer[] ids) {
            if (byId == null) {
                byId = new HashMap<>(children.size() * 2);
                for (JdbcChild child : children) {
                    byId.put(child.id, child);
                }
            }
            long sum = 0;
            for (Integer id : ids) {
                JdbcChild child = byId.get(id);
                sum += child.id;
            }
            return sum;
        }

        @Override
        public void close() {
        }
    }

    @Override
    public long loadTree() {
        Map<Integer, JdbcNode> byId = new HashMap<>();
        JdbcNode root = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id, parent_id, name FROM bench_node ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                JdbcNode node = new JdbcNode(rows.getInt(1), rows.getString(3));
                byId.put(node.id, node);
                int parentId = rows.getInt(2);
                if (rows.wasNull()) {
                    root = node;
                } else {
                    byId.get(parentId).children.add(node);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return walk(root, 0);
    }

    private static long walk(JdbcNode node, int depth) {
        long sum = Checksum.node(node.id, node.name, depth);
        for (JdbcNode child : node.children) {
            sum += walk(child, depth + 1);
        }
        return sum;
    }

    /** Writes the inserted rows and sets their generated ids. */
    private interface Inserter {
        void parents(JdbcParent[] parents) throws SQLException;

        void children(JdbcParent[] parents) throws SQLException;
    }

    /** PostgreSQL: {@code INSERT … VALUES (…), (…) RETURNING id}, {@link Database#BATCH} rows a statement. */
    private static final class MultiRowInserter implements Inserter {
        private final Connection connection;

        MultiRowInserter(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void parents(JdbcParent[] parents) throws SQLException {
            for (int from = 0; from < parents.length; from += Database.BATCH) {
                int rows = Math.min(Database.BATCH, parents.length - from);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO bench_parent (name) VALUES " + values(rows, "(?)") + " RETURNING id")) {
                    for (int i = 0; i < rows; i++) {
                        insert.setString(i + 1, parents[from + i].name);
                    }
                    try (ResultSet keys = insert.executeQuery()) {
                        for (int i = 0; i < rows; i++) {
                            keys.next();
                            parents[from + i].id = keys.getInt(1);
                        }
                    }
                }
            }
        }

        @Override
        public void children(JdbcParent[] parents) throws SQLException {
            List<JdbcChild> all = new ArrayList<>();
            for (JdbcParent parent : parents) {
                for (JdbcChild child : parent.children) {
                    child.parentId = parent.id;
                    all.add(child);
                }
            }
            for (int from = 0; from < all.size(); from += Database.BATCH) {
                int rows = Math.min(Database.BATCH, all.size() - from);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO bench_child (parent_id, name) VALUES " + values(rows, "(?, ?)") + " RETURNING id")) {
                    for (int i = 0; i < rows; i++) {
                        JdbcChild child = all.get(from + i);
                        insert.setInt(2 * i + 1, child.parentId);
                        insert.setString(2 * i + 2, child.name);
                    }
                    try (ResultSet keys = insert.executeQuery()) {
                        for (int i = 0; i < rows; i++) {
                            keys.next();
                            all.get(from + i).id = keys.getInt(1);
                        }
                    }
                }
            }
        }

        private static String values(int rows, String row) {
            return (row + ", ").repeat(rows - 1) + row;
        }
    }

    /** Other databases: a JDBC batch of single-row INSERTs with generated keys, {@link Database#BATCH} rows a batch. */
    private static final class BatchInserter implements Inserter {
        private final Connection connection;

        BatchInserter(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void parents(JdbcParent[] parents) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_parent (name) VALUES (?)", ID)) {
                for (int from = 0; from < parents.length; from += Database.BATCH) {
                    int rows = Math.min(Database.BATCH, parents.length - from);
                    for (int i = 0; i < rows; i++) {
                        insert.setString(1, parents[from + i].name);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        for (int i = 0; i < rows; i++) {
                            keys.next();
                            parents[from + i].id = keys.getInt(1);
                        }
                    }
                }
            }
        }

        @Override
        public void children(JdbcParent[] parents) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench_child (parent_id, name) VALUES (?, ?)", ID)) {
                List<JdbcChild> pending = new ArrayList<>(Database.BATCH);
                for (JdbcParent parent : parents) {
                    for (JdbcChild child : parent.children) {
                        child.parentId = parent.id;
                        insert.setInt(1, parent.id);
                        insert.setString(2, child.name);
                        insert.addBatch();
                        pending.add(child);
                        if (pending.size() == Database.BATCH) {
                            execute(insert, pending);
                        }
                    }
                }
                if (!pending.isEmpty()) {
                    execute(insert, pending);
                }
            }
        }

        private static void execute(PreparedStatement insert, List<JdbcChild> pending) throws SQLException {
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (JdbcChild child : pending) {
                    keys.next();
                    child.id = keys.getInt(1);
                }
            }
            pending.clear();
        }
    }

    @Override
    public void close() {
    }
}
