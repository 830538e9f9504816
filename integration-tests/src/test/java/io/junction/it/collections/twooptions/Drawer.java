package io.junction.it.collections.twooptions;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

@Table("drawers")
public class Drawer extends Base {
    @Column(primaryKey = true) public Integer id;
    /** The backref's attribute. */
    public Map<String, Sock> socks = new HashMap<>();
}
