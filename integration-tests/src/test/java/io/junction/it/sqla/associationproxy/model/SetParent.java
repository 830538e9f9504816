package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.HashSet;
import java.util.Set;

/** SQLAlchemy's _CollectionOperations Parent with {@code collection_class=set}; its proxy is a set. */
@Table("set_parent")
public class SetParent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 128) public String name;
    @Relationship(lazy = Lazy.JOINED) @Backref(name = "parent") public Set<SetChild> childObjects = new HashSet<>();
    @AssociationProxy(target = "childObjects", attribute = "name", creator = SetChild.Creator.class) public Set<String> children;

    public SetParent() {
    }

    public SetParent(String name) {
        this.name = name;
    }
}
