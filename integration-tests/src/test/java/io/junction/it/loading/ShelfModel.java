package io.junction.it.loading;

import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** Shelves with books configured {@code lazy(SUBQUERY)}, and the books' shelf loading on access. */
final class ShelfModel {
    static final MetaData METADATA = new MetaData();
    static final Table SHELVES = METADATA.table("shelves",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)));
    static final Table BOOKS = METADATA.table("books",
            column("id", INTEGER).primaryKey(),
            column("shelf_id", INTEGER).foreignKey("shelves.id"),
            column("title", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Shelf.class, SHELVES,
                relationship("books", Book.class).lazy(Lazy.SUBQUERY).orderBy(BOOKS.c("id")).backref("shelf"));
        REGISTRY.map(Book.class, BOOKS);
    }

    private ShelfModel() {
    }
}
