package io.junction.it.loading.variants;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.inspect.Junction;
import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code Lazy.WRITE_ONLY}: the field is a {@link WriteOnlyCollection} that adds and removes members
 * without loading them, and whose {@code select()} queries them. Ported from SQLAlchemy
 * test/orm/test_dynamic.py, classes WriteOnlyTest and WriteOnlyUOWTest (with _UOWTests), over
 * {@code Blog.posts} (one-to-many, {@code all, delete-orphan}, the database deleting posts with their
 * blog) and {@code Post.tags} (many-to-many).
 */
class WriteOnlyTest extends StyledSuite {
    private static final String POST_COLUMNS = "posts.id AS posts_id, posts.blog_id AS posts_blog_id, posts.title AS posts_title";

    @Override
    protected StyledMapping mapping() {
        return Variants.MAPPING;
    }

    /** A blog "b" with posts "a".."f" (ids 1..6), committed. */
    private static Integer savedBlog(Engine engine) {
        try (Session session = new Session(engine)) {
            Blog blog = new Blog(1, "b");
            int id = 1;
            for (String title : List.of("a", "b", "c", "d", "e", "f")) {
                blog.posts.add(new Post(id++, title));
            }
            session.add(blog);
            session.commit();
            return 1;
        }
    }

    private List<String> posts(Engine engine) {
        return strings(rows(engine, select(table("posts").c("id"), table("posts").c("blog_id"), table("posts").c("title"))
                .orderBy(table("posts").c("id"))));
    }

    /** Adds on a new owner are written with it, in one INSERT per table; nothing is read. */
    @ParameterizedTest
    @MethodSource("cases")
    void addsOnANewOwnerAreInsertedWithIt(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = new Blog(1, "b");
            Post first = new Post(1, "first");
            blog.posts.add(first);
            blog.posts.addAll(List.of(new Post(2, "second"), new Post(3, "third")));
            assertThat(first.blog).as("the backref follows").isSameAs(blog);
            assertThatThrownBy(() -> blog.posts.select()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Blog.posts of").hasMessageContaining("can only be queried once the object is persistent");
            session.add(blog);
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT blogs", "INSERT posts");
        }
        assertThat(posts(engine)).containsExactly("1/1/first", "2/1/second", "3/1/third");
    }

    /** test_order_by, test_configured_order_by: {@code select()} is the query of the members in the configured order, and more. */
    @ParameterizedTest
    @MethodSource("cases")
    void selectQueriesTheMembersInTheirOrder(Style style, Database database) {
        Engine engine = fresh(style, database);
        savedBlog(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = session.get(Blog.class, 1);
            WriteOnlyCollection<Post> posts = blog.posts;
            assertThat(posts).isNotNull();
            assertThat(log.count()).as("reading the field runs no SQL").isEqualTo(1);
            log.clear();

            assertThat(posts.select().all()).extracting(p -> p.title).containsExactly("a", "b", "c", "d", "e", "f");
            assertThat(log.sql()).containsExactly("SELECT " + POST_COLUMNS + " FROM posts WHERE posts.blog_id = ? ORDER BY posts.id");
            assertThat(log.statements().get(0).parameters()).containsExactly(1);

            log.clear();
            List<Post> some = posts.select().filter(table("posts").c("title").in(List.of("b", "e"))).all();
            assertThat(some).extracting(p -> p.title).containsExactly("b", "e");
            assertThat(log.sql()).containsExactly("SELECT " + POST_COLUMNS
                    + " FROM posts WHERE posts.blog_id = ? AND posts.title IN (?, ?) ORDER BY posts.id");
            assertThat(some.get(0).blog).as("each member's backref is its blog").isSameAs(blog);
            assertThat(posts.select().count()).isEqualTo(6);
        }
    }

