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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code queryClass} of a DYNAMIC relationship: {@code Blog.comments} is a {@link CommentQuery}, made
 * by Junction for each blog it loads. Ported from SQLAlchemy test/orm/test_dynamic.py, class
 * DynamicTest, test_query_class_custom_method.
 */
class QueryClassTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return Variants.MAPPING;
    }

    /** test_query_class_custom_method */
    @ParameterizedTest
    @MethodSource("cases")
    void queryClassCustomMethod(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            Blog blog = new Blog(1, "b");
            blog.comments.append(new Comment(1, "first"));
            blog.comments.append(new Comment(2, "second"));
            session.add(blog);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Blog blog = session.get(Blog.class, 1);
            assertThat(blog.comments).isInstanceOf(CommentQuery.class);
            log.clear();
            List<Comment> found = blog.comments.withBody("second").all();
            assertThat(found).extracting(c -> c.id).containsExactly(2);
            assertThat(log.sql()).containsExactly("SELECT comments.id AS comments_id, comments.blog_id AS comments_blog_id, "
                    + "comments.body AS comments_body FROM comments WHERE comments.blog_id = ? AND comments.body = ? "
                    + "ORDER BY comments.id");
            assertThat(log.statements().get(0).parameters()).containsExactly(1, "second");
            assertThat(blog.comments.count()).isEqualTo(2);
        }
    }

    /** Each loaded object gets its own query object. */
    @ParameterizedTest
    @MethodSource("cases")
    void eachLoadedObjectHasItsOwn(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            session.add(new Blog(1, "one"));
            session.add(new Blog(2, "two"));
            session.commit();
        }
        try (Session session = new Session(engine)) {
            List<Blog> blogs = session.query(Blog.class).orderBy(table("blogs").c("id")).all();
            assertThat(blogs.get(0).comments).isInstanceOf(CommentQuery.class).isNotSameAs(blogs.get(1).comments);
            blogs.get(1).comments.append(new Comment(5, "late"));
            assertThat(blogs.get(1).comments.withBody("late").all()).extracting(c -> c.id).containsExactly(5);
            assertThat(blogs.get(0).comments.count()).isZero();
        }
    }
}
