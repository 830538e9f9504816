package io.junction.it.arguments;

import io.junction.it.arguments.model.Author;
import io.junction.it.arguments.model.Base;
import io.junction.it.arguments.model.Book;
import io.junction.it.arguments.model.Comment;
import io.junction.it.arguments.model.Ledger;
import io.junction.it.arguments.model.Post;
import io.junction.it.arguments.model.Shelf;
import io.junction.it.support.StyledMapping;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.PassiveDeletes;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The relationship-argument suites' classes, mapped by {@code registry.map(...)} calls or by their annotations. */
final class Mapping {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table authors = metadata.table("authors",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Table posts = metadata.table("posts",
                column("id", INTEGER).primaryKey(),
                column("author_id", INTEGER).foreignKey("authors.id", null, ReferentialAction.CASCADE),
                column("title", string(50)));
        Table comments = metadata.table("comments",
                column("id", INTEGER).primaryKey(),
                column("post_id", INTEGER).foreignKey("posts.id", null, ReferentialAction.CASCADE),
                column("body", string(50)));
        Table shelves = metadata.table("shelves", column("id", INTEGER).primaryKey());
        Table books = metadata.table("books",
                column("id", INTEGER).primaryKey(),
                column("shelf_id", INTEGER).foreignKey("shelves.id", null, ReferentialAction.SET_NULL));
        Table ledgers = metadata.table("ledgers",
                column("id", INTEGER).primaryKey(),
                column("shelf_id", INTEGER).foreignKey("shelves.id"));
        Registry registry = new Registry(metadata);
        registry.map(Author.class, authors, relationship("posts", Post.class)
                .cascade("all, delete-orphan").passiveDeletes(true).backref("author"));
        registry.map(Post.class, posts, relationship("comments", Comment.class)
                .cascade("all, delete-orphan").passiveDeletes(true).backref("post"));
        registry.map(Comment.class, comments);
        registry.map(Shelf.class, shelves,
                relationship("books", Book.class).passiveDeletes(true),
                relationship("ledgers", Ledger.class).passiveDeletes(PassiveDeletes.ALL));
        registry.map(Book.class, books);
        registry.map(Ledger.class, ledgers);
        return registry;
    });

    private Mapping() {
    }
}
