package io.junction.ormtest.loading;

import io.junction.orm.session.Session;
import io.junction.ormtest.loading.Model.Blogger;
import io.junction.ormtest.loading.Model.Post;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.junction.ormtest.loading.Model.POSTS;
import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** A dynamic relationship: an {@code AppenderQuery} that appends, extends and removes without loading, and queries its members. */
class DynamicTest {
    private static final String POST_COLUMNS =
            "posts.id AS posts_id, posts.blogger_id AS posts_blogger_id, posts.title AS posts_title";

    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    /** A blogger with posts of these titles, committed; the log is cleared. */
    private void savedBlogger(String... titles) {
        try (Session session = db.session()) {
            Blogger ed = new Blogger("ed");
            for (String title : titles) {
                ed.posts.append(new Post(title));
            }
            session.add(ed);
            session.commit();
        }
        log.clear();
    }

    private List<String> posts() {
        return db.rows(select(POSTS.c("id"), POSTS.c("blogger_id"), POSTS.c("title")).orderBy(POSTS.c("id")));
    }

    @Test
    void extendAppendsEachItemAndSetsItsBackref() {
        Blogger ed = new Blogger("ed");
        Post first = new Post("first");
        Post second = new Post("second");
        ed.posts.extend(List.of(first, second));

        assertThat(first.blogger).isSameAs(ed);
        assertThat(second.blogger).isSameAs(ed);
        assertThat(ed.posts.pending()).containsExactly(first, second);
        assertThat(ed.posts.count()).isEqualTo(2);
        assertThat(ed.posts.all()).containsExactly(first, second);
    }

    @Test
    void extendedItemsAreInsertedInOneBatchAfterTheirOwner() {
        try (Session session = db.session()) {
            Blogger ed = new Blogger("ed");
            ed.posts.extend(List.of(new Post("a"), new Post("b"), new Post("c")));
            session.add(ed);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT bloggers", "INSERT posts");
            assertThat(log.sql(1)).isEqualTo("INSERT INTO posts (blogger_id, title) VALUES (?, ?)");
            assertThat(log.rows(1)).containsExactly(row(1, "a"), row(1, "b"), row(1, "c"));
            assertThat(ed.posts.pending()).isEmpty();
            session.commit();
        }
        assertThat(posts()).containsExactly("1/1/a", "2/1/b", "3/1/c");
    }

    @Test
    void aPersistentOwnersCollectionIsQueriedNeverLoadedWhole() {
        savedBlogger("a1", "a2", "b1");
        try (Session session = db.session()) {
            Blogger ed = session.get(Blogger.class, 1);
            log.clear();

            assertThat(ed.posts.count()).isEqualTo(3);
            assertThat(log.sql()).containsExactly("SELECT count(*) AS count_1 FROM posts WHERE posts.blogger_id = ?");
            log.clear();
            assertThat(ed.posts.filter(POSTS.c("title").like("a%")).all()).extracting(p -> p.title)
                    .containsExactly("a1", "a2");
            assertThat(log.sql()).containsExactly("SELECT " + POST_COLUMNS
                    + " FROM posts WHERE posts.blogger_id = ? AND posts.title LIKE ? ORDER BY posts.id");
            assertThat(log.rows(0)).containsExactly(row(1, "a%"));
        }
    }

    @Test
    void extendOnAPersistentOwnerRunsNoSqlAndIsFlushedBeforeTheNextQuery() {
        savedBlogger("a1");
        try (Session session = db.session()) {
            Blogger ed = session.get(Blogger.class, 1);
            log.clear();
            ed.posts.extend(List.of(new Post("a2"), new Post("a3")));
            assertThat(log.count()).isZero();

            assertThat(ed.posts.all()).extracting(p -> p.title).containsExactly("a1", "a2", "a3");
            assertThat(log.kinds()).containsExactly("INSERT posts", "SELECT posts");
            assertThat(log.rows(0)).containsExactly(row(1, "a2"), row(1, "a3"));
            session.commit();
        }
        assertThat(posts()).containsExactly("1/1/a1", "2/1/a2", "3/1/a3");
    }

    @Test
    void removeClearsTheForeignKeyAtTheNextFlush() {
        savedBlogger("a1", "a2");
        try (Session session = db.session()) {
            Blogger ed = session.get(Blogger.class, 1);
            Post a1 = ed.posts.first();
            log.clear();
            ed.posts.remove(a1);
            assertThat(a1.blogger).isNull();
            assertThat(log.count()).isZero();
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE posts SET blogger_id=? WHERE posts.id = ?");
            assertThat(log.rows(0)).containsExactly(row(null, 1));
            session.commit();
        }
        assertThat(posts()).containsExactly("1/null/a1", "2/1/a2");
    }
}
