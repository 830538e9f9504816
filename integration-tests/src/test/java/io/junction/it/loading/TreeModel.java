package io.junction.it.loading;

import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The seed's "Configuring Eager Loading": {@code relationship(Node, lazy='joined', join_depth=2)}. */
final class TreeModel {
    static final MetaData METADATA = new MetaData();
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(TreeNode.class, NODES,
                relationship("children", TreeNode.class).lazy(Lazy.JOINED).joinDepth(2)
                        .backref(backref("parent").remoteSide(NODES.c("id"))));
    }

    private TreeModel() {
    }
}
