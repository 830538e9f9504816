package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's _CollectionOperations Parent with a list: {@code children = association_proxy("_children", "name")}. */
@Table("list_parent")
public class ListParent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 128) public String name;
    @Relationship(lazy = Lazy.JOINED) @Backref(name = "parent") public List<ListChild> childObjects = new ArrayList<>();
    @AssociationProxy(target = "childObjects", attribute = "name") public List<String> children;

    public ListParent() {
    }

    public ListParent(String name) {
        this.name = name;
    }
}
