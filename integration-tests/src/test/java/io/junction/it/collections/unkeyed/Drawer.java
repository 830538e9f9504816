package io.junction.it.collections.unkeyed;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

/** A Map relationship without @MapKey. */
@Table("drawers")
public class Drawer extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship public Map<String, Sock> socks = new HashMap<>();
}
