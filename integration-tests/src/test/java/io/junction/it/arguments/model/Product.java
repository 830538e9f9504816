package io.junction.it.arguments.model;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

/** A product an {@link OrderLine} names. */
@Table("products")
public class Product extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;

    public Product() {
    }

    public Product(String name) {
        this.name = name;
    }
}
