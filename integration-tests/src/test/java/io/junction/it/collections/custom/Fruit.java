package io.junction.it.collections.custom;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("fruits")
public class Fruit extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("baskets.id") public Integer basketId;
    @Column(length = 50) public String kind;
    @Column @ForeignKey("crates.id") public Integer crateId;
    /** The backrefs' attributes. */
    public Basket basket;
    public Crate crate;

    public Fruit() {
    }

    public Fruit(String kind) {
        this.kind = kind;
    }
}
