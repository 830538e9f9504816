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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_backref_mutations.py, class M2MScalarMoveTest: a many-to-many
 * through {@code item_keywords} that is scalar on both sides ({@code Item.keyword}, backref
 * {@code Keyword.item}); a keyword moved from one item to another.
 */
class M2MScalarMoveTest extends DatabaseSuite {
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
        Keyword keyword;

        Item() {
        }

        Item(String description) {
            this.description = description;
        }

        Item(String description, Keyword keyword) {
            this.description = description;
            this.keyword = keyword;
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
        Item item;

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
        REGISTRY.map(Item.class, ITEMS, relationship("keyword", Keyword.class).secondary(ITEM_KEYWORDS).uselist(false)
                .backref(backref("item").uselist(false)));
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static Select links() {
        return select(ITEMS.c("description"), KEYWORDS.c("name"))
                .where(ITEM_KEYWORDS.c("item_id").eq(ITEMS.c("id")))
                .where(ITEM_KEYWORDS.c("keyword_id").eq(KEYWORDS.c("id")))
                .orderBy(ITEMS.c("description"), KEYWORDS.c("name"));
    }

    /** test_collection_move_preloaded: the backref moves, i1's loaded reference is left as it was until the flush. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionMovePreloaded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Keyword k1 = new Keyword("k1");
            Item i1 = new Item("i1", k1);
            Item i2 = new Item("i2");
            session.addAll(List.of(i1, i2, k1));
            session.commit();

            assertThat(i1.keyword).isSameAs(k1);

            log.clear();
            i2.keyword = k1;
            // Junction differs: the replaced values are loaded when they are set (SQLAlchemy's legacy history
            // style) — i2's old keyword, and through the backref k1's old item, which lets go of k1 at once
            assertThat(log.verbs()).containsExactly("SELECT keywords", "SELECT items");

            log.clear();
            assertThat(k1.item).isSameAs(i2);
            assertThat(i1.keyword).as("the replaced item lets go of k1").isNull();
            assertThat(i2.keyword).isSameAs(k1);
            assertThat(log.count()).isZero();

            session.commit();
        }
        assertThat(strings(rows(engine, links()))).containsExactly("i2/k1");
    }

    /** test_collection_move_notloaded: i1's reference, loaded after the move, is null. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionMoveNotLoaded(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Keyword k1 = new Keyword("k1");
            Item i1 = new Item("i1", k1);
            Item i2 = new Item("i2");
            session.addAll(List.of(i1, i2, k1));
            session.commit();

            log.clear();
            i2.keyword = k1;
            // Junction differs: the replaced values are loaded when they are set (SQLAlchemy's legacy history
            // style) — i2's old keyword, and through the backref k1's old item, which lets go of k1 at once
            assertThat(log.verbs()).containsExactly("SELECT keywords", "SELECT items");

            log.clear();
            assertThat(k1.item).isSameAs(i2);
            assertThat(i1.keyword).isNull();
            assertThat(i2.keyword).isSameAs(k1);
            assertThat(log.count()).isZero();

            session.commit();
        }
        assertThat(strings(rows(engine, links()))).containsExactly("i2/k1");
    }

    /** test_collection_move_commit: after the commit, i1 has no keyword. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionMoveCommit(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Keyword k1 = new Keyword("k1");
            Item i1 = new Item("i1", k1);
            Item i2 = new Item("i2");
            session.addAll(List.of(i1, i2, k1));
            session.commit();

            assertThat(i1.keyword).isSameAs(k1);
            i2.keyword = k1;
            assertThat(k1.item).isSameAs(i2);

            log.clear();
            session.commit();
            // one many-to-many processor sends its association DELETEs before its INSERTs, as SQLAlchemy's does
            assertThat(log.verbs()).endsWith("DELETE item_keywords", "INSERT item_keywords");
            assertThat(strings(rows(engine, links()))).containsExactly("i2/k1");

            assertThat(i1.keyword).isNull();
            assertThat(i2.keyword).isSameAs(k1);
        }
    }
}
