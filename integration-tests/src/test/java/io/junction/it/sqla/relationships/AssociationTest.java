package io.junction.it.sqla.relationships;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_association.py, class AssociationTest: an association
 * object (KeywordAssociation, with its own data column) between items and keywords, reached
 * through a one-to-many with "all, delete-orphan" ordered by the association's data, and a
 * joined-eager many-to-one to the keyword. Each test compares the objects as saved with the
 * objects as loaded back by a new session (SQLAlchemy compares their reprs).
 *
 * <p>Junction differs: SQLAlchemy gives the mapper the primary key (item_id, keyword_id) of a
 * table that declares none; Junction takes a mapper's primary key from its table, so the table
 * declares it.
 */
class AssociationTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table ITEMS = METADATA.table("items", column("item_id", INTEGER).primaryKey(), column("name", string(40)));
    static final Table ITEM_KEYWORDS = METADATA.table("item_keywords",
            column("item_id", INTEGER).foreignKey("items.item_id").primaryKey(),
            column("keyword_id", INTEGER).foreignKey("keywords.keyword_id").primaryKey(),
            column("data", string(40)));
    static final Table KEYWORDS = METADATA.table("keywords", column("keyword_id", INTEGER).primaryKey(),
            column("name", string(40)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Item {
        Integer itemId;
        String name;
        List<KeywordAssociation> keywords = new ArrayList<>();

        Item() {
        }

        Item(String name) {
            this.name = name;
        }

        /** SQLAlchemy's __repr__. */
        String describe() {
            return "Item id=" + itemId + " name=" + name + " keywordassoc="
                    + keywords.stream().map(KeywordAssociation::describe).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    @Mapped
    static class Keyword {
        Integer keywordId;
        String name;

        Keyword() {
        }

        Keyword(String name) {
            this.name = name;
        }

        String describe() {
            return "Keyword id=" + keywordId + " name=" + name;
        }
    }

    @Mapped
    static class KeywordAssociation {
        Integer itemId;
        Integer keywordId;
        String data;
        Keyword keyword;

        KeywordAssociation() {
        }

        KeywordAssociation(Keyword keyword, String data) {
            this.keyword = keyword;
            this.data = data;
        }

        String describe() {
            return "KeywordAssociation itemid=" + itemId + " keyword=" + keyword.describe() + " data=" + data;
        }
    }

    static {
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.map(KeywordAssociation.class, ITEM_KEYWORDS, relationship("keyword", Keyword.class).lazy(Lazy.JOINED));
        REGISTRY.map(Item.class, ITEMS, relationship("keywords", KeywordAssociation.class)
                .orderBy(ITEM_KEYWORDS.c("data")).cascade("all, delete-orphan"));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static List<String> describe(List<Item> items) {
        return items.stream().map(Item::describe).toList();
    }

    /** The items as a new session loads them (ordered by id, where SQLAlchemy relies on the table's order). */
    private static List<String> loaded(Engine engine) {
        try (Session session = new Session(engine)) {
            return describe(session.query(Item.class).orderBy(ITEMS.c("item_id")).all());
        }
    }

    private static long associationRows(Session session) {
        return ((Number) rows(session, select(count()).from(ITEM_KEYWORDS)).get(0).get(0)).longValue();
    }

    /** test_insert */
    @ParameterizedTest
    @EnumSource(Database.class)
    void insert(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        List<String> saved;
        try (Session session = new Session(engine)) {
            Item item1 = new Item("item1");
            Item item2 = new Item("item2");
            item1.keywords.add(new KeywordAssociation(new Keyword("blue"), "blue_assoc"));
            item1.keywords.add(new KeywordAssociation(new Keyword("red"), "red_assoc"));
            item2.keywords.add(new KeywordAssociation(new Keyword("green"), "green_assoc"));
            session.addAll(List.of(item1, item2));
            log.clear();
            session.flush();
            assertThat(log.verbs()).hasSize(3).containsOnlyOnce("INSERT items", "INSERT keywords")
                    .endsWith("INSERT item_keywords");
            assertThat(log.statements().get(2).parameterSets()).hasSize(3);
            saved = describe(List.of(item1, item2));
            session.commit();
        }
        assertThat(loaded(engine)).isEqualTo(saved);
    }

    /** test_replace: an association removed and one for the same keyword appended, in one flush. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void replace(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        List<String> saved;
        try (Session session = new Session(engine)) {
            Item item1 = new Item("item1");
            item1.keywords.add(new KeywordAssociation(new Keyword("blue"), "blue_assoc"));
            item1.keywords.add(new KeywordAssociation(new Keyword("red"), "red_assoc"));
            session.add(item1);
            session.flush();

            Keyword redKeyword = item1.keywords.get(1).keyword;
            item1.keywords.remove(1);
            item1.keywords.add(new KeywordAssociation(redKeyword, "new_red_assoc"));
            log.clear();
            session.flush();
            // the new association has the identity of the deleted one: one UPDATE of the row (a "row switch")
            assertThat(log.verbs()).containsExactly("UPDATE item_keywords");
            saved = describe(List.of(item1));
            session.commit();
        }
        assertThat(loaded(engine)).isEqualTo(saved);
    }

    /** test_modify */
    @ParameterizedTest
    @EnumSource(Database.class)
    void modify(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        List<String> saved;
        try (Session session = new Session(engine)) {
            Item item1 = new Item("item1");
            Item item2 = new Item("item2");
            item1.keywords.add(new KeywordAssociation(new Keyword("blue"), "blue_assoc"));
            item1.keywords.add(new KeywordAssociation(new Keyword("red"), "red_assoc"));
            item2.keywords.add(new KeywordAssociation(new Keyword("green"), "green_assoc"));
            session.addAll(List.of(item1, item2));
            session.flush();

            Keyword redKeyword = item1.keywords.get(1).keyword;
            item1.keywords.remove(0);
            item1.keywords.remove(0);
            Keyword purpleKeyword = new Keyword("purple");
            item1.keywords.add(new KeywordAssociation(redKeyword, "new_red_assoc"));
            item2.keywords.add(new KeywordAssociation(purpleKeyword, "purple_item2_assoc"));
            item1.keywords.add(new KeywordAssociation(purpleKeyword, "purple_item1_assoc"));
            item1.keywords.add(new KeywordAssociation(new Keyword("yellow"), "yellow_assoc"));
            log.clear();
            session.flush();
            // red: a row switch (UPDATE); blue: deleted as an orphan
            assertThat(log.verbs()).containsExactly("INSERT keywords", "UPDATE item_keywords", "INSERT item_keywords",
                    "DELETE item_keywords");
            // the two new keywords: one multi-row INSERT ... RETURNING on PostgreSQL, a batch of two on H2
            assertThat(database == Database.POSTGRESQL ? log.statements().get(0).parameters()
                    : log.statements().get(0).parameterSets()).hasSize(2);
            assertThat(log.statements().get(2).parameterSets()).hasSize(3);
            saved = describe(List.of(item1, item2));
            session.commit();
        }
        assertThat(loaded(engine)).isEqualTo(saved);
    }

    /** test_delete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void delete(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Item item1 = new Item("item1");
            Item item2 = new Item("item2");
            item1.keywords.add(new KeywordAssociation(new Keyword("blue"), "blue_assoc"));
            item1.keywords.add(new KeywordAssociation(new Keyword("red"), "red_assoc"));
            item2.keywords.add(new KeywordAssociation(new Keyword("green"), "green_assoc"));
            session.addAll(List.of(item1, item2));
            session.flush();
            assertThat(associationRows(session)).isEqualTo(3);

            session.delete(item1);
            session.delete(item2);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("DELETE item_keywords", "DELETE items");
            assertThat(log.statements().get(0).parameterSets()).hasSize(3);
            assertThat(associationRows(session)).isZero();
        }
    }
}
