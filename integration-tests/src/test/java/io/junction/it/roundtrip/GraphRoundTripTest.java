package io.junction.it.roundtrip;

import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.it.roundtrip.GraphModel.Entity;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Predicate;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random object graphs — one-to-many with delete-orphan and without, many-to-many, a
 * self-referential tree up to five levels, natural keys that change — built, moved, orphaned,
 * deleted and renamed over several flushes and sessions, each commit compared with an in-memory
 * model of what SQLAlchemy's unit of work writes. Sessions flush only when told to (randomly). Seeds are fixed; {@code -Djunction.roundtrip.iterations=N}
 * and {@code -Djunction.roundtrip.seed=S} run more or one. A failure names its seed and the operations.
 */
class GraphRoundTripTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table PARENTS = METADATA.table("rt_parents", column("id", INTEGER).primaryKey(),
            column("name", string(40)).unique());
    static final Table CHILDREN = METADATA.table("rt_children", column("id", INTEGER).primaryKey(),
            column("name", string(40)), column("parent_id", INTEGER).foreignKey("rt_parents.id"));
    static final Table ITEMS = METADATA.table("rt_items", column("id", INTEGER).primaryKey(),
            column("name", string(40)), column("owner_id", INTEGER).foreignKey("rt_parents.id"));
    static final Table TAGS = METADATA.table("rt_tags", column("id", INTEGER).primaryKey(), column("name", string(40)));
    static final Table PARENT_TAG = METADATA.table("rt_parent_tag",
            column("parent_id", INTEGER).foreignKey("rt_parents.id"), column("tag_id", INTEGER).foreignKey("rt_tags.id"));
    static final Table NODES = METADATA.table("rt_nodes", column("id", INTEGER).primaryKey(),
            column("name", string(40)), column("parent_id", INTEGER).foreignKey("rt_nodes.id"));
    static final Table ACCOUNTS = METADATA.table("rt_accounts", column("username", string(40)).primaryKey(),
            column("label", string(40)));
    static final Table MAILBOXES = METADATA.table("rt_mailboxes", column("email", string(40)).primaryKey(),
            column("username", string(40)).foreignKey("rt_accounts.username", ReferentialAction.CASCADE, null));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Parent {
        Integer id;
        String name;
        List<Child> children = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
    }

    @Mapped
    static class Child {
        Integer id;
        String name;
        Integer parentId;
        Parent parent;
    }

    @Mapped
    static class Item {
        Integer id;
        String name;
        Integer ownerId;
        Parent owner;
    }

    @Mapped
    static class Tag {
        Integer id;
        String name;
        List<Parent> parents = new ArrayList<>();
    }

    @Mapped
    static class Node {
        Integer id;
        String name;
        Integer parentId;
        Node parent;
        List<Node> children = new ArrayList<>();
    }

    @Mapped
    static class Account {
        String username;
        String label;
        List<Mailbox> mailboxes = new ArrayList<>();
    }

    @Mapped
    static class Mailbox {
        String email;
        String username;
        Account account;
    }

    static {
        REGISTRY.map(Parent.class, PARENTS,
                relationship("children", Child.class).cascade("all, delete-orphan").backref("parent"),
                relationship("items", Item.class).backref("owner"),
                relationship("tags", Tag.class).secondary(PARENT_TAG).backref("parents"));
        REGISTRY.map(Child.class, CHILDREN);
        REGISTRY.map(Item.class, ITEMS);
        REGISTRY.map(Tag.class, TAGS);
        REGISTRY.map(Node.class, NODES, relationship("children", Node.class).cascade("all, delete-orphan")
                .backref(backref("parent").remoteSide(NODES.c("id"))));
        REGISTRY.map(Account.class, ACCOUNTS, relationship("mailboxes", Mailbox.class).backref("account"));
        REGISTRY.map(Mailbox.class, MAILBOXES);
        REGISTRY.configure();
    }

    private static final int CI_ITERATIONS = 150;

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void randomGraphsRoundTripThroughTheDatabase(Database database) {
        String only = System.getProperty("junction.roundtrip.seed");
        Engine engine = only != null ? database.engine() : database.quietEngine();
        METADATA.createAll(engine);
        int iterations = Integer.getInteger("junction.roundtrip.iterations", CI_ITERATIONS);
        if (only != null) {
            new Run(engine, Long.parseLong(only)).execute();
            return;
        }
        for (long seed = 1; seed <= iterations; seed++) {
            new Run(engine, seed).execute();
        }
    }

    /** One iteration: several sessions of random operations from one seed. */
    private static final class Run {
        private final Engine engine;
        private final long seed;
        private final Random random;
        private final String prefix;
        private final GraphModel model = new GraphModel();
        private final List<String> log = new ArrayList<>();
        private Session session;
        private int counter;

        Run(Engine engine, long seed) {
            this.engine = engine;
            this.seed = seed;
            this.random = new Random(seed);
            this.prefix = "s" + seed + "-";
        }

        void execute() {
            try {
                int rounds = 2 + random.nextInt(5);
                for (int round = 0; round < rounds; round++) {
                    if (session == null || random.nextInt(3) == 0) {
                        openSession();
                    }
                    int operations = 1 + random.nextInt(8);
                    for (int i = 0; i < operations; i++) {
                        operate();
                        if (random.nextInt(6) == 0) {
                            log.add("flush");
                            if (System.getProperty("junction.roundtrip.seed") != null) {
                                System.out.println("DIRTY " + session.dirtyObjects().stream().map(o -> o.getClass().getSimpleName()).toList()
                                        + " NEW " + session.newObjects().stream().map(o -> o.getClass().getSimpleName()).toList());
                            }
                            session.flush();
                            model.flushed();
                            checkMemory();
                        }
                    }
                    log.add("commit");
                    session.commit();
                    model.flushed();
                    checkDatabase();
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " diverged (rerun with -Djunction.roundtrip.seed=" + seed
                        + "); operations: " + String.join("; ", log) + "\n" + e, e);
            } finally {
                if (session != null) {
                    session.close();
                }
            }
        }

        private void openSession() {
            if (session != null) {
                session.close();
            }
            log.add("new session");
            // flushes are the test's own choice: an autoflush in the middle of the operations would
            // delete an orphan that a later operation re-attaches (as in SQLAlchemy), which the model
            // cannot foresee
            session = new Session(engine).autoflush(false);
            bind(model.parents, Parent.class, PARENTS, p -> ((Parent) p).name);
            bind(model.children, Child.class, CHILDREN, c -> ((Child) c).name);
            bind(model.items, Item.class, ITEMS, i -> ((Item) i).name);
            bind(model.tags, Tag.class, TAGS, t -> ((Tag) t).name);
            bind(model.nodes, Node.class, NODES, n -> ((Node) n).name);
            bind(model.mailboxes, Mailbox.class, MAILBOXES, m -> ((Mailbox) m).email);
            Map<String, Object> accounts = new HashMap<>();
            for (Account account : session.query(Account.class).filter(ACCOUNTS.c("label").like(prefix + "%")).all()) {
                accounts.put(account.label, account);
            }
            for (Entity entity : model.accounts.values()) {
                entity.object = accounts.get(entity.name);
                assertThat(entity.object).as("account " + entity.name).isNotNull();
            }
        }

        private <T> void bind(Map<String, Entity> entities, Class<T> type, Table table, java.util.function.Function<Object, String> name) {
            String column = table == MAILBOXES ? "email" : "name";
            Map<String, Object> loaded = new HashMap<>();
            for (T object : session.query(type).filter(table.c(column).like(prefix + "%")).all()) {
                loaded.put(name.apply(object), object);
            }
            assertThat(loaded.keySet()).as(type.getSimpleName() + " rows").isEqualTo(entities.keySet());
            for (Entity entity : entities.values()) {
                entity.object = loaded.get(entity.name);
            }
        }

        private String name(String kind) {
            return prefix + kind + (++counter);
        }

        private Entity pick(Map<String, Entity> entities, Predicate<Entity> condition) {
            List<Entity> candidates = new ArrayList<>();
            for (Entity entity : entities.values()) {
                if (!entity.deleted && condition.test(entity)) {
                    candidates.add(entity);
                }
            }
            return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }

        private boolean coin() {
            return random.nextBoolean();
        }

        private void operate() {
            for (int attempt = 0; attempt < 20; attempt++) {
                if (tryOperation(random.nextInt(22))) {
                    return;
                }
            }
        }

        @SuppressWarnings("unchecked")
        private boolean tryOperation(int which) {
            switch (which) {
                case 0 -> {
                    Parent p = new Parent();
                    p.name = name("p");
                    session.add(p);
                    add(model.parents, "parent", p.name, p, null);
                    log.add("new " + p.name);
                }
                case 1 -> {
                    Entity parent = pick(model.parents, e -> true);
                    if (parent == null) {
                        return false;
                    }
                    Child c = new Child();
                    c.name = name("c");
                    if (coin()) {
                        ((Parent) parent.object).children.add(c);
                        log.add(parent + ".children.add(new " + c.name + ")");
                    } else {
                        c.parent = (Parent) parent.object;
                        session.add(c);
                        log.add("new " + c.name + ".parent = " + parent + "; add");
                    }
                    add(model.children, "child", c.name, c, parent);
                }
                case 2 -> {
                    Entity child = pick(model.children, e -> true);
                    Entity target = child == null ? null : pick(model.parents, e -> e != child.parent);
                    if (target == null) {
                        return false;
                    }
                    Child c = (Child) child.object;
                    // a pending child moves through the collection (SQLAlchemy may expunge it as an orphan
                    // between the backref's removal and append); an orphan through the reference (loading
                    // the collection would autoflush, which deletes the orphan)
                    if (!child.persisted || (child.parent != null && coin())) {
                        ((Parent) target.object).children.add(c);
                        log.add(target + ".children.add(" + child + ")");
                    } else {
                        c.parent = (Parent) target.object;
                        log.add(child + ".parent = " + target);
                    }
                    child.parent = target;
                }
                case 3 -> {
                    Entity child = pick(model.children, e -> e.parent != null);
                    if (child == null) {
                        return false;
                    }
                    Child c = (Child) child.object;
                    if (coin()) {
                        ((Parent) child.parent.object).children.remove(c);
                        log.add(child.parent + ".children.remove(" + child + ")");
                    } else {
                        c.parent = null;
                        log.add(child + ".parent = null");
                    }
                    child.parent = null;
                    if (!child.persisted) {
                        child.deleted = true;
                    }
                }
                case 4 -> {
                    Entity child = pick(model.children, e -> e.persisted);
                    if (child == null) {
                        return false;
                    }
                    session.delete(child.object);
                    child.deleted = true;
                    log.add("delete " + child);
                }
                case 5 -> {
                    Entity parent = pick(model.parents, e -> e.persisted && !e.touched
                            && model.children.values().stream().noneMatch(c -> c.parent == e && !c.persisted && !c.deleted));
                    if (parent == null) {
                        return false;
                    }
                    session.delete(parent.object);
                    parent.deleted = true;
                    for (Entity child : model.children.values()) {
                        if (child.parent == parent) {
                            child.deleted = true;
                        }
                    }
                    log.add("delete " + parent);
                }
                case 6 -> {
                    Item i = new Item();
                    i.name = name("i");
                    Entity owner = coin() ? pick(model.parents, e -> true) : null;
                    if (owner == null) {
                        session.add(i);
                        log.add("add new " + i.name);
                    } else if (coin()) {
                        ((Parent) owner.object).items.add(i);
                        log.add(owner + ".items.add(new " + i.name + ")");
                    } else {
                        i.owner = (Parent) owner.object;
                        session.add(i);
                        log.add("new " + i.name + ".owner = " + owner + "; add");
                    }
                    add(model.items, "item", i.name, i, owner);
                }
                case 7 -> {
                    Entity item = pick(model.items, e -> true);
                    Entity target = item == null ? null : pick(model.parents, e -> e != item.parent);
                    if (target == null) {
                        return false;
                    }
                    if (coin()) {
                        ((Parent) target.object).items.add((Item) item.object);
                        log.add(target + ".items.add(" + item + ")");
                    } else {
                        ((Item) item.object).owner = (Parent) target.object;
                        log.add(item + ".owner = " + target);
                    }
                    item.parent = target;
                }
                case 8 -> {
                    Entity item = pick(model.items, e -> e.parent != null);
                    if (item == null) {
                        return false;
                    }
                    if (coin()) {
                        ((Parent) item.parent.object).items.remove(item.object);
                        log.add(item.parent + ".items.remove(" + item + ")");
                    } else {
                        ((Item) item.object).owner = null;
                        log.add(item + ".owner = null");
                    }
                    item.parent = null;
                }
                case 9 -> {
                    Entity item = pick(model.items, e -> e.persisted);
                    if (item == null) {
                        return false;
                    }
                    session.delete(item.object);
                    item.deleted = true;
                    log.add("delete " + item);
                }
                case 10 -> {
                    Tag t = new Tag();
                    t.name = name("t");
                    Entity parent = coin() ? pick(model.parents, e -> true) : null;
                    Entity tag = add(model.tags, "tag", t.name, t, null);
                    if (parent == null) {
                        session.add(t);
                        log.add("add new " + t.name);
                    } else {
                        ((Parent) parent.object).tags.add(t);
                        model.tagging.computeIfAbsent(parent.name, k -> new TreeSet<>()).add(t.name);
                        parent.touched = true;
                        tag.touched = true;
                        log.add(parent + ".tags.add(new " + t.name + ")");
                    }
                }
                case 11 -> {
                    Entity parent = pick(model.parents, e -> true);
                    Entity tag = parent == null ? null : pick(model.tags,
                            e -> !model.tagging.getOrDefault(parent.name, new TreeSet<>()).contains(e.name));
                    if (tag == null) {
                        return false;
                    }
                    if (coin()) {
                        ((Parent) parent.object).tags.add((Tag) tag.object);
                        log.add(parent + ".tags.add(" + tag + ")");
                    } else {
                        ((Tag) tag.object).parents.add((Parent) parent.object);
                        log.add(tag + ".parents.add(" + parent + ")");
                    }
                    model.tagging.computeIfAbsent(parent.name, k -> new TreeSet<>()).add(tag.name);
                    parent.touched = true;
                    tag.touched = true;
                }
                case 12 -> {
                    Entity parent = pick(model.parents, e -> !model.tagging.getOrDefault(e.name, new TreeSet<>()).isEmpty()
                            && model.tagging.get(e.name).stream().anyMatch(t -> !model.tags.get(t).deleted));
                    if (parent == null) {
                        return false;
                    }
                    List<String> names = model.tagging.get(parent.name).stream().filter(t -> !model.tags.get(t).deleted).toList();
                    Entity tag = model.tags.get(names.get(random.nextInt(names.size())));
                    if (coin()) {
                        ((Parent) parent.object).tags.remove(tag.object);
                        log.add(parent + ".tags.remove(" + tag + ")");
                    } else {
                        ((Tag) tag.object).parents.remove(parent.object);
                        log.add(tag + ".parents.remove(" + parent + ")");
                    }
                    model.tagging.get(parent.name).remove(tag.name);
                    parent.touched = true;
                    tag.touched = true;
                }
                case 13 -> {
                    Entity tag = pick(model.tags, e -> e.persisted && !e.touched);
                    if (tag == null) {
                        return false;
                    }
                    session.delete(tag.object);
                    tag.deleted = true;
                    log.add("delete " + tag);
                }
                case 14 -> {
                    Node n = new Node();
                    n.name = name("n");
                    Entity parent = coin() ? pick(model.nodes, e -> model.depth(e) < 4 && !underOrphan(e)) : null;
                    if (parent == null) {
                        session.add(n);
                        add(model.nodes, "node", n.name, n, null).rooted = true;
                        log.add("add new root " + n.name);
                    } else {
                        ((Node) parent.object).children.add(n);
                        add(model.nodes, "node", n.name, n, parent);
                        log.add(parent + ".children.add(new " + n.name + ")");
                    }
                }
                case 15 -> {
                    Entity node = pick(model.nodes, e -> true);
                    if (node == null) {
                        return false;
                    }
                    int height = model.height(node);
                    Entity target = pick(model.nodes, e -> e != node.parent && !model.inSubtree(e, node)
                            && model.depth(e) + 1 + height <= 4 && (node.persisted || !underOrphan(e))
                            && (node.persisted || subtreePersisted(node) || !underOrphan(e)));
                    if (target == null || (!subtreePersisted(node) && underOrphan(target))) {
                        return false;
                    }
                    if (!node.persisted || ((node.parent != null || node.rooted) && coin())) {
                        ((Node) target.object).children.add((Node) node.object);
                        log.add(target + ".children.add(" + node + ")");
                    } else {
                        ((Node) node.object).parent = (Node) target.object;
                        log.add(node + ".parent = " + target);
                    }
                    node.parent = target;
                    node.rooted = false;
                }
                case 16 -> {
                    Entity node = pick(model.nodes, e -> e.parent != null && subtreePersisted(e));
                    if (node == null) {
                        return false;
                    }
                    if (coin()) {
                        ((Node) node.parent.object).children.remove(node.object);
                        log.add(node.parent + ".children.remove(" + node + ")");
                    } else {
                        ((Node) node.object).parent = null;
                        log.add(node + ".parent = null");
                    }
                    node.parent = null;
                    node.rooted = false;
                }
                case 17 -> {
                    Entity node = pick(model.nodes, this::subtreePersisted);
                    if (node == null) {
                        return false;
                    }
                    session.delete(node.object);
                    model.deleteSubtree(node);
                    log.add("delete " + node);
                }
                case 18 -> {
                    Account a = new Account();
                    a.label = name("a");
                    a.username = name("u");
                    session.add(a);
                    add(model.accounts, "account", a.label, a, null).key = a.username;
                    log.add("new " + a.label + " as " + a.username);
                }
                case 19 -> {
                    Entity account = pick(model.accounts, e -> true);
                    if (account == null) {
                        return false;
                    }
                    Mailbox m = new Mailbox();
                    m.email = name("m");
                    ((Account) account.object).mailboxes.add(m);
                    add(model.mailboxes, "mailbox", m.email, m, account);
                    log.add(account + ".mailboxes.add(new " + m.email + ")");
                }
                case 20 -> {
                    Entity mailbox = pick(model.mailboxes, e -> true);
                    Entity target = mailbox == null ? null : pick(model.accounts, e -> e != mailbox.parent);
                    if (target == null && mailbox != null && mailbox.parent != null && coin()) {
                        ((Mailbox) mailbox.object).account = null;
                        mailbox.parent = null;
                        log.add(mailbox + ".account = null");
                        return true;
                    }
                    if (target == null) {
                        return false;
                    }
                    if (coin()) {
                        ((Account) target.object).mailboxes.add((Mailbox) mailbox.object);
                        log.add(target + ".mailboxes.add(" + mailbox + ")");
                    } else {
                        ((Mailbox) mailbox.object).account = (Account) target.object;
                        log.add(mailbox + ".account = " + target);
                    }
                    mailbox.parent = target;
                }
                case 21 -> {
                    Entity account = pick(model.accounts, e -> true);
                    if (account == null) {
                        return false;
                    }
                    String username = name("u");
                    ((Account) account.object).username = username;
                    account.key = username;
                    log.add(account + ".username = " + username);
                }
                default -> throw new IllegalStateException();
            }
            return true;
        }

        /** True if the node hangs, through its ancestors, from a node detached in this flush period (to be deleted). */
        private boolean underOrphan(Entity node) {
            Entity top = node;
            while (top.parent != null) {
                top = top.parent;
            }
            return !top.rooted;
        }

        private boolean subtreePersisted(Entity node) {
            if (!node.persisted) {
                return false;
            }
            for (Entity child : model.nodes.values()) {
                if (child.parent == node && !child.deleted && !subtreePersisted(child)) {
                    return false;
                }
            }
            return true;
        }

        private Entity add(Map<String, Entity> entities, String kind, String name, Object object, Entity parent) {
            Entity entity = new Entity(kind, name);
            entity.object = object;
            entity.parent = parent;
            entities.put(name, entity);
            return entity;
        }

        /** After a flush in the same session: every foreign key in memory and every loaded reference matches the model. */
        private void checkMemory() {
            for (Entity child : model.children.values()) {
                Child c = (Child) child.object;
                Parent expected = child.parent == null ? null : (Parent) child.parent.object;
                assertThat(c.parent).as(child + ".parent").isSameAs(expected);
                assertThat(c.parentId).as(child + ".parentId").isEqualTo(expected == null ? null : expected.id);
            }
            for (Entity item : model.items.values()) {
                Item i = (Item) item.object;
                Parent expected = item.parent == null ? null : (Parent) item.parent.object;
                if (expected != null) {
                    // as in SQLAlchemy, deleting the owner NULLs the key but leaves the reference in memory
                    assertThat(i.owner).as(item + ".owner").isSameAs(expected);
                }
                assertThat(i.ownerId).as(item + ".ownerId").isEqualTo(expected == null ? null : expected.id);
            }
            for (Entity node : model.nodes.values()) {
                Node n = (Node) node.object;
                Node expected = node.parent == null ? null : (Node) node.parent.object;
                assertThat(n.parent).as(node + ".parent").isSameAs(expected);
                assertThat(n.parentId).as(node + ".parentId").isEqualTo(expected == null ? null : expected.id);
            }
            for (Entity parent : model.parents.values()) {
                List<Object> expected = new ArrayList<>();
                for (Entity child : model.children.values()) {
                    if (child.parent == parent) {
                        expected.add(child.object);
                    }
                }
                // objects deleted by the flush stay in the collection in memory, as in SQLAlchemy, until it expires
                List<Object> actual = new ArrayList<>();
                for (Child c : ((Parent) parent.object).children) {
                    if (model.children.containsKey(c.name)) {
                        actual.add(c);
                    }
                }
                assertThat(actual).as(parent + ".children").containsExactlyInAnyOrderElementsOf(expected);
            }
        }

        private void checkDatabase() {
            Map<String, List<String>> actual = new LinkedHashMap<>();
            Map<Object, String> parentNames = names(PARENTS, "name");
            Map<Object, String> tagNames = names(TAGS, "name");
            Map<Object, String> nodeNames = names(NODES, "name");
            actual.put("parents", GraphModel.sorted(new ArrayList<>(parentNames.values())));
            actual.put("children", linked(CHILDREN, "name", "parent_id", parentNames));
            actual.put("items", linked(ITEMS, "name", "owner_id", parentNames));
            actual.put("tags", GraphModel.sorted(new ArrayList<>(tagNames.values())));
            List<String> links = new ArrayList<>();
            for (Row row : rows(engine, select(PARENT_TAG.c("parent_id"), PARENT_TAG.c("tag_id")))) {
                String parent = parentNames.get(row.get(0));
                String tag = tagNames.get(row.get(1));
                if (parent != null || tag != null) {
                    links.add(parent + "/" + tag);
                }
            }
            actual.put("parent_tag", GraphModel.sorted(links));
            actual.put("nodes", linked(NODES, "name", "parent_id", nodeNames));
            List<String> accounts = new ArrayList<>();
            Map<Object, String> accountLabels = new HashMap<>();
            for (Row row : rows(engine, select(ACCOUNTS.c("username"), ACCOUNTS.c("label")).where(ACCOUNTS.c("label").like(prefix + "%")))) {
                accounts.add(row.get(1) + "/" + row.get(0));
                accountLabels.put(row.get(0), (String) row.get(1));
            }
            actual.put("accounts", GraphModel.sorted(accounts));
            actual.put("mailboxes", linked(MAILBOXES, "email", "username", accountLabels));
            assertThat(actual).isEqualTo(model.expectedRows());
        }

        private Map<Object, String> names(Table table, String column) {
            Map<Object, String> names = new HashMap<>();
            for (Row row : rows(engine, select(table.c("id"), table.c(column)).where(table.c(column).like(prefix + "%")))) {
                names.put(row.get(0), (String) row.get(1));
            }
            return names;
        }

        private List<String> linked(Table table, String nameColumn, String fkColumn, Map<Object, String> targets) {
            List<String> result = new ArrayList<>();
            for (Row row : rows(engine, select(table.c(nameColumn), table.c(fkColumn)).where(table.c(nameColumn).like(prefix + "%")))) {
                Object fk = row.get(1);
                result.add(row.get(0) + "/" + (fk == null ? "-" : targets.getOrDefault(fk, "?" + fk)));
            }
            return GraphModel.sorted(result);
        }
    }
}
