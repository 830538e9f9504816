package io.junction.it.collections.unpopulated;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

/** {@code entries = relationship(Entry, collection_class=attribute_keyed_dict("data"), backref="byAttribute")}. */
@Table("by_attribute")
public class ByAttribute extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "byAttribute") @MapKey("data")
    public Map<String, Entry> entries = new HashMap<>();
}
