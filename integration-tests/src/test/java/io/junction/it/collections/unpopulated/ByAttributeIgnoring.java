package io.junction.it.collections.unpopulated;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

/** {@code entries = relationship(Entry, collection_class=attribute_keyed_dict("data", ignore_unpopulated_attribute=True), backref="byAttributeIgnoring")}. */
@Table("by_attribute_ignoring")
public class ByAttributeIgnoring extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "byAttributeIgnoring") @MapKey(value = "data", ignoreUnpopulated = true)
    public Map<String, Entry> entries = new HashMap<>();
}
