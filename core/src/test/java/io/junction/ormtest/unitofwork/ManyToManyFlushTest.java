package io.junction.ormtest.unitofwork;

import io.junction.orm.session.Session;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import io.junction.ormtest.unitofwork.Model.Item;
import io.junction.ormtest.unitofwork.Model.Keyword;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.ormtest.unitofwork.Model.ITEM_KEYWORDS;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** Flushes of items and keywords: the association rows follow the collections, after both sides' rows exist. */
class ManyToManyFlushTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    private List<String> associations() {
        return db.rows(select(ITEM_KEYWORDS.c("item_id"), ITEM_KEYWORDS.c("keyword_id"))
                .orderBy(ITEM_KEYWORDS.c("item_id"), ITEM_KEYWORDS.c("keyword_id")));
    }

    @Test
    void bothSidesAreInsertedBeforeTheAssociationRows() {
        try (Session session = db.session()) {
            Item item = new Item("hat");
            item.keywords.add(new Keyword("red"));
            item.keywords.add(new Keyword("big"));
            session.add(item);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT items", "INSERT keywords", "INSERT item_keywords");
            assertThat(log.sql(0)).isEqualTo("INSERT INTO items (description) VALUES (?)");
            assertThat(log.sql(1)).isEqualTo("INSERT INTO keywords (name) VALUES (?)");
            assertThat(log.rows(1)).containsExactly(row("red"), row("big"));
            assertThat(log.sql(2)).isEqualTo("INSERT INTO item_keywords (item_id, keyword_id) VALUES (?, ?)");
            assertThat(log.rows(2)).containsExactly(row(1, 1), row(1, 2));
            session.commit();
        }
        assertThat(associations()).containsExactly("1/1", "1/2");
    }

    @Test
    void theBackrefListsTheItemOnEachKeywordAndAddingAKeywordCascadesToTheItem() {
        try (Session session = db.session()) {
            Item item = new Item("hat");
            Keyword red = new Keyword("red");
            item.keywords.add(red);
            assertThat(red.items).containsExactly(item);
            session.add(red);
            assertThat(session.newObjects()).containsExactlyInAnyOrder(red, item);
            session.flush();
            assertThat(log.kinds()).containsExactly("INSERT keywords", "INSERT items", "INSERT item_keywords");
            assertThat(log.rows(2)).containsExactly(row(1, 1));
        }
    }

    @Test
    void removingAMemberDeletesOnlyItsAssociationRow() {
        try (Session session = db.session()) {
            Item item = new Item("hat");
            Keyword red = new Keyword("red");
            item.keywords.addAll(List.of(red, new Keyword("big")));
            session.add(item);
            session.commit();
            item.keywords.remove(red);
            log.clear();
            session.flush();

            assertThat(log.kinds()).containsExactly("DELETE item_keywords");
            assertThat(log.sql(0)).isEqualTo(
                    "DELETE FROM item_keywords WHERE item_keywords.item_id = ? AND item_keywords.keyword_id = ?");
            assertThat(log.rows(0)).containsExactly(row(1, 1));
            assertThat(red.items).isEmpty();
            session.commit();
        }
        assertThat(associations()).containsExactly("1/2");
    }

    @Test
    void deletingAnItemLoadsItsKeywordsThenDeletesItsAssociationRowsBeforeItsRow() {
        try (Session session = db.session()) {
            Item item = new Item("hat");
            item.keywords.addAll(List.of(new Keyword("red"), new Keyword("big")));
            session.add(item);
            session.commit();
            log.clear();
            session.delete(item);
            session.flush();

            assertThat(log.kinds()).containsExactly("SELECT keywords", "DELETE item_keywords", "DELETE items");
            assertThat(log.rows(1)).containsExactly(row(1, 1), row(1, 2));
            assertThat(log.sql(2)).isEqualTo("DELETE FROM items WHERE items.id = ?");
            session.commit();
        }
        assertThat(associations()).isEmpty();
    }
}
