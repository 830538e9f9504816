package io.junction.it.arguments.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

/** A line of an {@link Order}; its product loads by an INNER JOIN nested inside the order's outer join to its lines. */
@Table("order_lines")
public class OrderLine extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("orders.id") public Integer orderId;
    @Column(nullable = false) @ForeignKey("products.id") public Integer productId;
    @Relationship(lazy = Lazy.JOINED, innerJoin = true) public Product product;
}
