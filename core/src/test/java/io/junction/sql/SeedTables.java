package io.junction.sql;

import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.primaryKey;
import static io.junction.sql.schema.Schema.string;

/** The tables of seed/relationship-configuration.rst, each set in a fresh {@link MetaData}. */
public final class SeedTables {

    private SeedTables() {
    }

    /** {@code nodes(id, parent_id -> nodes.id, data)}: the adjacency list. */
    public static Table nodes(MetaData metadata) {
        return metadata.table("nodes",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("nodes.id"),
                column("data", string(50)));
    }

    public static Table nodes() {
        return nodes(new MetaData());
    }

    /** nodes, plus {@code addresses(id, node_id -> nodes.id, city)} for subqueries and joins to another table. */
    public static MetaData nodesAndAddresses() {
        MetaData metadata = new MetaData();
        nodes(metadata);
        metadata.table("addresses",
                column("id", INTEGER).primaryKey(),
                column("node_id", INTEGER).foreignKey("nodes.id"),
                column("city", string(50)));
        return metadata;
    }

    /** The seed's many-to-many: {@code left}, {@code right} and the plain {@code association} table. */
    public static MetaData leftRight() {
        MetaData metadata = new MetaData();
        metadata.table("left", column("id", INTEGER).primaryKey());
        metadata.table("right", column("id", INTEGER).primaryKey());
        metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id"),
                column("right_id", INTEGER).foreignKey("right.id"));
        return metadata;
    }

    /** The association-object form: a composite primary key of two foreign keys, and a data column. */
    public static MetaData associationObject() {
        MetaData metadata = new MetaData();
        metadata.table("left", column("id", INTEGER).primaryKey());
        metadata.table("right", column("id", INTEGER).primaryKey());
        metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id").primaryKey(),
                column("right_id", INTEGER).foreignKey("right.id").primaryKey(),
                column("data", string(50)));
        return metadata;
    }

    /** widget and entry, which reference each other (the seed's mutually dependent rows). */
    public static MetaData widgetEntry() {
        MetaData metadata = new MetaData();
        metadata.table("widget",
                column("widget_id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("favorite_entry_id", INTEGER).foreignKey("entry.entry_id"));
        metadata.table("entry",
                column("entry_id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("widget_id", INTEGER).foreignKey("widget.widget_id"));
        return metadata;
    }

    /** The seed's mutable primary keys: natural string keys and ON UPDATE CASCADE. */
    public static MetaData usersAddresses() {
        MetaData metadata = new MetaData();
        metadata.table("users",
                column("username", string(50)).primaryKey(),
                column("fullname", string(100)));
        metadata.table("addresses",
                column("email", string(50)).primaryKey(),
                column("username", string(50)).foreignKey("users.username", ReferentialAction.CASCADE, null));
        return metadata;
    }

    /** The seed's row that points to itself: {@code user(user_id, name, related_user_id -> user.user_id)}. */
    public static MetaData selfReferencingUser() {
        MetaData metadata = new MetaData();
        metadata.table("user",
                column("user_id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("related_user_id", INTEGER).foreignKey("user.user_id"));
        return metadata;
    }

    /** A table with a composite primary key, and one with a composite foreign key to it. */
    public static MetaData compositeKeys() {
        MetaData metadata = new MetaData();
        metadata.table("orders",
                column("region", string(10)),
                column("number", INTEGER),
                column("placed", INTEGER),
                primaryKey("region", "number"));
        metadata.table("order_lines",
                column("id", INTEGER).primaryKey(),
                column("order_region", string(10)),
                column("order_number", INTEGER),
                io.junction.sql.schema.Schema.foreignKey(java.util.List.of("order_region", "order_number"),
                        "orders", java.util.List.of("region", "number")).onDelete(ReferentialAction.CASCADE));
        return metadata;
    }
}
