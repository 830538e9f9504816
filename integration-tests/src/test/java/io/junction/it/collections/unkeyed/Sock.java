package io.junction.it.collections.unkeyed;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("socks")
public class Sock extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("drawers.id") public Integer drawerId;
    @Column(length = 20) public String colour;
}
