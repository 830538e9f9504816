package io.junction.ormtest.keys;

import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.StaleDataException;
import io.junction.ormtest.keys.Model.Document;
import io.junction.ormtest.keys.Model.Page;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.keys.Model.DOCUMENT;
import static io.junction.ormtest.keys.Model.PAGE;
import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The version counter: written by INSERT and UPDATE, checked by UPDATE and DELETE, restored when a flush fails. */
class VersioningFlushTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    private Document committedDocument(Session session, String title, String... pages) {
        Document document = new Document(title);
        for (String text : pages) {
            document.pages.add(new Page(text));
        }
        session.add(document);
        session.commit();
        log.clear();
        return document;
    }

    @Test
    void insertWritesOneAndEachUpdateTheNextVersionCheckingTheLast() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document document = committedDocument(session, "d1", "p1");
            assertThat(document.versionId).isEqualTo(1);
            assertThat(document.pages.get(0).version).isEqualTo(1);

            document.title = "d2";
            session.commit();
            assertThat(log.sql()).containsExactly(
                    "UPDATE document SET version_id=?, title=? WHERE document.id = ? AND document.version_id = ?");
            assertThat(log.rows(0)).containsExactly(row(2, "d2", 1, 1));
            assertThat(document.versionId).isEqualTo(2);

            log.clear();
            document.title = "d3";
            session.commit();
            assertThat(log.rows(0)).containsExactly(row(3, "d3", 1, 2));
        }
        assertThat(db.rows(select(DOCUMENT.c("version_id"), DOCUMENT.c("title")))).containsExactly("3/d3");
    }

    @Test
    void anUnchangedObjectAndACollectionChangeDoNotBumpTheParentsVersion() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document document = committedDocument(session, "d", "p1");
            session.flush();
            assertThat(log.count()).isZero();

            document.pages.add(new Page("p2"));
            session.commit();
            assertThat(log.sql()).containsExactly("INSERT INTO page (document_id, version_id, text) VALUES (?, ?, ?)");
            assertThat(log.rows(0)).containsExactly(row(1, 1, "p2"));
            assertThat(document.versionId).isEqualTo(1);
        }
    }

    @Test
    void aSecondSessionsStaleUpdateFailsNamingTheObjectAndVersionAndNothingIsWritten() {
        Document mine;
        try (Session first = db.session().expireOnCommit(false); Session second = db.session()) {
            mine = committedDocument(first, "d", "p1");
            Document theirs = second.get(Document.class, mine.id);
            theirs.title = "theirs";
            second.commit();
            log.clear();

            mine.title = "mine";
            mine.pages.get(0).text = "mine too";
            StaleDataException failure = (StaleDataException) catchFlush(first);
            assertThat(failure).hasMessageContaining("UPDATE of table 'document' matched no row for Document(id=1) at version 1")
                    .hasMessageContaining("roll back, reload it and redo the change");
            assertThat(failure.object()).isSameAs(mine);
            assertThat(failure.expectedVersion()).isEqualTo(1);
            assertThatThrownBy(first::commit).isInstanceOf(PendingRollbackException.class);

            first.rollback();
            log.clear();
            assertThat(mine.title).isEqualTo("theirs");
            assertThat(mine.versionId).isEqualTo(2);
            assertThat(log.kinds()).containsExactly("SELECT document");
            mine.title = "mine after reload";
            first.commit();
        }
        assertThat(db.rows(select(DOCUMENT.c("version_id"), DOCUMENT.c("title")))).containsExactly("3/mine after reload");
        assertThat(db.rows(select(PAGE.c("version_id"), PAGE.c("text")))).containsExactly("1/p1");
    }

    private static RuntimeException catchFlush(Session session) {
        try {
            session.flush();
        } catch (StaleDataException e) {
            return e;
        }
        throw new AssertionError("the flush did not fail");
    }

    @Test
    void aBatchedUpdateNamesTheOneStaleRowAmongSeveral() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document document = committedDocument(session, "d", "p1", "p2", "p3");
            db.execute(update(PAGE).set(PAGE.c("version_id"), 5).where(PAGE.c("text").eq("p2")));
            log.clear();
            for (Page page : document.pages) {
                page.text = page.text + "!";
            }
            assertThatThrownBy(session::flush).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("matched no row for Page(id=2) at version 1 (2 of 3 row(s) matched)");
            assertThat(log.sql()).containsExactly("UPDATE page SET version_id=?, text=? WHERE page.id = ? AND page.version_id = ?");
            assertThat(log.rows(0)).containsExactly(row(2, "p1!", 1, 1), row(2, "p2!", 2, 1), row(2, "p3!", 3, 1));
            session.rollback();
        }
        assertThat(db.rows(select(PAGE.c("version_id"), PAGE.c("text")).orderBy(PAGE.c("id")))).containsExactly("1/p1", "5/p2", "1/p3");
    }

    @Test
    void aDeleteIsCheckedByVersionToo() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document document = committedDocument(session, "d", "p1");
            Page page = document.pages.get(0);
            page.text = "changed";
            session.commit();
            log.clear();
            document.pages.remove(page);
            session.commit();
            assertThat(log.sql()).containsExactly("DELETE FROM page WHERE page.id = ? AND page.version_id = ?");
            assertThat(log.rows(0)).containsExactly(row(1, 2));

            db.execute(update(DOCUMENT).set(DOCUMENT.c("version_id"), 7));
            session.delete(document);
            assertThatThrownBy(session::commit).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("DELETE of table 'document' matched no row for Document(id=1) at version 1");
            session.rollback();
        }
        assertThat(db.rows(select(DOCUMENT.c("version_id")))).containsExactly("7");
    }

    @Test
    void aPostUpdateBumpsTheVersionAgainAfterTheRowsOwnUpdate() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document document = committedDocument(session, "d", "p1");
            Page page = document.pages.get(0);
            document.title = "d2";
            document.favorite = page;
            session.commit();
            assertThat(log.sql()).containsExactly(
                    "UPDATE document SET version_id=?, title=? WHERE document.id = ? AND document.version_id = ?",
                    "UPDATE document SET version_id=?, favorite_page_id=? WHERE document.id = ? AND document.version_id = ?");
            assertThat(log.rows(0)).containsExactly(row(2, "d2", 1, 1));
            assertThat(log.rows(1)).containsExactly(row(3, 1, 1, 2));
            assertThat(document.versionId).isEqualTo(3);
        }
        assertThat(db.rows(select(DOCUMENT.c("version_id"), DOCUMENT.c("favorite_page_id")))).containsExactly("3/1");
    }

    /** As SQLAlchemy's test_m2o_post_update_not_assoc_w_insert: a row inserted by this flush is checked, not bumped, by its post-update. */
    @Test
    void aNewObjectsPostUpdateChecksItsVersionWithoutBumpingIt() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document document = new Document("d");
            Page page = new Page("p");
            document.pages.add(page);
            document.favorite = page;
            session.add(document);
            session.commit();
            assertThat(log.kinds()).containsExactly("INSERT document", "INSERT page", "UPDATE document");
            assertThat(log.sql(2)).isEqualTo(
                    "UPDATE document SET favorite_page_id=? WHERE document.id = ? AND document.version_id = ?");
            assertThat(log.rows(2)).containsExactly(row(1, 1, 1));
            assertThat(document.versionId).isEqualTo(1);
        }
    }

    @Test
    void aVersionReadAfterExpiryIsLoadedBeforeTheUpdate() {
        try (Session session = db.session()) {
            Document document = committedDocument(session, "d");
            db.execute(update(DOCUMENT).set(DOCUMENT.c("version_id"), 4));
            log.clear();
            document.title = "d2";
            session.commit();
            assertThat(log.kinds()).containsExactly("SELECT document", "UPDATE document");
            assertThat(log.rows(1)).containsExactly(row(5, "d2", 1, 4));
        }
    }

    @Test
    void aNewObjectInAFailedFlushGetsItsVersionBackAndIsInsertedAtOneWhenRedone() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document document = committedDocument(session, "d", "p1");
            db.execute(update(PAGE).set(PAGE.c("version_id"), 9));
            log.clear();
            Document added = new Document("new");
            session.add(added);
            document.pages.get(0).text = "stale";
            assertThatThrownBy(session::flush).isInstanceOf(StaleDataException.class);
            assertThat(log.kinds()).containsExactly("INSERT document", "UPDATE page");
            assertThat(log.rows(0)).containsExactly(row(1, "new"));
            session.rollback();
            assertThat(added.versionId).isNull();
            assertThat(added.id).isNull();
            session.add(added);
            session.commit();
            assertThat(added.versionId).isEqualTo(1);
        }
        assertThat(db.rows(select(DOCUMENT.c("version_id"), DOCUMENT.c("title")).orderBy(DOCUMENT.c("id")))).containsExactly("1/d", "1/new");
    }

    @Test
    void aChangedPrimaryKeyFindsTheRowByItsOldKeyAndVersion() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document document = committedDocument(session, "d");
            document.id = 10;
            session.commit();
            assertThat(log.sql()).containsExactly(
                    "UPDATE document SET id=?, version_id=? WHERE document.id = ? AND document.version_id = ?");
            assertThat(log.rows(0)).containsExactly(row(10, 2, 1, 1));
            assertThat(session.get(Document.class, 10)).isSameAs(document);
        }
        assertThat(db.rows(select(DOCUMENT.c("id"), DOCUMENT.c("version_id")))).containsExactly("10/2");
    }

    /** SQLAlchemy's RowSwitchTest: a new object taking a deleted one's key updates the row, found by the old object's version. */
    @Test
    void aRowSwitchUpdatesTheRowFromTheDeletedObjectsVersion() {
        try (Session session = db.session().expireOnCommit(false)) {
            Document old = committedDocument(session, "old");
            session.delete(old);
            Document replacement = new Document("new");
            replacement.id = 1;
            session.add(replacement);
            session.commit();
            assertThat(log.sql()).containsExactly(
                    "UPDATE document SET version_id=?, title=? WHERE document.id = ? AND document.version_id = ?");
            assertThat(log.rows(0)).containsExactly(row(2, "new", 1, 1));
            assertThat(replacement.versionId).isEqualTo(2);
        }
        assertThat(db.rows(select(DOCUMENT.c("version_id"), DOCUMENT.c("title")))).containsExactly("2/new");
    }
}
