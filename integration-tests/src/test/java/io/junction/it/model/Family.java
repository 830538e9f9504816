package io.junction.it.model;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * The smallest one-to-many: parents own their children ({@code all, delete-orphan}, backref
 * {@code parent}). Shared by the session, inspection and executed-statement tests.
 */
public final class Family {
    public static final MetaData METADATA = new MetaData();
    public static final Table PARENTS = METADATA.table("parents",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    public static final Table CHILDREN = METADATA.table("children",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("parents.id"),
            column("name", string(30)));
    public static final Registry REGISTRY = new Registry(METADATA);

    private Family() {
    }

    /** A parent and its children. */
    @Mapped
    public static class Parent {
        public Integer id;
        public String name;
        public List<Child> children = new ArrayList<>();

        Parent() {
        }

        public Parent(String name) {
            this.name = name;
        }
    }

    /** A child, with its backref {@code parent}. */
    @Mapped
    public static class Child {
        public Integer id;
        public String name;
        public Parent parent;

        Child() {
        }

        public Child(String name) {
            this.name = name;
        }
    }

    static {
        REGISTRY.map(Child.class, CHILDREN);
        REGISTRY.map(Parent.class, PARENTS,
                relationship("children", Child.class).cascade("all, delete-orphan").backref("parent"));
        REGISTRY.configure();
    }
}
