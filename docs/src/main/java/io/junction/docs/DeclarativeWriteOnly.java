package io.junction.docs;

import io.junction.declarative.DeclarativeBase;
import io.junction.docs.declarative.writeonly.Base;
import io.junction.docs.declarative.writeonly.Blog;
import io.junction.docs.declarative.writeonly.Post;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The {@code write-only} section, declarative: {@code @Relationship(lazy = Lazy.WRITE_ONLY) WriteOnlyCollection<Post> posts}. */
final class DeclarativeWriteOnly implements Section {

    @Override
    public String name() {
        return "write-only";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
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
                Blog blog = session.get(Blog.class, id);
                blog.posts.add(new Post("third"));
                out.println("-- posts: " + titles(blog.posts.select().all()));
                Post first = blog.posts.select().filterBy("title", "first").one();
                blog.posts.remove(first);
                session.commit();
                out.println("-- after removing first: " + titles(blog.posts.select().all()));
            }
            try (Session session = new Session(engine)) {
                Blog blog = session.get(Blog.class, id);
                Table posts = metadata.table("posts");
                session.execute(blog.posts.insert()
                        .values(List.of(Map.of("title", "fourth"), Map.of("title", "fifth"))));
                session.execute(blog.posts.update().set("title", "5th").where(posts.c("title").eq("fifth")));
                session.execute(blog.posts.delete().where(posts.c("title").eq("second")));
                session.commit();
                out.println("-- after the bulk statements: " + titles(blog.posts.select().all()));
            }
            try (Session session = new Session(engine)) {
                session.delete(session.get(Blog.class, id));
                session.commit();
                out.println("-- after deleting the blog, posts left: " + session.query(Post.class).count());
            }
        } finally {
            metadata.dropAll(engine);
        }
    }

    private static String titles(List<Post> posts) {
        return posts.stream().map(p -> p.title).toList().toString();
    }
}
