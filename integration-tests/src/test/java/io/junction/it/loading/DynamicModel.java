package io.junction.it.loading;

import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** {@code relationship("posts", Post.class).lazy(Lazy.DYNAMIC)}: the collection is a query. */
final class DynamicModel {
    static final MetaData METADATA = new MetaData();
    static final Table BLOGGERS = METADATA.table("bloggers",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)));
    static final Table POSTS = METADATA.table("posts",
            column("id", INTEGER).primaryKey(),
            column("blogger_id", INTEGER).foreignKey("bloggers.id"),
            column("title", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Blogger.class, BLOGGERS,
                relationship("posts", Post.class).lazy(Lazy.DYNAMIC).orderBy(POSTS.c("id")).backref("blogger"));
        REGISTRY.map(Post.class, POSTS);
    }

    private DynamicModel() {
    }
}
