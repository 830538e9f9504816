package io.junction.it.onetomany;

import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The seed's one-to-many with a backref, with a name column on each table. */
final class Model {
    static final MetaData METADATA = new MetaData();
    static final Table PARENT = METADATA.table("parent",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).unique());
    static final Table CHILD = METADATA.table("child",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("parent.id"),
            column("name", string(50)));
    static final Table FOLDER = METADATA.table("folder",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)));
    static final Table DOCUMENT = METADATA.table("document",
            column("id", INTEGER).primaryKey(),
            column("folder_id", INTEGER).foreignKey("folder.id"),
            column("title", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Parent.class, PARENT, relationship("children", Child.class).backref("parent"));
        REGISTRY.map(Child.class, CHILD);
        REGISTRY.map(Folder.class, FOLDER,
                relationship("documents", Document.class).cascade("all, delete-orphan").backref("folder"));
        REGISTRY.map(Document.class, DOCUMENT);
    }

    private Model() {
    }
}
