package io.junction.it.collections.custom;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("fruits")
public class Fruit extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("baskets.id") public Integer basketId;
    @Column(length = 50) public String kind;
    /** The backref's attribute. */
    public Basket basket;

    public Fruit() {
    }

    public Fruit(String kind) {
        this.kind = kind;
    }
}
