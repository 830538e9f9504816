package io.junction.it.arguments.model;

import io.junction.declarative.Column;
import io.junction.declarative.Flag;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer: {@code orders} and {@code Order.customer} are two explicitly declared sides paired by
 * backPopulates; a change to {@code orders} is not mirrored on {@code Order.customer} (syncBackref
 * false), and {@code orders} carries info and doc.
 */
@Table("customers")
public class Customer extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    @Relationship(backPopulates = "customer", syncBackref = Flag.FALSE, info = {"owner=sales", "audited=yes"},
            doc = "the orders the customer placed")
    public List<Order> orders = new ArrayList<>();

    public Customer() {
    }

    public Customer(String name) {
        this.name = name;
    }
}