    /** test_persistence (on the many-to-many): each add and remove is one association row, written at the next flush. */
    @ParameterizedTest
    @MethodSource("cases")
    void persistence(Style style, Database database) {
        Engine engine = fresh(style, database);
        savedBlog(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Tag red = new Tag(1, "red");
            Tag blue = new Tag(2, "blue");
            session.add(red);
            session.add(blue);
            session.flush();
            Post post = session.get(Post.class, 1);
            log.clear();
            post.tags.add(red);
            post.tags.add(blue);
            assertThat(log.count()).as("adding loads nothing").isZero();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT post_tags");
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(1, 1), List.of(1, 2));

            log.clear();
            assertThat(post.tags.select().all()).containsExactly(red, blue);
            assertThat(log.sql()).containsExactly("SELECT tags.id AS tags_id, tags.name AS tags_name FROM tags, post_tags "
                    + "WHERE post_tags.post_id = ? AND post_tags.tag_id = tags.id ORDER BY tags.id");

            log.clear();
            post.tags.remove(red);
            session.flush();
            assertThat(log.verbs()).containsExactly("DELETE post_tags");
            assertThat(post.tags.select().all()).containsExactly(blue);
            session.commit();
        }
        assertThat(strings(rows(engine, select(table("post_tags").c("post_id"), table("post_tags").c("tag_id")))))
                .containsExactly("1/2");
    }

    /** The many-to-one side ({@code post.blog = blog}) queues an add on the blog's collection without loading it. */
    @ParameterizedTest
    @MethodSource("cases")
    void theBackrefAddsWithoutLoading(Style style, Database database) {
        Engine engine = fresh(style, database);
        savedBlog(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = session.get(Blog.class, 1);
            Blog other = new Blog(2, "other");
            session.add(other);
            Post post = session.get(Post.class, 2);
            log.clear();
            post.blog = other;
            assertThat(log.count()).isZero();
            assertThat(other.posts.select().all()).extracting(p -> p.title).containsExactly("b");
            assertThat(log.verbs()).as("the query autoflushes first").containsExactly("UPDATE posts", "SELECT posts");
            assertThat(blog.posts.select().count()).isEqualTo(5);
            session.commit();
        }
        assertThat(posts(engine)).contains("2/2/b");
    }

    /**
     * test_passive_deletes_succeed: with passive deletes, deleting the owner never loads the collection;
     * the database's ON DELETE CASCADE removes the posts.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void passiveDeletesSucceed(Style style, Database database) {
        Engine engine = fresh(style, database);
        savedBlog(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = session.get(Blog.class, 1);
            log.clear();
            session.delete(blog);
            session.commit();
            // Blog.comments is DYNAMIC without passiveDeletes: its rows are read to null their keys, as
            // SQLAlchemy loads a dynamic collection for a delete; the blog has none, so nothing is updated.
            assertThat(log.verbs()).containsExactly("SELECT comments", "DELETE blogs");
        }
        assertThat(posts(engine)).isEmpty();
    }

    private static final String FULL_ITERATION = " can't load the existing state from the database for this operation; "
            + "full iteration is not permitted (it is a WRITE_ONLY collection). If this is a delete operation, configure "
            + "passiveDeletes(true) (passiveDeletes = PassiveDeletes.ON in @Relationship) on the ";

    private List<String> messages(Engine engine) {
        return strings(rows(engine, select(table("messages").c("id"), table("messages").c("channel_id"),
                table("messages").c("folder_id")).orderBy(table("messages").c("id"))));
    }

    /** Channel 1 with messages 1..3, all filed in folder 1, committed. */
    private static void savedChannel(Engine engine) {
        try (Session session = new Session(engine)) {
            Channel channel = new Channel(1, "c");
            Folder folder = new Folder(1);
            for (int id = 1; id <= 3; id++) {
                Message message = new Message(id, "m" + id);
                channel.messages.add(message);
                folder.messages.add(message);
            }
            session.add(channel);
            session.add(folder);
            session.commit();
        }
    }

    /**
     * test_passive_deletes_required: deleting the owner of a one-to-many WRITE_ONLY collection without
     * passive deletes fails at the flush, before any SQL, since the flush would have to load the members
     * to null their foreign keys.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void passiveDeletesRequired(Style style, Database database) {
        Engine engine = fresh(style, database);
        savedChannel(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Channel channel = session.get(Channel.class, 1);
            session.delete(channel);
            log.clear();
            assertThatThrownBy(session::commit).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Channel.messages" + FULL_ITERATION + "Channel.messages relationship in order to resolve this error");
            assertThat(log.count()).isZero();
        }
        assertThat(strings(rows(engine, select(table("channels").c("id"))))).containsExactly("1");
        assertThat(messages(engine)).containsExactly("1/1/1", "2/1/1", "3/1/1");
    }

    /**
     * The same with a delete cascade: {@code session.delete} itself refuses, as SQLAlchemy's delete
     * cascade would have to load the members to delete them.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aDeleteCascadeRequiresPassiveDeletes(Style style, Database database) {
        Engine engine = fresh(style, database);
        savedChannel(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Folder folder = session.get(Folder.class, 1);
            log.clear();
            assertThatThrownBy(() -> session.delete(folder)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Folder.messages" + FULL_ITERATION + "Folder.messages relationship in order to resolve this error");
            assertThat(log.count()).isZero();
        }
        assertThat(messages(engine)).containsExactly("1/1/1", "2/1/1", "3/1/1");
    }

    /**
     * A many-to-many WRITE_ONLY collection without passive deletes refuses at the flush too
     * (ManyToManyDP.presort_deletes): {@code Tag.posts}, whose association rows would have to be found.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aManyToManyRequiresPassiveDeletes(Style style, Database database) {
        Engine engine = fresh(style, database);
        savedBlog(engine);
        try (Session session = new Session(engine)) {
            Tag red = new Tag(1, "red");
            session.add(red);
            session.get(Post.class, 1).tags.add(red);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.delete(session.get(Tag.class, 1));
            log.clear();
            assertThatThrownBy(session::flush).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Tag.posts" + FULL_ITERATION + "Tag.posts relationship in order to resolve this error");
            assertThat(log.count()).isZero();
        }
        assertThat(strings(rows(engine, select(table("post_tags").c("post_id"), table("post_tags").c("tag_id")))))
                .containsExactly("1/1");
    }

    /** test_remove_orphans: with delete-orphan, a removed post is deleted at the flush; the others stay. */
    @ParameterizedTest
    @MethodSource("cases")
    void removeOrphans(Style style, Database database) {
        Engine engine = fresh(style, database);
        savedBlog(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = session.get(Blog.class, 1);
            Post b = blog.posts.select().filterBy("title", "b").all().get(0);
            log.clear();
            blog.posts.remove(b);
            assertThat(b.blog).isNull();
            session.commit();
            assertThat(log.verbs()).containsExactly("DELETE posts");
            assertThat(log.statements().get(0).parameters()).containsExactly(2);
        }
        assertThat(posts(engine)).containsExactly("1/1/a", "3/1/c", "4/1/d", "5/1/e", "6/1/f");
    }

    /** The field holds its collection for good: assigning it is refused with the way to change the members. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void theFieldCannotBeReassigned(Style style) {
        Variants.MAPPING.activate(style);
        Blog blog = new Blog(1, "b");
        assertThatThrownBy(() -> blog.posts = null).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Blog.posts is a WRITE_ONLY relationship").hasMessageContaining("add/remove");
    }

    /**
     * An object of another class, added to a WRITE_ONLY collection or appended to a DYNAMIC one
     * through an unchecked view, is refused before either records it; the blog is written alone.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aMemberOfAnotherClassIsRefusedByAddAndAppend(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = new Blog(1, "b");
            @SuppressWarnings("unchecked")
            WriteOnlyCollection<Object> posts = (WriteOnlyCollection<Object>) (WriteOnlyCollection<?>) blog.posts;
            assertThatThrownBy(() -> posts.add(new Tag(1, "t"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Attribute 'Blog.posts' does not accept objects of class Tag "
                            + "(io.junction.it.loading.variants.Tag): it holds Post objects");
            @SuppressWarnings("unchecked")
            AppenderQuery<Object> comments = (AppenderQuery<Object>) (AppenderQuery<?>) blog.comments;
            assertThatThrownBy(() -> comments.append(new Post(1, "p"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Attribute 'Blog.comments' does not accept objects of class Post "
                            + "(io.junction.it.loading.variants.Post): it holds Comment objects");
            assertThat(Junction.inspect(blog).history("posts").added()).isEmpty();
            assertThat(Junction.inspect(blog).history("comments").added()).isEmpty();
            session.add(blog);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT blogs");
        assertThat(posts(engine)).isEmpty();
        assertThat(rows(engine, select(table("comments")))).isEmpty();
        assertThat(rows(engine, select(table("tags")))).isEmpty();
    }
}
