package io.junction.testmodel.custom;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** The seed's address, with a foreign key to its user. */
@Table("addresses")
public class Address extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("users.user_id") public Integer userId;
    @Column(length = 50) public String city;
}
