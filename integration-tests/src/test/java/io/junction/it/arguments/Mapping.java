package io.junction.it.arguments;

import io.junction.it.arguments.model.Album;
import io.junction.it.arguments.model.Author;
import io.junction.it.arguments.model.Customer;
import io.junction.it.arguments.model.Order;
import io.junction.it.arguments.model.OrderLine;
import io.junction.it.arguments.model.Product;
import io.junction.it.arguments.model.Track;
import io.junction.it.arguments.model.Base;
import io.junction.it.arguments.model.Book;
import io.junction.it.arguments.model.Comment;
import io.junction.it.arguments.model.Ledger;
import io.junction.it.arguments.model.Post;
import io.junction.it.arguments.model.Shelf;
import io.junction.it.support.StyledMapping;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.PassiveDeletes;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;

import java.util.Map;

import static io.junction.orm.relationship.Backref.backref;
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
        Table customers = metadata.table("customers",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Table orders = metadata.table("orders",
                column("id", INTEGER).primaryKey(),
                column("customer_id", INTEGER).nullable(false).foreignKey("customers.id"));
        Table products = metadata.table("products",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Table orderLines = metadata.table("order_lines",
                column("id", INTEGER).primaryKey(),
                column("order_id", INTEGER).foreignKey("orders.id"),
                column("product_id", INTEGER).nullable(false).foreignKey("products.id"));
        Table albums = metadata.table("albums",
                column("id", INTEGER).primaryKey(),
                column("title", string(50)));
        Table tracks = metadata.table("tracks",
                column("id", INTEGER).primaryKey(),
                column("album_id", INTEGER).foreignKey("albums.id"),
                column("title", string(50)));
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
        registry.map(Customer.class, customers, relationship("orders", Order.class).backPopulates("customer")
                .syncBackref(false).info(Map.of("owner", "sales", "audited", "yes")).doc("the orders the customer placed"));
        registry.map(Order.class, orders,
                relationship("customer", Customer.class).backPopulates("orders").lazy(Lazy.JOINED).innerJoin(true),
                relationship("lines", OrderLine.class).lazy(Lazy.JOINED).orderBy(orderLines.c("id")));
        registry.map(OrderLine.class, orderLines,
                relationship("product", Product.class).lazy(Lazy.JOINED).innerJoin(true));
        registry.map(Product.class, products);
        registry.map(Album.class, albums, relationship("tracks", Track.class).lazy(Lazy.SUBQUERY)
                .distinctTargetKey(false).orderBy(tracks.c("id")).backref(backref("album").activeHistory(true)));
        registry.map(Track.class, tracks);
        return registry;
    });

    private Mapping() {
    }
}
