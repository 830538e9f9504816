package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

/** An order whose user loads IMMEDIATE with it. */
@Table("orders")
public class Order extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("users.id") public Integer userId;
    @Column(length = 50) public String description;
    @Relationship(lazy = Lazy.IMMEDIATE, backPopulates = "orders") public User user;

    public Order() {
    }

    public Order(Integer id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String toString() {
        return "Order(" + id + ", " + description + ")";
    }
}
