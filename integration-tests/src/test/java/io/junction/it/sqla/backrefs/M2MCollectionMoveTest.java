package io.junction.it.sqla.backrefs;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_backref_mutations.py, class M2MCollectionMoveTest: a many-to-many
 * {@code Item.keywords} through {@code item_keywords} with the backref {@code Keyword.items}; changes made
 * through the backref to a collection that is not loaded are kept pending and merged into it when it loads.
 */
class M2MCollectionMoveTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table ITEMS = METADATA.table("items", column("id", INTEGER).primaryKey(),
            column("description", string(30)).nullable(false));
    static final Table KEYWORDS = METADATA.table("keywords", column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table ITEM_KEYWORDS = METADATA.table("item_keywords",
            column("item_id", INTEGER).foreignKey("items.id"),
            column("keyword_id", INTEGER).foreignKey("keywords.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Item {
        Integer id;
        String description;
        List<Keyword> keywords = new ArrayList<>();

        Item() {
        }

        Item(String description, Keyword... keywords) {
            this.description = description;
            this.keywords.addAll(List.of(keywords));
        }

        @Override
        public String toString() {
            return "Item(" + description + ")";
        }
    }

    @Mapped
    static class Keyword {
        Integer id;
        String name;
        List<Item> items = new ArrayList<>();

        Keyword() {
        }

        Keyword(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "Keyword(" + name + ")";
        }
    }

    static {
        REGISTRY.map(Item.class, ITEMS, relationship("keywords", Keyword.class).secondary(ITEM_KEYWORDS).backref("items"));
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** The links, as item description / keyword name. */
    private static Select links() {
        return select(ITEMS.c("description"), KEYWORDS.c("name"))
                .where(ITEM_KEYWORDS.c("item_id").eq(ITEMS.c("id")))
                .where(ITEM_KEYWORDS.c("keyword_id").eq(KEYWORDS.c("id")))
                .orderBy(ITEMS.c("description"), KEYWORDS.c("name"));
    }

    /** test_add_remove_pending_backref: an append and a removal of the same item cancel out while pending. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void addRemovePendingBackref(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            Item i1 = new Item("i1");
            session.add(i1);
            session.commit();
            session.expire(i1, "keywords");

            log.clear();
            Keyword k1 = new Keyword("k1");
            k1.items.add(i1);
            k1.items.remove(i1);
            assertThat(log.count()).isZero();

            assertThat(i1.keywords).isEmpty();
            // Junction differs: the lazy load takes i1's key from its identity, so the expired i1 is not
            // refreshed first (SQLAlchemy: SELECT items, then the collection)
            assertThat(log.verbs()).containsExactly("SELECT keywords");

            log.clear();
            session.commit();
            assertThat(log.count()).isZero();
        }
        assertThat(rows(engine, links())).isEmpty();
    }

    /** test_remove_add_pending_backref: a removal and an append of the same item cancel out while pending. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void removeAddPendingBackref(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            Keyword k1 = new Keyword("k1");
            Item i1 = new Item("i1", k1);
            session.add(i1);
            session.commit();
            session.expire(i1, "keywords");

            log.clear();
            k1.items.remove(i1);
            // Junction differs: k1 is not refreshed before its collection loads (SQLAlchemy: SELECT keywords first)
            assertThat(log.verbs()).as("k1.items loads to be removed from").containsExactly("SELECT items");

            log.clear();
            k1.items.add(i1);
            assertThat(log.count()).isZero();

            assertThat(i1.keywords).containsExactly(k1);
            assertThat(log.verbs()).containsExactly("SELECT keywords");

            log.clear();
            session.commit();
            assertThat(log.count()).isZero();
        }
        assertThat(strings(rows(engine, links()))).containsExactly("i1/k1");
    }

    /** test_pending_combines_with_flushed: an unflushed pending append joins the members loaded from the database. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void pendingCombinesWithFlushed(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            Keyword k1 = new Keyword("k1");
            Keyword k2 = new Keyword("k2");
            Item i1 = new Item("i1", k1);
            session.add(i1);
            session.add(k2);
            session.commit();

            log.clear();
            k2.items.add(i1);
            assertThat(log.verbs()).as("only k2.items loads").containsExactly("SELECT items");

            log.clear();
            assertThat(i1.keywords).containsExactly(k1, k2);
            assertThat(log.verbs()).as("no autoflush, the pending k2 comes from memory").containsExactly("SELECT keywords");

            assertThat(rows(session, select(ITEM_KEYWORDS.c("item_id")))).as("nothing flushed").hasSize(1);

            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT item_keywords");
            assertThat(log.statements().get(0).parameterSets()).hasSize(1);
        }
        assertThat(strings(rows(engine, links()))).containsExactly("i1/k1", "i1/k2");
    }

    /**
     * test_duplicate_adds: appending an item its keyword already has, through the backref, with the
     * item's collection loaded or expired; the duplicates never reach the database.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void duplicateAdds(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            Keyword k1 = new Keyword("k1");
            Item i1 = new Item("i1", k1);
            session.add(i1);
            session.commit();

            log.clear();
            k1.items.add(i1);
            assertThat(log.verbs()).as("k1.items loads to be appended to").containsExactly("SELECT items");
            log.clear();
            // Junction differs: an append through the backref skips a member the collection holds already, loaded
            // or pending (CollectionAttribute.appendFromBackref / setCommitted); SQLAlchemy shows [k1, k1] here
            assertThat(i1.keywords).containsExactly(k1);
            assertThat(log.verbs()).containsExactly("SELECT keywords");

            session.expire(i1, "keywords");
            log.clear();
            k1.items.add(i1);
            assertThat(log.count()).isZero();
            assertThat(i1.keywords).containsExactly(k1);
            assertThat(log.verbs()).containsExactly("SELECT keywords");

            session.expire(i1, "keywords");
            log.clear();
            k1.items.add(i1);
            assertThat(log.count()).isZero();
            assertThat(i1.keywords).containsExactly(k1);
            assertThat(log.verbs()).containsExactly("SELECT keywords");

            assertThat(k1.items).containsExactly(i1, i1, i1, i1);

            log.clear();
            session.commit();
            assertThat(log.verbs()).as("i1 was linked to k1 already").isEmpty();
            assertThat(strings(rows(engine, links()))).containsExactly("i1/k1");

            assertThat(k1.items).containsExactly(i1);
        }
    }

    /** test_bulk_replace: assigning the collection moves the backrefs of the members that come and go. */
    @Test
    void bulkReplace() {
        Keyword k1 = new Keyword("k1");
        Keyword k2 = new Keyword("k2");
        Keyword k3 = new Keyword("k3");
        Item i1 = new Item("i1", k1, k2);
        Item i2 = new Item("i2", k3);

        i1.keywords = new ArrayList<>(List.of(k2, k3));
        assertThat(k3.items).contains(i1, i2);
        assertThat(k1.items).doesNotContain(i1);
        assertThat(k2.items).containsExactly(i1);
    }
}
