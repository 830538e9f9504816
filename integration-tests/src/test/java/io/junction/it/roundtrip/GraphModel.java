package io.junction.it.roundtrip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the database should hold after the random operations, as SQLAlchemy's unit of work would
 * write it: each entity by its unique name, with the name of what it refers to.
 */
final class GraphModel {

    /** One entity: its name, the object of the current session that stands for it, and what it refers to. */
    static final class Entity {
        final String kind;
        final String name;
        Object object;
        Entity parent;
        /** Flushed at least once, so its row exists. */
        boolean persisted;
        /** Marked for deletion in the current flush period. */
        boolean deleted;
        /** A node created as a root that was never given a parent: not an orphan. */
        boolean rooted;
        /** Changed in the current flush period. */
        boolean touched;
        /** The natural key, for accounts. */
        String key;

        Entity(String kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    final Map<String, Entity> parents = new LinkedHashMap<>();
    final Map<String, Entity> children = new LinkedHashMap<>();
    final Map<String, Entity> items = new LinkedHashMap<>();
    final Map<String, Entity> tags = new LinkedHashMap<>();
    final Map<String, Entity> nodes = new LinkedHashMap<>();
    final Map<String, Entity> accounts = new LinkedHashMap<>();
    final Map<String, Entity> mailboxes = new LinkedHashMap<>();
    /** Parent name to the names of its tags. */
    final Map<String, TreeSet<String>> tagging = new LinkedHashMap<>();

    List<Map<String, Entity>> all() {
        return List.of(parents, children, items, tags, nodes, accounts, mailboxes);
    }

    static List<Entity> live(Map<String, Entity> entities) {
        List<Entity> result = new ArrayList<>();
        for (Entity entity : entities.values()) {
            if (!entity.deleted) {
                result.add(entity);
            }
        }
        return result;
    }

    int depth(Entity node) {
        int depth = 0;
        for (Entity n = node.parent; n != null; n = n.parent) {
            depth++;
        }
        return depth;
    }

    int height(Entity node) {
        int height = 0;
        for (Entity child : nodes.values()) {
            if (child.parent == node && !child.deleted) {
                height = Math.max(height, 1 + height(child));
            }
        }
        return height;
    }

    boolean inSubtree(Entity candidate, Entity root) {
        for (Entity n = candidate; n != null; n = n.parent) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    /** Marks a node and every live node under it deleted. */
    void deleteSubtree(Entity node) {
        node.deleted = true;
        for (Entity child : nodes.values()) {
            if (child.parent == node && !child.deleted) {
                deleteSubtree(child);
            }
        }
    }

    /** What a successful flush does to the model: orphans go, references to deleted rows become NULL, the rest is persisted. */
    void flushed() {
        for (Entity child : children.values()) {
            if (!child.deleted && child.parent == null) {
                child.deleted = true;
            }
        }
        for (Entity node : new ArrayList<>(nodes.values())) {
            if (!node.deleted && node.parent == null && !node.rooted) {
                deleteSubtree(node);
            }
        }
        for (Entity item : items.values()) {
            if (item.parent != null && item.parent.deleted) {
                item.parent = null;
            }
        }
        for (Entity mailbox : mailboxes.values()) {
            if (mailbox.parent != null && mailbox.parent.deleted) {
                mailbox.parent = null;
            }
        }
        tagging.entrySet().removeIf(e -> parents.get(e.getKey()).deleted);
        for (TreeSet<String> names : tagging.values()) {
            names.removeIf(name -> tags.get(name).deleted);
        }
        for (Map<String, Entity> entities : all()) {
            entities.values().removeIf(e -> e.deleted);
            for (Entity entity : entities.values()) {
                entity.persisted = true;
                entity.touched = false;
            }
        }
    }

    /** The expected rows, table by table, as sorted strings. */
    Map<String, List<String>> expectedRows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        rows.put("parents", sorted(parents.values().stream().map(e -> e.name).toList()));
        rows.put("children", sorted(children.values().stream().map(GraphModel::withParent).toList()));
        rows.put("items", sorted(items.values().stream().map(GraphModel::withParent).toList()));
        rows.put("tags", sorted(tags.values().stream().map(e -> e.name).toList()));
        List<String> links = new ArrayList<>();
        tagging.forEach((parent, names) -> names.forEach(tag -> links.add(parent + "/" + tag)));
        rows.put("parent_tag", sorted(links));
        rows.put("nodes", sorted(nodes.values().stream().map(GraphModel::withParent).toList()));
        rows.put("accounts", sorted(accounts.values().stream().map(e -> e.name + "/" + e.key).toList()));
        rows.put("mailboxes", sorted(mailboxes.values().stream().map(GraphModel::withParent).toList()));
        return rows;
    }

    private static String withParent(Entity entity) {
        return entity.name + "/" + (entity.parent == null ? "-" : entity.parent.name);
    }

    static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }
}
