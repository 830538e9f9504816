package io.junction.it.collections.missingkey;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

/** A Map keyed by an attribute the member does not have. */
@Table("drawers")
public class Drawer extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @io.junction.declarative.MapKey("color") public Map<String, Sock> socks = new HashMap<>();
}
