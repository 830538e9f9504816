package io.junction.it.events;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** An address of a user: the many-to-one side of {@code User.addresses}. */
@Table("addresses")
public class Address extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("users.id") public Integer userId;
    @Column(length = 50) public String emailAddress;
    /** The backref's attribute. */
    public User user;

    public Address() {
    }

    public Address(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    @Override
    public String toString() {
        return emailAddress;
    }
}
