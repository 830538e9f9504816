package io.junction.it.recovery;

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
 * The model the failure tests break flushes of: parents with unique names owning children
 * ("all, delete-orphan", backref {@code parent}), and tags with a natural key.
 */
final class Family {
    static final MetaData METADATA = new MetaData();
    static final Table PARENTS = METADATA.table("parents",
            column("id", INTEGER).primaryKey(),
            column("name", string(40)).unique());
    static final Table CHILDREN = METADATA.table("children",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("parents.id"),
            column("name", string(40)).unique());
    static final Table TAGS = METADATA.table("tags",
            column("code", string(20)).primaryKey(),
            column("label", string(40)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Parent {
        Integer id;
        String name;
        List<Child> children = new ArrayList<>();

        Parent() {
        }

        Parent(String name, Child... children) {
            this.name = name;
            this.children.addAll(List.of(children));
        }
    }

    @Mapped
    static class Child {
        Integer id;
        String name;
        Parent parent;

        Child() {
        }

        Child(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Tag {
        String code;
        String label;

        Tag() {
        }

        Tag(String code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    static {
        REGISTRY.map(Child.class, CHILDREN);
        REGISTRY.map(Parent.class, PARENTS,
                relationship("children", Child.class).cascade("all, delete-orphan").backref("parent")
                        .orderBy(CHILDREN.c("id")));
        REGISTRY.map(Tag.class, TAGS);
        REGISTRY.configure();
    }

    private Family() {
    }
}
