package io.junction.it.loading.variants;

import io.junction.declarative.DeclarativeBase;
import io.junction.sql.schema.ReferentialAction;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/** The declarative base of the loader-variant models, with the plain association table {@code post_tags} (whose rows the database deletes with their post). */
public abstract class Base extends DeclarativeBase {
    /** The association of posts and tags; no class is mapped to it. */
    public static final io.junction.sql.schema.Table POST_TAGS = metadata(Base.class).table("post_tags",
            column("post_id", INTEGER).foreignKey("posts.id", null, ReferentialAction.CASCADE),
            column("tag_id", INTEGER).foreignKey("tags.id"));
}
