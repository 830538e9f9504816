package io.junction.it.loading.variants;

import io.junction.it.support.StyledMapping;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The classical mapping of the loader-variant models, the same configuration their annotations declare. */
final class Variants {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table users = metadata.table("users", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Table addresses = metadata.table("addresses", column("id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.id"), column("email_address", string(50)));
        Table orders = metadata.table("orders", column("id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.id"), column("description", string(50)));
        Table accounts = metadata.table("accounts", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Table entries = metadata.table("entries", column("id", INTEGER).primaryKey(),
                column("account_id", INTEGER).foreignKey("accounts.id"), column("memo", string(30)));
        Table blogs = metadata.table("blogs", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Table posts = metadata.table("posts", column("id", INTEGER).primaryKey(),
                column("blog_id", INTEGER).foreignKey("blogs.id", null, ReferentialAction.CASCADE),
                column("title", string(30)));
        Table tags = metadata.table("tags", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Table postTags = metadata.table("post_tags",
                column("post_id", INTEGER).foreignKey("posts.id", null, ReferentialAction.CASCADE),
                column("tag_id", INTEGER).foreignKey("tags.id"));
        Table comments = metadata.table("comments", column("id", INTEGER).primaryKey(),
                column("blog_id", INTEGER).foreignKey("blogs.id", null, ReferentialAction.CASCADE),
                column("body", string(30)));
        Table heads = metadata.table("heads", column("id", INTEGER).primaryKey());
        Table tails = metadata.table("tails", column("id", INTEGER).primaryKey(),
                column("head_id", INTEGER).foreignKey("heads.id"));
        Table boxes = metadata.table("boxes", column("id", INTEGER).primaryKey());
        Table items = metadata.table("items", column("id", INTEGER).primaryKey(),
                column("box_id", INTEGER).foreignKey("boxes.id"), column("name", string(30)));
        Table channels = metadata.table("channels", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Table folders = metadata.table("folders", column("id", INTEGER).primaryKey());
        Table messages = metadata.table("messages", column("id", INTEGER).primaryKey(),
                column("channel_id", INTEGER).foreignKey("channels.id"), column("folder_id", INTEGER).foreignKey("folders.id"),
                column("body", string(30)));
        Registry registry = new Registry(metadata);
        registry.map(User.class, users,
                relationship("addresses", Address.class).lazy(Lazy.IMMEDIATE).loadOnPending(true)
                        .orderBy(addresses.c("id")).backref(backref("user").loadOnPending(true)),
                relationship("orders", Order.class).backPopulates("user").orderBy(orders.c("id")));
        registry.map(Address.class, addresses);
        registry.map(Order.class, orders, relationship("user", User.class).lazy(Lazy.IMMEDIATE).backPopulates("orders"));
        registry.map(Account.class, accounts, relationship("entries", Entry.class).lazy(Lazy.RAISE_ON_SQL)
                .orderBy(entries.c("id")).backref(backref("account").lazy(Lazy.RAISE_ON_SQL)));
        registry.map(Entry.class, entries);
        registry.map(Blog.class, blogs,
                relationship("posts", Post.class).lazy(Lazy.WRITE_ONLY).cascade("all, delete-orphan")
                        .passiveDeletes(true)
                        .orderBy(posts.c("id")).backref("blog"),
                relationship("comments", Comment.class).lazy(Lazy.DYNAMIC).queryClass(CommentQuery.class)
                        .orderBy(comments.c("id")));
        registry.map(Post.class, posts, relationship("tags", Tag.class).secondary(postTags).lazy(Lazy.WRITE_ONLY)
                .orderBy(tags.c("id")).passiveDeletes(true).backPopulates("posts"));
        registry.map(Tag.class, tags, relationship("posts", Post.class).secondary(postTags).lazy(Lazy.WRITE_ONLY)
                .orderBy(posts.c("id")).backPopulates("tags"));
        registry.map(Comment.class, comments);
        registry.map(Head.class, heads, relationship("tails", Tail.class).lazy(Lazy.RAISE).backPopulates("head")
                .orderBy(tails.c("id")));
        registry.map(Tail.class, tails, relationship("head", Head.class).lazy(Lazy.RAISE).backPopulates("tails"));
        registry.map(Box.class, boxes, relationship("items", Item.class).lazy(Lazy.RAISE_ON_SQL)
                .cascade("all, delete-orphan").orderBy(items.c("id")));
        registry.map(Item.class, items);
        registry.map(Channel.class, channels, relationship("messages", Message.class).lazy(Lazy.WRITE_ONLY)
                .orderBy(messages.c("id")).backref("channel"));
        registry.map(Folder.class, folders, relationship("messages", Message.class).lazy(Lazy.WRITE_ONLY)
                .cascade("all, delete-orphan").orderBy(messages.c("id")));
        registry.map(Message.class, messages);
        return registry;
    });

    private Variants() {
    }
}
