package io.junction.it.concurrency.declarative;

import io.junction.declarative.DeclarativeBase;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/** The base, declaring its association table in its static initializer as the docs recommend. */
public abstract class Base extends DeclarativeBase {
    public static final io.junction.sql.schema.Table PARENT_TAG = metadata(Base.class).table("parent_tag",
            column("parent_id", INTEGER).foreignKey("parent.id"), column("tag_id", INTEGER).foreignKey("tag.id"));
}
