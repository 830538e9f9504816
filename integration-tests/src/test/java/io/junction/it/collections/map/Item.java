package io.junction.it.collections.map;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;

/** {@code notes = relationship(Note, collection_class=attribute_keyed_dict("keyword"), cascade="all, delete-orphan", backref="item")}. */
@Table("items")
public class Item extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    @Relationship(cascade = "all, delete-orphan") @Backref(name = "item") @MapKey("keyword")
    public Map<String, Note> notes = new HashMap<>();

    public Item() {
    }

    public Item(String name) {
        this.name = name;
    }
}
