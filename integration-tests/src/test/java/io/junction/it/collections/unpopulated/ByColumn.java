package io.junction.it.collections.unpopulated;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

/** {@code entries = relationship(Entry, collection_class=column_keyed_dict(entries.c.data), backref="byColumn")}. */
@Table("by_column")
public class ByColumn extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "byColumn") @MapKey(column = "data")
    public Map<String, Entry> entries = new HashMap<>();
}
