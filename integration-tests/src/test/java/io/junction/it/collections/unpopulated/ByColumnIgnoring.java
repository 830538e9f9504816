package io.junction.it.collections.unpopulated;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

/** {@code entries = relationship(Entry, collection_class=column_keyed_dict(entries.c.data, ignore_unpopulated_attribute=True), backref="byColumnIgnoring")}. */
@Table("by_column_ignoring")
public class ByColumnIgnoring extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "byColumnIgnoring") @MapKey(column = "data", ignoreUnpopulated = true)
    public Map<String, Entry> entries = new HashMap<>();
}
