package io.junction.benchmarks.jdbc;

import io.junction.benchmarks.ChildData;
import io.junction.benchmarks.Database;
import io.junction.benchmarks.ParentData;
import io.junction.benchmarks.Workload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The baseline: what a careful programmer writes by hand, with JDBC batches and one join for loading. */
public final class JdbcWorkload implements Workload {
    private static final String[] ID = {"id"};
    private final DataSource dataSource;

    public JdbcWorkload(Database database) {
        this.dataSource = database.dataSource();
    }

    @Override
    public void insert(int parents, int childrenPerParent) {
        try (Connection connection = dataSource.getConnection()) {
            int[] parentIds = new int[parents];
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_parent (name) VALUES (?)", ID)) {
                for (int p = 0; p < parents; p++) {
                    insert.setString(1, Workload.parentName(p));
                    insert.addBatch();
                }
                insert.executeBatch();
                readKeys(insert, parentIds);
            }
            int[] childIds = new int[parents * childrenPerParent];
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench_child (parent_id, name) VALUES (?, ?)", ID)) {
                for (int p = 0; p < parents; p++) {
                    for (int c = 0; c < childrenPerParent; c++) {
                        insert.setInt(1, parentIds[p]);
                        insert.setString(2, Workload.childName(p, c));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
                readKeys(insert, childIds);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readKeys(PreparedStatement statement, int[] into) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            int i = 0;
            while (keys.next()) {
                into[i++] = keys.getInt(1);
            }
            if (i != into.length) {
                throw new IllegalStateException("expected " + into.length + " generated keys, got " + i);
            }
        }
    }

    @Override
    public List<ParentData> loadAll() {
        String sql = "SELECT p.id, p.name, c.id, c.parent_id, c.name FROM bench_parent p"
                + " LEFT OUTER JOIN bench_child c ON c.parent_id = p.id ORDER BY p.id, c.id";
        List<ParentData> parents = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            ParentData current = null;
            while (rows.next()) {
                int parentId = rows.getInt(1);
                if (current == null || current.id() != parentId) {
                    current = new ParentData(parentId, rows.getString(2), new ArrayList<>());
                    parents.add(current);
                }
                int childId = rows.getInt(3);
                if (!rows.wasNull()) {
                    current.children().add(new ChildData(childId, rows.getInt(4), rows.getString(5)));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return parents;
    }

    @Override
    public int renameChildren(String prefix) {
        try (Connection connection = dataSource.getConnection()) {
            List<MutableChild> children = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, parent_id, name FROM bench_child");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    children.add(new MutableChild(rows.getInt(1), rows.getInt(2), rows.getString(3)));
                }
            }
            int changed = 0;
            try (PreparedStatement update = connection.prepareStatement("UPDATE bench_child SET name = ? WHERE id = ?")) {
                for (MutableChild child : children) {
                    String name = prefix + child.id;
                    if (!name.equals(child.name)) {
                        child.name = name;
                        update.setString(1, name);
                        update.setInt(2, child.id);
                        update.addBatch();
                        changed++;
                    }
                }
                update.executeBatch();
            }
            connection.commit();
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableChild {
        final int id;
        final int parentId;
        String name;

        MutableChild(int id, int parentId, String name) {
            this.id = id;
            this.parentId = parentId;
            this.name = name;
        }
    }

    @Override
    public List<ChildData> getEachInFreshSession(int[] ids) {
        List<ChildData> result = new ArrayList<>(ids.length);
        for (int id : ids) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement("SELECT id, parent_id, name FROM bench_child WHERE id = ?")) {
                result.add(get(select, id));
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    @Override
    public List<ChildData> getAllInOneSession(int[] ids) {
        List<ChildData> result = new ArrayList<>(ids.length);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id, parent_id, name FROM bench_child WHERE id = ?")) {
            for (int id : ids) {
                result.add(get(select, id));
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static ChildData get(PreparedStatement select, int id) throws SQLException {
        select.setInt(1, id);
        try (ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            int parentId = rows.getInt(2);
            return new ChildData(rows.getInt(1), rows.wasNull() ? null : parentId, rows.getString(3));
        }
    }

    @Override
    public void close() {
    }
}
