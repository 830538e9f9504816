package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.LinkedHashMap;
import java.util.Map;

/** SQLAlchemy's _CollectionOperations Parent with the dict collection keyed by each child's {@code foo}; its proxy is a map. */
@Table("dict_parent")
public class DictParent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 128) public String name;
    @Relationship(lazy = Lazy.JOINED) @Backref(name = "parent") @MapKey("foo")
    public Map<String, DictChild> childObjects = new LinkedHashMap<>();
    @AssociationProxy(target = "childObjects", attribute = "name") public Map<String, String> children;

    public DictParent() {
    }

    public DictParent(String name) {
        this.name = name;
    }
}
