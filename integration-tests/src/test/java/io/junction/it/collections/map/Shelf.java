package io.junction.it.collections.map;

import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code books = relationship(Book, collection_class=column_keyed_dict((books.c.a, books.c.b)), cascade="all, delete-orphan")}. */
@Table("shelves")
public class Shelf extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String label;
    @Relationship(cascade = "all, delete-orphan") @MapKey(column = {"a", "b"})
    public Map<List<Object>, Book> books = new HashMap<>();

    public Shelf() {
    }

    public Shelf(String label) {
        this.label = label;
    }
}
