package io.junction.docs.declarative.collections;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

// tag::item[]
@Table("item")
public class Item extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(cascade = "all, delete-orphan") @Backref(name = "item") @MapKey("keyword")
    public Map<String, Note> notes = new HashMap<>();
}
// end::item[]
