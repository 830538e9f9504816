package it.model;

import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.string;
import static io.junction.sql.schema.Schema.column;

/** The mapping, and a plain class that writes mapped fields (rewritten by the plugin's enhance goal). */
public final class Family {

    public static final MetaData METADATA = new MetaData();
    public static final Registry REGISTRY = new Registry(METADATA);

    static {
        Table parent = METADATA.table("parent", column("id", INTEGER).primaryKey(), column("name", string(50)));
        Table child = METADATA.table("child", column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("parent.id"));
        REGISTRY.map(Parent.class, parent, relationship("children", Child.class).backref("parent"));
        REGISTRY.map(Child.class, child);
    }

    private Family() {
    }

    /** Sets the child's parent: the backref puts the child into the parent's children. */
    public static void adopt(Parent parent, Child child) {
        child.parent = parent;
    }
}
