package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/**
 * SQLAlchemy's LazyLoadTest Parent of test_lazy_scalar: {@code children = association_proxy("_children", "name")}
 * over a lazy one-to-one; without a creator, {@link LazyChild}'s constructor taking the name makes the child.
 */
@Table("lazy_parent")
public class LazyParent extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 128) public String name;
    @Relationship public LazyChild child;
    @AssociationProxy(target = "child", attribute = "name") public String childName;

    public LazyParent() {
    }

    public LazyParent(String name) {
        this.name = name;
    }
}
