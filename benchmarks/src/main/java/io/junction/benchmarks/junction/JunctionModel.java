package io.junction.benchmarks.junction;

import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The classical mapping of the benchmark tables, made once per JVM. */
public final class JunctionModel {
    static final MetaData METADATA = new MetaData();
    static final Table PARENT = METADATA.table("bench_parent",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)));
    static final Table CHILD = METADATA.table("bench_child",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("bench_parent.id"),
            column("name", string(50)));
    static final Table NODE = METADATA.table("bench_node",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("bench_node.id"),
            column("name", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(JParent.class, PARENT, relationship("children", JChild.class).backref("parent"));
        REGISTRY.map(JChild.class, CHILD);
        REGISTRY.map(JNode.class, NODE, relationship("children", JNode.class)
                .backref(backref("parent").remoteSide(NODE.c("id"))));
        REGISTRY.configure();
    }

    private JunctionModel() {
    }

    /** Maps the classes now, not inside the first measured call. */
    public static void load() {
        REGISTRY.getClass();
    }
}
