package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

/** SQLAlchemy's ScalarTest Parent: {@code foo}, {@code bar} and {@code baz} proxy the joined-eager one-to-one {@code child}. */
@Table("scalar_parent")
public class ScalarParent extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 128) public String name;
    @Relationship(lazy = Lazy.JOINED) @Backref(name = "parent") public ScalarChild child;
    @AssociationProxy(target = "child", attribute = "foo", creator = ScalarChild.WithFoo.class) public String foo;
    @AssociationProxy(target = "child", attribute = "bar", creator = ScalarChild.WithBar.class) public String bar;
    @AssociationProxy(target = "child", attribute = "baz", creator = ScalarChild.WithBaz.class) public String baz;

    public ScalarParent() {
    }

    public ScalarParent(String name) {
        this.name = name;
    }
}
