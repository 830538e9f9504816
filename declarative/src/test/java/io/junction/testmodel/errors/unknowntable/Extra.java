package io.junction.testmodel.errors.unknowntable;

import io.junction.declarative.DeclarativeBase;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/** Declares the association table under a name close to the one the relationship misspells. */
@io.junction.declarative.Table("extra")
public class Extra extends Base {
    public static final io.junction.sql.schema.Table OWNER_ITEM = DeclarativeBase.metadata(Base.class).table("owner_item",
            column("owner_id", INTEGER).foreignKey("owner.id"),
            column("item_id", INTEGER).foreignKey("item.id"));

    @io.junction.declarative.Column(primaryKey = true) public Integer id;
}
