package io.junction.testmodel.manytomany;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

@Table("left")
public class Parent extends Base {
    /** The seed's plain association table, in the base's metadata. */
    public static final io.junction.sql.schema.Table ASSOCIATION = DeclarativeBase.metadata(Base.class).table("association",
            column("left_id", INTEGER).foreignKey("left.id"),
            column("right_id", INTEGER).foreignKey("right.id"));

    @Column(primaryKey = true) public Integer id;
    @Relationship(target = "Child", secondary = "association") @Backref(name = "parents")
    public List<Child> children = new ArrayList<>();
}
