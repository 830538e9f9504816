package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("addresses")
public class Address extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("users.id") public Integer userId;
    @Column(length = 50) public String emailAddress;
    /** The backref of {@code User.addresses}, loaded on pending. */
    public User user;

    public Address() {
    }

    public Address(Integer id, String emailAddress) {
        this.id = id;
        this.emailAddress = emailAddress;
    }

    @Override
    public String toString() {
        return "Address(" + id + ", " + emailAddress + ")";
    }
}
