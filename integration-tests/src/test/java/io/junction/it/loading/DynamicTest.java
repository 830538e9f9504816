package io.junction.it.loading;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.session.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.junction.it.loading.DynamicModel.METADATA;
import static io.junction.it.loading.DynamicModel.POSTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A DYNAMIC relationship: its field is an {@link AppenderQuery}, appended to without loading and queried with SQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamicTest {
    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);

    static {
        DynamicModel.REGISTRY.configure();
    }

    private Engine fresh(Database database) {
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        return engine;
    }

    @AfterAll
    void dropTables() {
        engines.values().forEach(METADATA::dropAll);
    }

    private Integer saveBlogger(Engine engine, String... titles) {
        try (Session session = new Session(engine)) {
            Blogger ed = new Blogger("ed");
            for (String title : titles) {
                ed.posts.append(new Post(title));
            }
            session.add(ed);
            session.commit();
            return ed.id;
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void appendsBeforeAnySessionSetTheBackrefAndAreFlushedWithTheOwner(Database database) {
        Engine engine = fresh(database);
        Blogger ed = new Blogger("ed");
        Post first = new Post("first");
        ed.posts.append(first);
        assertThat(first.blogger).isSameAs(ed);
        assertThat(ed.posts.all()).containsExactly(first);
        Post second = new Post("second");
        second.blogger = ed;
        assertThat(ed.posts.pending()).containsExactly(first, second);
        assertThat(ed.posts.count()).isEqualTo(2);

        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(ed);
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT bloggers", "INSERT posts");
            assertThat(first.bloggerId).isEqualTo(ed.id);
            assertThat(second.bloggerId).isEqualTo(ed.id);
            assertThat(ed.posts.pending()).as("nothing pending after the flush").isEmpty();
            assertThat(ed.posts.all()).containsExactly(first, second);
            session.commit();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLoadedOwnersCollectionIsAQueryThatNeverLoadsWhole(Database database) {
        Engine engine = fresh(database);
        Integer id = saveBlogger(engine, "a1", "a2", "b1", "b2", "b3");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blogger ed = session.get(Blogger.class, id);
            AppenderQuery<Post> posts = ed.posts;
            assertThat(posts).isNotNull();
            assertThat(log.count()).as("reading the field runs no SQL").isEqualTo(1);

            log.clear();
            assertThat(posts.count()).isEqualTo(5);
            assertThat(log.sql()).containsExactly("SELECT count(*) AS count_1 FROM posts WHERE posts.blogger_id = ?");

            log.clear();
            List<Post> bs = posts.filter(POSTS.c("title").like("b%")).all();
            assertThat(bs).extracting(p -> p.title).containsExactly("b1", "b2", "b3");
            assertThat(log.sql()).containsExactly("SELECT posts.id AS posts_id, posts.blogger_id AS posts_blogger_id, "
                    + "posts.title AS posts_title FROM posts WHERE posts.blogger_id = ? AND posts.title LIKE ? "
                    + "ORDER BY posts.id");
            assertThat(bs.get(0).blogger).isSameAs(ed);

            assertThat(posts.limit(2).offset(1).all()).extracting(p -> p.title).containsExactly("a2", "b1");
            List<String> titles = new ArrayList<>();
            for (Post post : posts) {
                titles.add(post.title);
            }
            assertThat(titles).containsExactly("a1", "a2", "b1", "b2", "b3");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void appendsAndRemovalsOnAPersistentOwnerAreFlushedBeforeItsNextQuery(Database database) {
        Engine engine = fresh(database);
        Integer id = saveBlogger(engine, "a1", "a2");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blogger ed = session.get(Blogger.class, id);
            Post a1 = ed.posts.first();
            log.clear();
            ed.posts.append(new Post("a3"));
            ed.posts.remove(a1);
            assertThat(a1.blogger).isNull();
            assertThat(log.count()).as("appending and removing load nothing").isZero();

            assertThat(ed.posts.all()).extracting(p -> p.title).containsExactly("a2", "a3");
            assertThat(log.verbs()).hasSize(3).containsOnlyOnce("INSERT posts", "UPDATE posts").endsWith("SELECT posts");
            session.commit();
        }
        try (Session session = new Session(engine)) {
            assertThat(session.get(Blogger.class, id).posts.count()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theFieldCannotBeReassigned(Database database) {
        Blogger ed = new Blogger("ed");
        assertThatThrownBy(() -> ed.posts = null)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Blogger.posts is a DYNAMIC relationship");
    }

    /**
     * Ported from test/orm/test_dynamic.py _UOWTests.test_delete_cascade (save-update only): deleting
     * the owner loads its members and sets their foreign keys to NULL before the owner's DELETE.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingTheOwnerLoadsItsMembersAndNullsTheirKeys(Database database) {
        Engine engine = fresh(database);
        Integer id = saveBlogger(engine, "a", "b", "c");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.delete(session.get(Blogger.class, id));
            log.clear();
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("SELECT posts", "UPDATE posts", "DELETE bloggers");
        try (Session session = new Session(engine)) {
            assertThat(session.query(Post.class).all()).extracting(p -> p.bloggerId).containsExactly(null, null, null);
        }
    }
}
