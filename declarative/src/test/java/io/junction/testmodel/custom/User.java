package io.junction.testmodel.custom;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** The seed's alternate join conditions: boston and new york addresses, and addresses by explicit foreign keys. */
@Table("users")
public class User extends Base {
    @Column(primaryKey = true) public Integer userId;
    @Column(length = 50) public String name;

    @Relationship(primaryJoin = "User.userId == Address.userId and Address.city == 'Boston'", viewonly = true)
    public List<Address> bostonAddresses = new ArrayList<>();

    @Relationship(primaryJoin = "users.user_id = addresses.user_id AND addresses.city = 'New York'", viewonly = true)
    public List<Address> newyorkAddresses = new ArrayList<>();

    @Relationship(primaryJoin = "User.userId == Address.userId", foreignKeys = "Address.userId", orderBy = "Address.city desc")
    public List<Address> addresses = new ArrayList<>();
}
