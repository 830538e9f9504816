package io.junction.it.collections.custom;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** A relationship held in a user-defined collection class, {@link Fruits}. */
@Table("baskets")
public class Basket extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(cascade = "all, delete-orphan") @Backref(name = "basket")
    public Fruits fruits = new Fruits();
}
