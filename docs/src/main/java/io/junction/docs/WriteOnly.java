package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * SQLAlchemy 2.0's write-only collection ({@code lazy(Lazy.WRITE_ONLY)}): a blog's posts are added
 * and removed without loading them, queried with {@code select()}, changed in bulk with
 * {@code insert()/update()/delete()}, and deleting the blog leaves them to the foreign key's ON
 * DELETE CASCADE ({@code passiveDeletes(true)}).
 */
final class WriteOnly implements Section {

    @Mapped
    static class Blog {
        Integer id;
        String name;
        WriteOnlyCollection<Post> posts = new WriteOnlyCollection<>();

        Blog() {
        }

        Blog(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Post {
        Integer id;
        Integer blogId;
        String title;
        Blog blog;

        Post() {
        }

        Post(String title) {
            this.title = title;
        }
    }

    @Override
    public String name() {
        return "write-only";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table blogs = metadata.table("blogs",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Table posts = metadata.table("posts",
                column("id", INTEGER).primaryKey(),
                column("blog_id", INTEGER).foreignKey("blogs.id", null, ReferentialAction.CASCADE),
                column("title", string(50)));

        Registry registry = new Registry(metadata);
        registry.map(Blog.class, blogs,
                relationship("posts", Post.class).lazy(Lazy.WRITE_ONLY).orderBy(posts.c("id"))
                        .passiveDeletes(true).backref("blog"));
        registry.map(Post.class, posts);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try {
            Integer id;
            try (Session session = new Session(engine)) {
                Blog blog = new Blog("b");
                blog.posts.add(new Post("first"));
                blog.posts.add(new Post("second"));
                session.add(blog);
                session.commit();
                id = blog.id;
                out.println("-- added two posts with the blog");
            }
            try (Session session = new Session(engine)) {
                // tag::use[]
                Blog blog = session.get(Blog.class, id);
                blog.posts.add(new Post("third"));                   // loads nothing
                out.println("-- posts: " + titles(blog.posts.select().all()));   // the autoflush inserts "third" first
                Post first = blog.posts.select().filterBy("title", "first").one();
                blog.posts.remove(first);                            // its blog_id is set to NULL at the flush
                session.commit();
                // end::use[]
                out.println("-- after removing first: " + titles(blog.posts.select().all()));
            }
            try (Session session = new Session(engine)) {
                // tag::bulk[]
                Blog blog = session.get(Blog.class, id);
                session.execute(blog.posts.insert()                  // INSERT INTO posts (blog_id, title) ...
                        .values(List.of(Map.of("title", "fourth"), Map.of("title", "fifth"))));
                session.execute(blog.posts.update()                  // UPDATE posts SET title=? WHERE posts.blog_id = ? AND ...
                        .set("title", "5th").where(posts.c("title").eq("fifth")));
                session.execute(blog.posts.delete()                  // DELETE FROM posts WHERE posts.blog_id = ? AND ...
                        .where(posts.c("title").eq("second")));
                session.commit();
                // end::bulk[]
                out.println("-- after the bulk statements: " + titles(blog.posts.select().all()));
            }
            try (Session session = new Session(engine)) {
                session.delete(session.get(Blog.class, id));         // no SELECT of its posts
                session.commit();
                out.println("-- after deleting the blog, posts left: " + session.query(Post.class).count());
            }
        } finally {
            metadata.dropAll(engine);
            registry.dispose();
        }
    }

    private static String titles(List<Post> posts) {
        return posts.stream().map(p -> p.title).toList().toString();
    }
}
