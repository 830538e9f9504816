package io.junction.it.arguments.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.ArrayList;
import java.util.List;

/** An order: its customer loads by an INNER JOIN (the key is never null), its lines by a LEFT OUTER JOIN. */
@Table("orders")
public class Order extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(nullable = false) @ForeignKey("customers.id") public Integer customerId;
    @Relationship(backPopulates = "orders", lazy = Lazy.JOINED, innerJoin = true) public Customer customer;
    @Relationship(lazy = Lazy.JOINED, orderBy = "OrderLine.id") public List<OrderLine> lines = new ArrayList<>();
}
