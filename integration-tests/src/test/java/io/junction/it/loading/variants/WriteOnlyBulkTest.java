package io.junction.it.loading.variants;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code WriteOnlyCollection.insert()}, {@code update()} and {@code delete()}: bulk statements on the
 * members' table, restricted to the owner's members, run with {@code session.execute}. Ported from
 * SQLAlchemy test/orm/test_dynamic.py, class WriteOnlyBulkTest (test_bulk_insert, test_bulk_update,
 * test_bulk_delete, each with the owner flushed first or only pending), over {@code Blog.posts}
 * (one-to-many) and {@code Post.tags} (many-to-many).
 */
class WriteOnlyBulkTest extends StyledSuite {
    private static final String INSERT_BLOG = "INSERT INTO blogs (id, name) VALUES (?, ?)";

    @Override
    protected StyledMapping mapping() {
        return Variants.MAPPING;
    }

    private List<String> posts(Engine engine) {
        return strings(rows(engine, select(table("posts").c("id"), table("posts").c("blog_id"), table("posts").c("title"))
                .orderBy(table("posts").c("id"))));
    }

    private static List<Map<String, Object>> threeRows() {
        return List.of(Map.of("id", 1, "title", "e1"), Map.of("id", 2, "title", "e2"), Map.of("id", 3, "title", "e3"));
    }

    /** test_bulk_insert, flush_user_first=True: one INSERT with the blog's key filled in for each row. */
    @ParameterizedTest
    @MethodSource("cases")
    void bulkInsertForAFlushedOwner(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = new Blog(5, "x");
            session.add(blog);
            session.flush();
            log.clear();
            session.execute(blog.posts.insert().values(threeRows()));
            assertThat(log.sql()).containsExactly("INSERT INTO posts (id, blog_id, title) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)");
            assertThat(log.statements().get(0).parameters()).containsExactly(1, 5, "e1", 2, 5, "e2", 3, 5, "e3");
            assertThat(blog.posts.select().all()).extracting(p -> p.title + "/" + p.blog.name)
                    .containsExactly("e1/x", "e2/x", "e3/x");
            session.commit();
        }
        assertThat(posts(engine)).containsExactly("1/5/e1", "2/5/e2", "3/5/e3");
    }

    /**
     * test_bulk_insert, flush_user_first=False: the statement is built while the blog is pending; the
     * autoflush of {@code execute} inserts the blog, and the key it was given is the one sent.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void bulkInsertForAPendingOwner(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = new Blog(null, "x");
            session.add(blog);
            var insert = blog.posts.insert().values(Map.of("id", 1, "title", "e1"));
            assertThat(blog.id).isNull();
            session.execute(insert);
            assertThat(log.verbs()).containsExactly("INSERT blogs", "INSERT posts");
            assertThat(log.sql().get(1)).isEqualTo("INSERT INTO posts (id, blog_id, title) VALUES (?, ?, ?)");
            assertThat(blog.id).isNotNull();
            assertThat(log.statements().get(1).parameters()).containsExactly(1, blog.id, "e1");
            session.commit();
            assertThat(posts(engine)).containsExactly("1/" + blog.id + "/e1");
        }
    }

    /**
     * test_bulk_update, flush_user_first=False: the autoflush writes the blog and its three posts, then
     * one UPDATE restricted to the blog's posts; the posts the session holds keep their old title.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void bulkUpdateForAPendingOwner(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            Blog other = new Blog(9, "other");
            other.posts.add(new Post(10, "e1"));
            session.add(other);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = new Blog(1, "x");
            Post e1 = new Post(1, "e1");
            blog.posts.addAll(List.of(e1, new Post(2, "e2"), new Post(3, "e3")));
            session.add(blog);
            session.execute(blog.posts.update().set("title", "renamed"));
            assertThat(log.verbs()).containsExactly("INSERT blogs", "INSERT posts", "UPDATE posts");
            assertThat(log.sql().get(2)).isEqualTo("UPDATE posts SET title=? WHERE posts.blog_id = ?");
            assertThat(log.statements().get(2).parameters()).containsExactly("renamed", 1);
            assertThat(e1.title).as("the session's objects are not refreshed").isEqualTo("e1");
            session.commit();
        }
        assertThat(posts(engine)).containsExactly("1/1/renamed", "2/1/renamed", "3/1/renamed", "10/9/e1");
    }

    /** test_bulk_delete, flush_user_first=True: the DELETE is the blog's posts AND the user's criterion. */
    @ParameterizedTest
    @MethodSource("cases")
    void bulkDeleteForAFlushedOwner(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = new Blog(1, "x");
            blog.posts.addAll(List.of(new Post(1, "e1"), new Post(2, "e2"), new Post(3, "e3")));
            Blog other = new Blog(2, "other");
            other.posts.add(new Post(4, "e2"));
            session.add(blog);
            session.add(other);
            session.flush();
            log.clear();
            session.execute(blog.posts.delete().where(table("posts").c("title").eq("e2")));
            assertThat(log.sql()).containsExactly("DELETE FROM posts WHERE posts.blog_id = ? AND posts.title = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(1, "e2");
            assertThat(blog.posts.select().all()).extracting(p -> p.title).containsExactly("e1", "e3");
            session.commit();
        }
        assertThat(posts(engine)).containsExactly("1/1/e1", "3/1/e3", "4/2/e2");
    }

    /** A many-to-many's bulk insert is refused as in SQLAlchemy: insert the targets, then addAll them. */
    @ParameterizedTest
    @MethodSource("cases")
    void aManyToManyRefusesBulkInsert(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            Post post = new Post(1, "p");
            assertThatThrownBy(post.tags::insert).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Post.tags: a WRITE_ONLY collection's bulk insert() is only supported for one-to-many "
                            + "collections; for a many-to-many, insert the rows of Tag with a separate INSERT (or add "
                            + "new objects) and link them with addAll()");
        }
    }

    /**
     * A many-to-many's update() and delete() reach the targets through the owner's association rows:
     * the UPDATE renames post 1's tags only; the DELETE of post 2's tags named "red" matches none
     * (red belongs to post 1).
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aManyToManyUpdatesAndDeletesThroughItsAssociationRows(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Post post = new Post(1, "p");
            Post other = new Post(2, "q");
            Tag red = new Tag(1, "red");
            Tag blue = new Tag(2, "blue");
            Tag green = new Tag(3, "green");
            post.tags.addAll(List.of(red, blue));
            other.tags.add(green);
            session.add(post);
            session.add(other);
            session.flush();
            log.clear();
            session.execute(post.tags.update().set("name", "mine"));
            assertThat(log.sql()).containsExactly("UPDATE tags SET name=? WHERE tags.id IN "
                    + "(SELECT post_tags.tag_id FROM post_tags WHERE post_tags.post_id = ?)");
            assertThat(log.statements().get(0).parameters()).containsExactly("mine", 1);
            log.clear();
            // post_tags.tag_id has no ON DELETE: a tag still linked cannot go, so the DELETE names an unlinked title
            session.execute(other.tags.delete().where(table("tags").c("name").eq("red")));
            assertThat(log.sql()).containsExactly("DELETE FROM tags WHERE tags.id IN "
                    + "(SELECT post_tags.tag_id FROM post_tags WHERE post_tags.post_id = ?) AND tags.name = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(2, "red");
            session.commit();
        }
        assertThat(strings(rows(engine, select(table("tags").c("id"), table("tags").c("name")).orderBy(table("tags").c("id")))))
                .containsExactly("1/mine", "2/mine", "3/green");
    }
}
