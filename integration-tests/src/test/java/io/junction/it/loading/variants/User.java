package io.junction.it.loading.variants;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's fixture user: addresses load IMMEDIATE (and on pending), orders lazily, paired with {@code Order.user}. */
@Table("users")
public class User extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 30) public String name;
    @Relationship(lazy = Lazy.IMMEDIATE, loadOnPending = true, orderBy = "Address.id") @Backref(name = "user", loadOnPending = true)
    public List<Address> addresses = new ArrayList<>();
    @Relationship(backPopulates = "user", orderBy = "Order.id") public List<Order> orders = new ArrayList<>();

    public User() {
    }

    public User(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String toString() {
        return "User(" + id + ", " + name + ")";
    }
}
