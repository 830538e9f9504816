package io.junction.it.concurrency;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/**
 * The tables both models map: the classical model maps these, the declarative one declares the
 * same tables itself. Creating them from here leaves the declarative base unconfigured.
 */
public final class Tables {
    public static final MetaData METADATA = new MetaData();
    public static final Table PARENT = METADATA.table("parent", column("id", INTEGER).primaryKey());
    public static final Table CHILD = METADATA.table("child",
            column("id", INTEGER).primaryKey(), column("parent_id", INTEGER).foreignKey("parent.id"));
    public static final Table TAG = METADATA.table("tag", column("id", INTEGER).primaryKey());
    public static final Table PARENT_TAG = METADATA.table("parent_tag",
            column("parent_id", INTEGER).foreignKey("parent.id"), column("tag_id", INTEGER).foreignKey("tag.id"));

    private Tables() {
    }
}
